package org.odmaturity.campaign.mail;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.InvitationConfig;
import org.odmaturity.security.InvitationService;
import org.odmaturity.web.Formats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued campaign emails, from any number of instances: each run claims a batch of QUEUED messages (row
 * claims with a lease: on PostgreSQL {@code FOR UPDATE SKIP LOCKED} under a transaction-scoped advisory lock, so the
 * rate budget is shared too), then for each one creates its invitation link (the token lives only in the email),
 * sends it through the blocking {@link Mailer}, and records SENT, or FAILED with the server's answer (the link is then
 * revoked). A claim whose lease ran out (its instance died) is queued again and its link revoked: sending resumes.
 * At most {@code odm.mail.rate-per-minute} emails leave per rolling minute, all instances together.
 */
@ApplicationScoped
// created at start, so that its meters are exported (at zero) before the first event
@Startup
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** The key of the advisory lock that serialises claims across instances (PostgreSQL). */
    private static final long CLAIM_LOCK = 7_362_019_012L;
    private static final int REPLY_MAX = 1000;

    /** What one run did. */
    public record Report(int requeued, int claimed, int sent, int failed, int cancelled) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final MailComposer composer;
    private final MailConfig config;
    private final InvitationService invitations;
    private final InvitationConfig invitationConfig;
    private final boolean postgres;
    private final String instance;
    /** {@code odm.campaign.emails{outcome=sent|failed}}: counted where each outcome is recorded. */
    private final Counter sent;
    private final Counter failed;

    public MailSender(EntityManager em, Mailer mailer, MailComposer composer, MailConfig config,
            InvitationService invitations, InvitationConfig invitationConfig,
            @ConfigProperty(name = "quarkus.datasource.db-kind", defaultValue = "postgresql") String dbKind,
            MeterRegistry meters) {
        this.sent = Counter.builder("odm.campaign.emails").description("Campaign emails sent, or failed (the mail "
                + "server refused them or could not be reached)").tag("outcome", "sent").register(meters);
        this.failed = Counter.builder("odm.campaign.emails").description("Campaign emails sent, or failed (the mail "
                + "server refused them or could not be reached)").tag("outcome", "failed").register(meters);
        this.em = em;
        this.mailer = mailer;
        this.composer = composer;
        this.config = config;
        this.invitations = invitations;
        this.invitationConfig = invitationConfig;
        this.postgres = dbKind.toLowerCase(java.util.Locale.ROOT).startsWith("postgres");
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.instance = (name.length() > 60 ? name.substring(0, 60) : name);
    }

    @Scheduled(identity = "campaign-mail-sender", every = "${odm.mail.send-every:10s}",
            delayed = "${odm.mail.send-delay:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            Report report = runOnce(Clock.systemUTC(), config.ratePerMinute(), config.batchSize());
            if (report.claimed() > 0 || report.requeued() > 0) {
                LOG.infof("campaign emails: %s", report);
            }
        } catch (RuntimeException e) {
            // the database out of reach, say: the queue waits, the next run tries again
            LOG.warnf("campaign emails: this run failed (%s); the next one tries again", e.toString());
        }
    }

    /** One run: requeue expired claims, claim what the rate allows, send each claimed message. */
    public Report runOnce(Clock clock, int ratePerMinute, int batchSize) {
        String claimant = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        int[] requeued = new int[1];
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            requeued[0] = requeueExpired(clock.instant());
            return claim(clock, ratePerMinute, batchSize, claimant);
        });
        int sent = 0;
        int failed = 0;
        int cancelled = 0;
        for (long id : ids) {
            switch (send(id, clock, claimant)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                default -> {
                }
            }
        }
        return new Report(requeued[0], ids.size(), sent, failed, cancelled);
    }

    /** Claims may also be taken alone (a test stands for an instance that dies right after). */
    public List<Long> claimOnly(Clock clock, int ratePerMinute, int batchSize) {
        String claimant = instance + "/" + UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            requeueExpired(clock.instant());
            return claim(clock, ratePerMinute, batchSize, claimant);
        });
    }

    private void serialise() {
        if (postgres) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + CLAIM_LOCK + ")) l").getSingleResult();
        }
    }

    /** Messages still SENDING after their lease: queued again, their link (if any) revoked. */
    private int requeueExpired(Instant now) {
        serialise();
        List<CampaignMessage> expired = CampaignMessage.list("status = ?1 and claimedUntil < ?2",
                MessageStatus.SENDING, now);
        for (CampaignMessage m : expired) {
            if (m.invitationId != null) {
                invitations.revoke(m.invitationId);
            }
            LOG.warnf("campaign email %d: claim of %s expired, queued again", m.id, m.claimedBy);
            m.status = MessageStatus.QUEUED;
            m.claimedBy = null;
            m.claimedUntil = null;
            m.invitationId = null;
        }
        em.flush();
        return expired.size();
    }

    private List<Long> claim(Clock clock, int ratePerMinute, int batchSize, String claimant) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofMinutes(1));
        long used = em.createQuery("select count(m) from CampaignMessage m where m.status = :sending "
                + "or m.sentAt > :since or m.failedAt > :since", Long.class)
                .setParameter("sending", MessageStatus.SENDING).setParameter("since", windowStart).getSingleResult();
        long budget = Math.min(batchSize, ratePerMinute - used);
        if (budget <= 0) {
            return List.of();
        }
        em.createNativeQuery(claimSql(postgres, budget)).setParameter("claimant", claimant)
                .setParameter("until", now.plus(config.lease()).truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        em.clear();
        return em.createQuery("select m.id from CampaignMessage m where m.claimedBy = :c and m.status = :s "
                + "order by m.queuedAt, m.id", Long.class).setParameter("c", claimant)
                .setParameter("s", MessageStatus.SENDING).getResultList();
    }

    /**
     * The claim: the oldest {@code budget} queued messages become SENDING for {@code :claimant} until {@code :until}.
     * PostgreSQL skips the rows another instance is claiming; H2 (dev mode, one instance) knows no SKIP LOCKED.
     */
    static String claimSql(boolean postgres, long budget) {
        String pick = "SELECT id FROM campaign_message WHERE status = 'QUEUED' ORDER BY queued_at, id LIMIT "
                + budget + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
        return "UPDATE campaign_message SET status = 'SENDING', claimed_by = :claimant, claimed_until = :until, "
                + "attempts = attempts + 1, version = version + 1 WHERE id IN (" + pick + ")";
    }

    private record Prepared(Mail mail, Long invitationId) {
    }

    /** Sends one claimed message; returns its new status (SENDING if the claim was lost meanwhile). */
    private MessageStatus send(long id, Clock clock, String claimant) {
        Prepared prepared;
        try {
            prepared = QuarkusTransaction.requiringNew().call(() -> prepare(id, clock, claimant));
        } catch (RuntimeException e) {
            LOG.errorf(e, "campaign email %d could not be prepared", id);
            return finish(id, clock, claimant, "not sent: " + reply(e));
        }
        if (prepared == null) {
            return QuarkusTransaction.requiringNew().call(() -> {
                CampaignMessage m = CampaignMessage.findById(id);
                return m == null ? MessageStatus.CANCELLED : m.status;
            });
        }
        String failure = null;
        try {
            mailer.send(prepared.mail());
        } catch (RuntimeException e) {
            failure = reply(e);
            LOG.warnf("campaign email %d failed: %s", id, failure);
        }
        return finish(id, clock, claimant, failure);
    }

    /** Creates the message's link and writes the email; null if the claim was lost or the message is moot. */
    private Prepared prepare(long id, Clock clock, String claimant) {
        CampaignMessage m = CampaignMessage.findById(id);
        if (m == null || m.status != MessageStatus.SENDING || !claimant.equals(m.claimedBy)) {
            return null;
        }
        Diagnostic d = Diagnostic.findById(m.diagnosticId);
        if (d.status != DiagnosticStatus.DRAFT) {
            m.status = MessageStatus.CANCELLED;
            m.claimedBy = null;
            m.claimedUntil = null;
            return null;
        }
        Campaign campaign = Campaign.findById(m.campaignId);
        Organization organization = Organization.findById(d.organizationId);
        LocalDate deadline = d.deadline != null ? d.deadline : campaign.closesOn;
        MailMsg fr = MessageBundles.get(MailMsg.class, Localized.Literal.of("fr"));
        String label = m.kind == MessageKind.REMINDER ? fr.link_label_reminder(m.id) : fr.link_label_invitation(m.id);
        InvitationService.Created link = invitations.create(d.id, label, validity(deadline, clock.instant()),
                m.createdBy);
        m.invitationId = link.invitation().id;
        Mail mail = composer.compose(new MailComposer.Letter(m.kind, m.locale, m.recipientEmail, m.recipientName,
                organization.name, campaign.name, deadline, link.invitation().expiresAt, invitations.url(link.token())));
        return new Prepared(mail, m.invitationId);
    }

    /** How long a link sent by email stays valid: the configured time, and at least a week past the deadline. */
    Duration validity(LocalDate deadline, Instant now) {
        Duration validity = config.linkValidity();
        if (deadline != null) {
            Duration untilDeadline = Duration.between(now, deadline.plusDays(8).atStartOfDay(Formats.PARIS));
            if (untilDeadline.compareTo(validity) > 0) {
                validity = untilDeadline;
            }
        }
        return validity.compareTo(invitationConfig.maxValidity()) > 0 ? invitationConfig.maxValidity() : validity;
    }

    /** Records the outcome (null failure: sent), unless the claim was lost meanwhile; counts it once committed. */
    private MessageStatus finish(long id, Clock clock, String claimant, String failure) {
        MessageStatus status = record(id, clock, claimant, failure);
        if (status == MessageStatus.SENT) {
            sent.increment();
        } else if (status == MessageStatus.FAILED) {
            failed.increment();
        }
        return status;
    }

    private MessageStatus record(long id, Clock clock, String claimant, String failure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CampaignMessage m = CampaignMessage.findById(id);
            if (m == null || !claimant.equals(m.claimedBy)) {
                LOG.warnf("campaign email %d: claim lost before its outcome was recorded", id);
                return MessageStatus.SENDING;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (failure == null) {
                m.status = MessageStatus.SENT;
                m.sentAt = now;
                m.smtpReply = null;
            } else {
                m.status = MessageStatus.FAILED;
                m.failedAt = now;
                m.smtpReply = failure.length() > REPLY_MAX ? failure.substring(0, REPLY_MAX) : failure;
                if (m.invitationId != null) {
                    invitations.revoke(m.invitationId);
                }
            }
            m.claimedBy = null;
            m.claimedUntil = null;
            return m.status;
        });
    }

    /** The server's answer as the exception chain tells it: the innermost message. */
    static String reply(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null && messages.size() < 10; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : messages.get(messages.size() - 1);
    }
}
