package org.odmaturity.campaign.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.organization.Organization;
import org.odmaturity.security.Actor;
import org.odmaturity.security.Invitation;
import org.odmaturity.time.Instants;

/**
 * A campaign's emails: queueing invitations and reminders (by an admin, or by the reminder job), the record of each
 * message, retrying a failed one, and the campaign's reminder settings. Sending is {@link MailSender}'s. Every method
 * is one transaction; queueing locks the campaign row, so that two clicks (or two instances) never queue twice.
 */
@ApplicationScoped
public class CampaignMessages {

    /** Two messages to one diagnostic are at least this far apart (reminders and "remind now"). */
    public static final Duration MIN_GAP = Duration.ofDays(7);
    public static final List<String> LOCALES = List.of("fr", "en");
    /** Who queued the automatic reminders, as the record says. */
    public static final String REMINDER_JOB = "reminders";

    /** What to queue: {@code diagnosticIds} null or empty for every diagnostic of the campaign. */
    public record QueueCommand(MessageKind kind, List<Long> diagnosticIds, String locale) {
    }

    /** Why a diagnostic got no message. */
    public enum SkipReason {
        NO_EMAIL, SUBMITTED, ALREADY_INVITED, RECENTLY_CONTACTED, DEADLINE_PASSED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record Skipped(long diagnosticId, long organizationId, String organization, SkipReason reason) {
    }

    public record QueueResult(int queued, List<Long> messageIds, List<Skipped> skipped) {
    }

    /** One message as the API and the page show it. {@code linkLastUsedAt}: when its link was last opened. */
    public record MessageView(long id, long campaignId, long diagnosticId, long organizationId, String organization,
            MessageKind kind, String locale, String recipientEmail, String recipientName, MessageStatus status,
            int attempts, Instant queuedAt, Instant sentAt, Instant failedAt, String smtpReply, LocalDate reminderDay,
            String createdBy, Instant linkLastUsedAt) {
    }

    /**
     * The latest message to a diagnostic, for the campaign's progress page: its kind, status and dates, how many
     * emails reached the server for it, and when a link sent by email was last opened (no tracking pixel: "opened"
     * means the link was used).
     */
    public record MessageSummary(long messageId, MessageKind kind, MessageStatus status, Instant queuedAt,
            Instant sentAt, String smtpReply, int sentCount, Instant linkLastUsedAt) {
    }

    /** Filters of the message list; each null for "any". */
    public record MessageFilter(MessageStatus status, MessageKind kind, Long diagnosticId) {
        public static MessageFilter all() {
            return new MessageFilter(null, null, null);
        }
    }

    /** The reminder settings; {@code version} is the ETag (0 while never saved). */
    public record ReminderView(long campaignId, boolean enabled, List<Integer> daysBefore, String locale,
            long version) {
    }

    public record ReminderCommand(boolean enabled, List<Integer> daysBefore, String locale) {
    }

    private final EntityManager em;

    public CampaignMessages(EntityManager em) {
        this.em = em;
    }

    // ------------------------------------------------------------------------------------------------------ queueing

    /**
     * Queues one message per chosen diagnostic of the campaign that can take one, and says why the others got none:
     * no contact email, already submitted, already invited (an invitation is queued once; a failed one is retried),
     * contacted within a week or past its deadline (reminders). 404 for an unknown campaign, 409 for a closed one, 422 for a diagnostic
     * of another campaign or an unknown language.
     */
    @Transactional
    public QueueResult queue(long campaignId, QueueCommand command, Actor actor) {
        Campaign campaign = lockCampaign(campaignId);
        if (campaign.status == CampaignStatus.CLOSED) {
            throw new ConflictException("campaign", "Campaign " + campaignId + " is closed: it sends no more emails.");
        }
        String locale = locale(command.locale(), "locale");
        List<Diagnostic> diagnostics = chosen(campaignId, command.diagnosticIds());
        return queue(campaign, diagnostics, command.kind(), locale, null, actor.label(), Instants.now());
    }

    private QueueResult queue(Campaign campaign, List<Diagnostic> diagnostics, MessageKind kind, String locale,
            Map<Long, LocalDate> reminderDays, String createdBy, Instant now) {
        Map<Long, Organization> organizations = organizations(diagnostics);
        Set<Long> invited = kind == MessageKind.INVITATION ? invited(campaign.id) : Set.of();
        Set<Long> recent = kind == MessageKind.REMINDER ? contactedSince(campaign.id, now.minus(MIN_GAP)) : Set.of();
        List<Long> ids = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Organization o = organizations.get(d.organizationId);
            SkipReason reason = d.status != DiagnosticStatus.DRAFT ? SkipReason.SUBMITTED
                    : o.contactEmail == null || o.contactEmail.isBlank() ? SkipReason.NO_EMAIL
                    : invited.contains(d.id) ? SkipReason.ALREADY_INVITED
                    : recent.contains(d.id) ? SkipReason.RECENTLY_CONTACTED
                    : kind == MessageKind.REMINDER && deadlinePassed(d, campaign, now) ? SkipReason.DEADLINE_PASSED
                    : null;
            if (reason != null) {
                skipped.add(new Skipped(d.id, o.id, o.name, reason));
                continue;
            }
            CampaignMessage m = new CampaignMessage();
            m.campaignId = campaign.id;
            m.diagnosticId = d.id;
            m.kind = kind;
            m.locale = locale;
            m.recipientEmail = o.contactEmail.strip();
            m.recipientName = o.contactName;
            m.status = MessageStatus.QUEUED;
            m.queuedAt = now.truncatedTo(ChronoUnit.MICROS);
            m.reminderDay = reminderDays == null ? null : reminderDays.get(d.id);
            m.createdBy = createdBy;
            m.persist();
            ids.add(m.id);
        }
        return new QueueResult(ids.size(), ids, skipped);
    }

    /**
     * The reminder job's work for one day: in every open campaign whose reminders are on, each draft diagnostic whose
     * deadline is today or later, and for which a reminder day (the deadline minus one of the offsets) has come, gets
     * that day's reminder once, unless it was contacted within a week. Each campaign's settings row is locked while
     * its reminders are queued, and a reminder day is unique per diagnostic: exactly once across instances.
     *
     * @return how many reminders were queued
     */
    @Transactional
    public int queueDueReminders(LocalDate today, Instant now) {
        int queued = 0;
        List<Long> campaigns = em.createQuery("select s.campaignId from ReminderSettings s where s.enabled = true "
                + "order by s.campaignId", Long.class).getResultList();
        for (Long campaignId : campaigns) {
            ReminderSettings settings = em.find(ReminderSettings.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
            Campaign campaign = Campaign.findById(settings.campaignId);
            if (!settings.enabled || campaign.status != CampaignStatus.OPEN) {
                continue;
            }
            List<Integer> days = parseDays(settings.daysBefore);
            Set<String> done = reminderDaysSent(campaign.id);
            List<Diagnostic> due = new ArrayList<>();
            Map<Long, LocalDate> dayOf = new HashMap<>();
            for (Diagnostic d : Diagnostic.<Diagnostic>list("campaignId = ?1 and status = ?2 order by id", campaign.id,
                    DiagnosticStatus.DRAFT)) {
                LocalDate deadline = d.deadline != null ? d.deadline : campaign.closesOn;
                LocalDate day = dueDay(deadline, days, today);
                if (day != null && !done.contains(d.id + "@" + day)) {
                    due.add(d);
                    dayOf.put(d.id, day);
                }
            }
            if (!due.isEmpty()) {
                queued += queue(campaign, due, MessageKind.REMINDER, settings.locale, dayOf, REMINDER_JOB, now)
                        .queued();
            }
        }
        return queued;
    }

    /** A reminder after the deadline would ask for the impossible: the campaign's team follows up by other means. */
    private static boolean deadlinePassed(Diagnostic d, Campaign campaign, Instant now) {
        LocalDate deadline = d.deadline != null ? d.deadline : campaign.closesOn;
        return deadline != null && deadline.isBefore(LocalDate.ofInstant(now, org.odmaturity.web.Formats.PARIS));
    }

    /** The reminder day that has come for this deadline: the latest "deadline − offset" not after today; or null. */
    static LocalDate dueDay(LocalDate deadline, List<Integer> daysBefore, LocalDate today) {
        if (deadline == null || today.isAfter(deadline)) {
            return null;
        }
        LocalDate due = null;
        for (int n : daysBefore) {
            LocalDate day = deadline.minusDays(n);
            if (!day.isAfter(today) && (due == null || day.isAfter(due))) {
                due = day;
            }
        }
        return due;
    }

    // ------------------------------------------------------------------------------------------------- the record

    @Transactional
    public List<MessageView> list(long campaignId, MessageFilter filter) {
        campaign(campaignId);
        StringBuilder where = new StringBuilder("campaignId = :campaign");
        Map<String, Object> params = new HashMap<>(Map.of("campaign", campaignId));
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.diagnosticId() != null) {
            where.append(" and diagnosticId = :diagnostic");
            params.put("diagnostic", filter.diagnosticId());
        }
        List<CampaignMessage> messages = CampaignMessage.list(where + " order by queuedAt desc, id desc", params);
        return views(messages);
    }

    @Transactional
    public MessageView get(long campaignId, long messageId) {
        return views(List.of(message(campaignId, messageId))).get(0);
    }

    /**
     * Queues a FAILED message again: the sender sends it with a new link. A message still QUEUED is left as it is
     * (idempotent); 409 for one being sent, sent or cancelled.
     */
    @Transactional
    public MessageView retry(long campaignId, long messageId, Actor actor) {
        CampaignMessage m = message(campaignId, messageId);
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(m);
        if (m.status == MessageStatus.QUEUED) {
            return views(List.of(m)).get(0); // already waiting: a second click changes nothing
        }
        if (m.status != MessageStatus.FAILED) {
            throw new ConflictException("status", "Message " + messageId + " is " + m.status.key()
                    + ": only a failed message can be sent again.");
        }
        m.status = MessageStatus.QUEUED;
        m.queuedAt = Instants.now();
        m.claimedBy = null;
        m.claimedUntil = null;
        em.flush();
        return views(List.of(m)).get(0);
    }

    /** The latest message to each diagnostic of the campaign that has one (for the progress page). */
    @Transactional
    public Map<Long, MessageSummary> lastByDiagnostic(long campaignId) {
        List<CampaignMessage> messages = CampaignMessage.list("campaignId = ?1 order by queuedAt, id", campaignId);
        Map<Long, Instant> used = linkUses(messages);
        Map<Long, MessageSummary> last = new LinkedHashMap<>();
        Map<Long, Integer> sent = new HashMap<>();
        Map<Long, Instant> opened = new HashMap<>();
        for (CampaignMessage m : messages) {
            if (m.status == MessageStatus.SENT) {
                sent.merge(m.diagnosticId, 1, Integer::sum);
            }
            Instant u = m.invitationId == null ? null : used.get(m.invitationId);
            if (u != null) {
                opened.merge(m.diagnosticId, u, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (CampaignMessage m : messages) {
            last.put(m.diagnosticId, new MessageSummary(m.id, m.kind, m.status, m.queuedAt, m.sentAt, m.smtpReply,
                    sent.getOrDefault(m.diagnosticId, 0), opened.get(m.diagnosticId)));
        }
        return last;
    }

    /** An organisation of the campaign that cannot be emailed. */
    public record Unreachable(long diagnosticId, long organizationId, String organization) {
    }

    /** The campaign's draft diagnostics whose organisation has no contact email, by organisation name. */
    @Transactional
    public List<Unreachable> withoutEmail(long campaignId) {
        campaign(campaignId);
        List<Diagnostic> drafts = Diagnostic.list("campaignId = ?1 and status = ?2", campaignId,
                DiagnosticStatus.DRAFT);
        Map<Long, Organization> organizations = organizations(drafts);
        return drafts.stream().filter(d -> {
            Organization o = organizations.get(d.organizationId);
            return o.contactEmail == null || o.contactEmail.isBlank();
        }).map(d -> new Unreachable(d.id, d.organizationId, organizations.get(d.organizationId).name))
                .sorted(java.util.Comparator.comparing(Unreachable::organization, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // -------------------------------------------------------------------------------------------------- reminders

    @Transactional
    public ReminderView reminders(long campaignId) {
        campaign(campaignId);
        ReminderSettings s = ReminderSettings.findById(campaignId);
        return s == null ? new ReminderView(campaignId, false, List.of(14, 3), "fr", 0) : view(s);
    }

    /**
     * Replaces the reminder settings: 428 without a version, 412 if they changed since (0 for never saved), 422 for
     * offsets outside 1..180 days, more than 5 of them, or an unknown language.
     */
    @Transactional
    public ReminderView updateReminders(long campaignId, ExpectedVersion expected, ReminderCommand command,
            Actor actor) {
        lockCampaign(campaignId);
        List<Map<String, String>> errors = new ArrayList<>();
        List<Integer> days = command.daysBefore() == null ? List.of() : command.daysBefore();
        if (days.size() > 5) {
            errors.add(Map.of("field", "daysBefore", "message", "at most 5 reminder days"));
        }
        for (int i = 0; i < days.size(); i++) {
            Integer n = days.get(i);
            if (n == null || n < 1 || n > 180) {
                errors.add(Map.of("field", "daysBefore[" + i + "]", "message", "must be a number of days from 1 to 180"));
            }
        }
        if (command.enabled() && days.isEmpty()) {
            errors.add(Map.of("field", "daysBefore", "message", "reminders that are on need at least one day"));
        }
        String locale = command.locale() == null || LOCALES.contains(command.locale()) ? command.locale() : null;
        if (command.locale() != null && locale == null) {
            errors.add(Map.of("field", "locale", "message", "must be fr or en"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-reminders", "Invalid reminder settings",
                    "The reminder settings were not saved.", errors);
        }
        ReminderSettings s = ReminderSettings.findById(campaignId);
        expected.check(s == null ? 0 : s.version + 1, "the reminders of campaign " + campaignId);
        if (s == null) {
            s = new ReminderSettings();
            s.campaignId = campaignId;
        }
        s.enabled = command.enabled();
        s.daysBefore = days.stream().distinct().sorted((a, b) -> b - a).map(String::valueOf)
                .collect(Collectors.joining(","));
        s.locale = locale == null ? "fr" : locale;
        s.updatedAt = Instants.now();
        s.updatedBy = actor.label();
        s.persist();
        em.flush();
        return view(s);
    }

    private static ReminderView view(ReminderSettings s) {
        return new ReminderView(s.campaignId, s.enabled, parseDays(s.daysBefore), s.locale, s.version + 1);
    }

    static List<Integer> parseDays(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Campaign campaign(long id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw new ResourceNotFoundException("No campaign " + id + ".");
        }
        return c;
    }

    private Campaign lockCampaign(long id) {
        Campaign c = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new ResourceNotFoundException("No campaign " + id + ".");
        }
        return c;
    }

    private CampaignMessage message(long campaignId, long messageId) {
        campaign(campaignId);
        CampaignMessage m = CampaignMessage.findById(messageId);
        if (m == null || !m.campaignId.equals(campaignId)) {
            throw new ResourceNotFoundException("No message " + messageId + " in campaign " + campaignId + ".");
        }
        return m;
    }

    /** The campaign's diagnostics, or the chosen ones (422 naming each id that is not one of them). */
    private List<Diagnostic> chosen(long campaignId, List<Long> ids) {
        List<Diagnostic> all = Diagnostic.list("campaignId = ?1 order by id", campaignId);
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        Map<Long, Diagnostic> byId = all.stream().collect(Collectors.toMap(d -> d.id, d -> d));
        List<Map<String, String>> errors = new ArrayList<>();
        List<Diagnostic> chosen = new ArrayList<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !byId.containsKey(id)) {
                errors.add(Map.of("field", "diagnosticIds[" + i + "]", "message",
                        "is not a diagnostic of campaign " + campaignId));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-request", "Invalid request",
                    "Nothing was queued: some diagnostics are not in this campaign.", errors);
        }
        distinct.forEach(id -> chosen.add(byId.get(id)));
        return chosen;
    }

    static String locale(String value, String field) {
        if (value == null || value.isBlank()) {
            return "fr";
        }
        if (!LOCALES.contains(value)) {
            throw new InvalidInputException("invalid-request", "Invalid request", "Unknown language.",
                    List.of(Map.of("field", field, "message", "must be fr or en")));
        }
        return value;
    }

    private static Map<Long, Organization> organizations(List<Diagnostic> diagnostics) {
        Set<Long> ids = diagnostics.stream().map(d -> d.organizationId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Organization.<Organization>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
    }

    /** Diagnostics of the campaign that already have an invitation email (whatever became of it). */
    private Set<Long> invited(long campaignId) {
        return Set.copyOf(em.createQuery("select distinct m.diagnosticId from CampaignMessage m where m.campaignId = "
                + ":c and m.kind = :k", Long.class).setParameter("c", campaignId)
                .setParameter("k", MessageKind.INVITATION).getResultList());
    }

    /** Diagnostics of the campaign with a message queued, being sent or sent since {@code since}. */
    private Set<Long> contactedSince(long campaignId, Instant since) {
        return Set.copyOf(em.createQuery("select distinct m.diagnosticId from CampaignMessage m where m.campaignId = "
                + ":c and m.status in :live and (m.queuedAt > :since or m.sentAt > :since)", Long.class)
                .setParameter("c", campaignId)
                .setParameter("live", List.of(MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SENT))
                .setParameter("since", since).getResultList());
    }

    /** "diagnosticId@day" of every reminder day already queued in the campaign. */
    private Set<String> reminderDaysSent(long campaignId) {
        return em.createQuery("select m.diagnosticId, m.reminderDay from CampaignMessage m where m.campaignId = :c "
                + "and m.reminderDay is not null", Object[].class).setParameter("c", campaignId).getResultList()
                .stream().map(r -> r[0] + "@" + r[1]).collect(Collectors.toSet());
    }

    private static Map<Long, Instant> linkUses(List<CampaignMessage> messages) {
        Set<Long> ids = messages.stream().map(m -> m.invitationId).filter(id -> id != null)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> used = new HashMap<>();
        for (Invitation i : Invitation.<Invitation>list("id in ?1", ids)) {
            if (i.lastUsedAt != null) {
                used.put(i.id, i.lastUsedAt);
            }
        }
        return used;
    }

    private List<MessageView> views(List<CampaignMessage> messages) {
        Set<Long> diagnosticIds = messages.stream().map(m -> m.diagnosticId).collect(Collectors.toSet());
        Map<Long, Organization> organizations = diagnosticIds.isEmpty() ? Map.of()
                : organizations(Diagnostic.list("id in ?1", diagnosticIds));
        Map<Long, Long> orgOf = new HashMap<>();
        if (!diagnosticIds.isEmpty()) {
            Diagnostic.<Diagnostic>list("id in ?1", diagnosticIds).forEach(d -> orgOf.put(d.id, d.organizationId));
        }
        Map<Long, Instant> used = linkUses(messages);
        return messages.stream().map(m -> {
            Organization o = organizations.get(orgOf.get(m.diagnosticId));
            return new MessageView(m.id, m.campaignId, m.diagnosticId, o.id, o.name, m.kind, m.locale,
                    m.recipientEmail, m.recipientName, m.status, m.attempts, m.queuedAt, m.sentAt, m.failedAt,
                    m.smtpReply, m.reminderDay, m.createdBy, m.invitationId == null ? null : used.get(m.invitationId));
        }).toList();
    }
}
