package org.odmaturity.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import org.odmaturity.time.Instants;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the retention purge on {@code odm.privacy.purge-cron} (every night by default). Several instances may run it
 * at once: it is a few idempotent statements.
 */
@ApplicationScoped
public class PrivacyPurge {

    private final PrivacyService privacy;

    public PrivacyPurge(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Scheduled(identity = "privacy-purge", cron = "${odm.privacy.purge-cron:0 30 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        privacy.purge(Instants.now());
    }
}
