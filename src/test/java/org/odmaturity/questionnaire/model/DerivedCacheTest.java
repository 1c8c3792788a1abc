package org.odmaturity.questionnaire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.QuestionnaireParser;

class DerivedCacheTest {

    /** A key whose equals/hashCode say "all keys are equal": the cache must compare by identity anyway. */
    private static final class Key {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void computesOncePerInstanceAndComparesByIdentity() {
        AtomicInteger computed = new AtomicInteger();
        DerivedCache<Key, String> cache = new DerivedCache<>(k -> "value " + computed.incrementAndGet());
        Key a = new Key();
        Key b = new Key();
        String first = cache.get(a);
        assertSame(first, cache.get(a));
        assertSame(first, cache.get(a));
        assertEquals(1, computed.get());
        assertEquals("value 2", cache.get(b), "an equal but distinct instance gets its own value");
        assertSame(first, cache.get(a));
        assertEquals(2, computed.get());
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheOldest() {
        AtomicInteger computed = new AtomicInteger();
        DerivedCache<Key, Integer> cache = new DerivedCache<>(k -> computed.incrementAndGet());
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < DerivedCache.CAPACITY + 10; i++) {
            keys.add(new Key());
            cache.get(keys.get(i));
        }
        assertEquals(DerivedCache.CAPACITY, cache.size());
        Key newest = keys.get(keys.size() - 1);
        int before = computed.get();
        cache.get(newest);
        assertEquals(before, computed.get(), "the newest entries are kept");
        cache.get(keys.get(0));
        assertEquals(before + 1, computed.get(), "the oldest was dropped, so it is computed again");
    }

    @Test
    void concurrentReadersOfOneInstanceGetOneValue() throws Exception {
        DerivedCache<Key, Object> cache = new DerivedCache<>(k -> new Object());
        Key key = new Key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get(key);
                }));
            }
            start.countDown();
            var distinct = ConcurrentHashMap.newKeySet();
            for (Future<Object> result : results) {
                distinct.add(System.identityHashCode(result.get(10, TimeUnit.SECONDS)));
            }
            assertEquals(1, distinct.size(), "every reader sees the value that was kept");
            assertSame(cache.get(key), results.get(0).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void questionsByIdIsBuiltOnceAndQuestionLooksItUp() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("questionnaires/od-maturity.v1.yaml"));
        Questionnaire q = new QuestionnaireParser().parse("od-maturity.v1.yaml", file).questionnaire();
        assertSame(q.questionsById(), q.questionsById());
        assertEquals(q.questions().map(Question::id).toList(), List.copyOf(q.questionsById().keySet()),
                "document order");
        q.questions().forEach(question -> assertSame(question, q.question(question.id()).orElseThrow()));
        assertTrue(q.question("no-such-question").isEmpty());
    }
}
