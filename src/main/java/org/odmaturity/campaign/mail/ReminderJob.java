package org.odmaturity.campaign.mail;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.odmaturity.time.Instants;
import org.odmaturity.web.Formats;

import io.quarkus.scheduler.Scheduled;

/**
 * Queues the automatic reminders that have come (see {@link CampaignMessages#queueDueReminders}), every hour of the
 * working day in Paris: a run that an instance missed is made up by the next one, and a reminder day is queued once
 * whatever the number of instances or runs. The sender sends them.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final CampaignMessages messages;
    private final MailConfig config;

    public ReminderJob(CampaignMessages messages, MailConfig config) {
        this.messages = messages;
        this.config = config;
    }

    @Scheduled(identity = "campaign-reminders", cron = "${odm.mail.reminders-cron:0 0 8-18 * * ?}",
            timeZone = "Europe/Paris", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            int queued = messages.queueDueReminders(LocalDate.now(Formats.PARIS), Instants.now());
            if (queued > 0) {
                LOG.infof("campaign reminders: %d queued", queued);
            }
        } catch (RuntimeException e) {
            // a missed run is made up by the next one: a reminder day stays due until it is queued
            LOG.warnf("campaign reminders: this run failed (%s); the next one tries again", e.toString());
        }
    }
}
