package org.odmaturity.campaign.mail;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Campaign emails ({@code odm.mail.*}, docs/operations.md). The SMTP server itself is Quarkus's mailer
 * ({@code QUARKUS_MAILER_*}); in dev and tests the mailer is a mock that sends nothing.
 */
@ConfigMapping(prefix = "odm.mail")
public interface MailConfig {

    /** Whether this instance's scheduled jobs send queued emails and queue due reminders. */
    @WithDefault("true")
    boolean enabled();

    /** The From address of campaign emails. */
    @WithDefault("diagnostic@od-maturity.invalid")
    String from();

    /** Where answers to a campaign email go (the regional team's mailbox); none: to the From address. */
    Optional<String> replyTo();

    /** Who asks, as the emails name them ("DataGrandEst"). */
    @WithDefault("DataGrandEst")
    String organizer();

    /** At most this many emails leave per minute, all instances together (counted in the database). */
    @WithDefault("60")
    int ratePerMinute();

    /** At most this many messages claimed by one run of the sender. */
    @WithDefault("20")
    int batchSize();

    /** How long a claim holds: a message still SENDING after this is queued again (the instance died). */
    @WithDefault("PT5M")
    Duration lease();

    /** How long the invitation links sent by email stay valid at least (and at least until the deadline). */
    @WithDefault("P30D")
    Duration linkValidity();

    /** How often each instance's sender runs (read by its {@code @Scheduled}). */
    @WithDefault("10s")
    String sendEvery();

    /** When the reminder job runs, a Quartz-style cron in Paris time (read by its {@code @Scheduled}). */
    @WithDefault("0 0 8-18 * * ?")
    String remindersCron();

    /** How long after start each instance's sender first runs. */
    @WithDefault("15s")
    String sendDelay();
}
