package org.odmaturity.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.odmaturity.privacy.PrivacyConfig;
import org.odmaturity.privacy.PrivacyService;
import org.odmaturity.testsupport.TestData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention purge runs on every instance at the same hour (docs/operations.md, "Several instances"): two purges
 * released at the same instant, as two instances' schedulers would, both finish, and each due contact is erased
 * exactly once (one version step per organisation, the erasures of both runs adding up to what was due).
 */
@QuarkusTest
class ConcurrentPurgeTest {

    private static final int ORGANIZATIONS = 30;
    private static final int ROUNDS = 3;

    @Inject
    PrivacyService privacy;

    @Inject
    PrivacyConfig config;

    @Inject
    EntityManager em;

    @Test
    void twoInstancesPurgingAtOnceEraseEachDueContactOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> orgs = new ArrayList<>();
                for (int i = 0; i < ORGANIZATIONS; i++) {
                    orgs.add(TestData.organization("Commune purgée " + round + "-" + i + " " + System.nanoTime()));
                }
                Instant past = Instant.now().minus(config.contactRetention()).minus(Duration.ofDays(2));
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update organization set"
                        + " contact_name = 'Camille Martin', contact_email = 'camille.martin@example.fr',"
                        + " updated_at = ?1 where id in (?2)").setParameter(1, past).setParameter(2, orgs)
                        .executeUpdate());
                List<Long> before = versions(orgs);

                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<PrivacyService.Purge>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        return privacy.purge(Instant.now());
                    }));
                }
                int erased = 0;
                for (Future<PrivacyService.Purge> run : runs) {
                    erased += run.get(60, TimeUnit.SECONDS).contactsErased(); // a failure of either fails the test
                }

                List<Long> after = versions(orgs);
                for (int i = 0; i < orgs.size(); i++) {
                    assertEquals(before.get(i) + 1, after.get(i), "round " + round + ": organisation " + orgs.get(i)
                            + " changed once");
                }
                long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from organization where id in (?1) and contact_email is not null")
                        .setParameter(1, orgs).getSingleResult()).longValue());
                assertEquals(0, left, "round " + round + ": every due contact erased");
                // other tests may leave organisations due as well: at least ours, each counted by one run only
                assertTrue(erased >= ORGANIZATIONS, "round " + round + ": " + erased + " erasures");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Long> versions(List<Long> orgs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> versions = new ArrayList<>();
            for (Long id : orgs) {
                versions.add(((Number) em.createNativeQuery("select version from organization where id = ?1")
                        .setParameter(1, id).getSingleResult()).longValue());
            }
            return versions;
        });
    }
}
