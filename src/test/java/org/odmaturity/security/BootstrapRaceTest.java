package org.odmaturity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.registry.QuestionnaireVersion;
import org.odmaturity.questionnaire.registry.QuestionnaireVersionService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several instances starting together on an empty database: the start-up writers (the bootstrap admin, the recording
 * of questionnaire versions) run at the same moment from two threads, as two instances would, round after round. Both
 * must succeed and leave exactly one row.
 */
@QuarkusTest
class BootstrapRaceTest {

    private static final int ROUNDS = 15;
    private static ExecutorService pool;

    @Inject
    BootstrapAdmin bootstrap;

    @Inject
    QuestionnaireVersionService versions;

    @BeforeAll
    static void threads() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void twoInstancesCreatingTheBootstrapAdminTogetherBothStartAndOneAccountExists() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String email = "bootstrap-race-" + round + "-" + System.nanoTime() + "@od-maturity.test";
            List<Boolean> created = together(() -> bootstrap.ensureAdmin(email, "a-long-enough-password"));
            assertEquals(1, created.stream().filter(c -> c).count(), "round " + round + ": exactly one creates it");
            long accounts = QuarkusTransaction.requiringNew().call(() -> AppUser.count("email", email));
            assertEquals(1, accounts, "round " + round);
        }
    }

    @Test
    void twoInstancesRecordingAQuestionnaireVersionTogetherBothGetTheSameRow() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "race-" + round + "-" + System.nanoTime();
            List<QuestionnaireVersion> rows = together(() -> versions.recordUse(id, 1,
                    "%064x".formatted(Thread.currentThread().getId()), id + ".yaml", "x: 1"));
            assertEquals(rows.get(0).contentHash, rows.get(1).contentHash, "round " + round + ": one recorded hash");
            long recorded = QuarkusTransaction.requiringNew()
                    .call(() -> QuestionnaireVersion.count("questionnaireId", id));
            assertEquals(1, recorded, "round " + round);
        }
    }

    /** Runs the task from two threads released at the same instant; both results (any failure fails the test). */
    private static <T> List<T> together(Callable<T> task) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            futures.add(pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
