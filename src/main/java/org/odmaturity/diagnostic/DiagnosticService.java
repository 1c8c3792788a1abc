package org.odmaturity.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.odmaturity.time.Instants;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.campaign.CampaignStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.PreconditionRequiredException;
import org.odmaturity.http.JsonTextRules;
import org.odmaturity.http.JsonValues;
import org.odmaturity.organization.Organization;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.scoring.ThemeScore;
import org.odmaturity.security.Actor;
import org.odmaturity.security.AppUser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * The system of record for diagnostics: creation, answers (all-or-nothing batches, history, no lost update), status
 * changes with score snapshots. Every method checks the actor's rights through {@link DiagnosticAccess}.
 */
@ApplicationScoped
// created at start, so that its meters are exported (at zero) before the first event
@Startup
public class DiagnosticService {

    private static final Logger LOG = Logger.getLogger(DiagnosticService.class);
    static final int MAX_TEXT = 10_000;
    static final int MAX_EVIDENCE = 2_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Everything about a diagnostic that the API shows. */
    public record State(Diagnostic diagnostic, Organization organization, Campaign campaign, AppUser facilitator,
            QuestionnaireRegistry.Entry questionnaire, Map<String, StoredAnswer> answers, ScoreCard score) {
    }

    /**
     * What {@code GET /api/diagnostics/{id}} shows: the diagnostic and what it refers to, and the JSON of its answers
     * and live score ({@link DiagnosticBodies}), kept while its version does not move.
     */
    public record Read(Diagnostic diagnostic, Organization organization, Campaign campaign, AppUser facilitator,
            QuestionnaireRegistry.Entry questionnaire, DiagnosticBodies.Body body) {
    }

    private final QuestionnaireRegistry registry;
    private final DiagnosticAccess access;
    private final ObjectMapper json;
    private final DiagnosticBodies bodies;
    /** Answers written (changed), diagnostics submitted, validated: docs/operations.md, "Monitoring and logs". */
    private final Counter answersSaved;
    private final Counter submitted;
    private final Counter validated;

    public DiagnosticService(QuestionnaireRegistry registry, DiagnosticAccess access, ObjectMapper json,
            DiagnosticBodies bodies, MeterRegistry meters) {
        this.registry = registry;
        this.access = access;
        this.json = json;
        this.bodies = bodies;
        this.answersSaved = Counter.builder("odm.answers.saved")
                .description("Answers written by a save (API, pages, interviews), unchanged ones not counted")
                .register(meters);
        this.submitted = Counter.builder("odm.diagnostics.submitted").description("Diagnostics submitted")
                .register(meters);
        this.validated = Counter.builder("odm.diagnostics.validated").description("Diagnostics validated")
                .register(meters);
    }

    // ------------------------------------------------------------------------------------------------ creation / reads

    @Transactional
    public State create(long organizationId, long campaignId, DiagnosticMode mode, Long facilitatorId, Actor actor) {
        List<Map<String, String>> errors = new ArrayList<>();
        Organization organization = Organization.findById(organizationId);
        if (organization == null) {
            errors.add(Map.of("field", "organizationId", "message", "no organisation " + organizationId));
        }
        Long facilitator = checkCreation(Campaign.findById(campaignId), campaignId, mode, facilitatorId, actor, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-request", "Invalid request", errors.size()
                    + " field(s) are invalid.", errors);
        }
        Diagnostic existing = Diagnostic.find("organizationId = ?1 and campaignId = ?2", organizationId, campaignId)
                .firstResult();
        if (existing != null) {
            // which diagnostic it is, only to whoever may read it: to others its id is none of their business
            if (access.canRead(existing, actor)) {
                throw new ConflictException("organizationId", "This organisation already has diagnostic " + existing.id
                        + " in this campaign.", List.of(Map.of("field", "organizationId", "message",
                                "already has a diagnostic in campaign " + campaignId, "diagnosticId", existing.id)));
            }
            throw new ConflictException("organizationId", "This organisation already has a diagnostic in this "
                    + "campaign.", List.of(Map.of("field", "organizationId", "message",
                            "already has a diagnostic in campaign " + campaignId)));
        }
        Diagnostic d = new Diagnostic();
        d.organizationId = organizationId;
        d.campaignId = campaignId;
        d.mode = mode;
        d.status = DiagnosticStatus.DRAFT;
        d.facilitatorId = facilitator;
        d.createdAt = Instants.now();
        d.updatedAt = d.createdAt;
        d.persistAndFlush();
        return state(d);
    }

    /**
     * The rules of a new diagnostic, one place for {@link #create} and {@link #createAll}: an account creates it, in a
     * campaign that exists and is not closed; a facilitator creates interviews, for themselves; an admin may assign any
     * active account. Adds what is wrong to {@code errors}; returns the facilitator the diagnostic gets.
     */
    private static Long checkCreation(Campaign campaign, long campaignId, DiagnosticMode mode, Long facilitatorId,
            Actor actor, List<Map<String, String>> errors) {
        if (!actor.hasAccount()) {
            throw new io.quarkus.security.ForbiddenException("Only admins and facilitators create diagnostics.");
        }
        if (campaign == null) {
            errors.add(Map.of("field", "campaignId", "message", "no campaign " + campaignId));
        } else if (campaign.status == CampaignStatus.CLOSED) {
            errors.add(Map.of("field", "campaignId", "message", "campaign " + campaignId + " is closed"));
        }
        if (mode == null) {
            errors.add(Map.of("field", "mode", "message", "must be self-assessment or interview"));
        }
        Long facilitator = facilitatorId;
        if (!actor.admin()) {
            // a facilitator creates interviews, for themselves
            if (mode != DiagnosticMode.INTERVIEW) {
                errors.add(Map.of("field", "mode", "message", "a facilitator creates interviews; self-assessments are "
                        + "created by an admin"));
            }
            if (facilitatorId != null && !facilitatorId.equals(actor.userId())) {
                errors.add(Map.of("field", "facilitatorId", "message", "a facilitator can only assign themselves"));
            }
            facilitator = actor.userId();
        } else if (facilitatorId != null) {
            AppUser user = AppUser.findById(facilitatorId);
            if (user == null || !user.active) {
                errors.add(Map.of("field", "facilitatorId", "message", "no active account " + facilitatorId));
            }
        }
        return facilitator;
    }

    /**
     * The rule of a deadline: none, or a day from today (Paris time) and not after the campaign's closing day. Adds
     * what is wrong to {@code errors}, on {@code field}.
     */
    public static void checkDeadline(LocalDate deadline, Campaign campaign, String field,
            List<Map<String, String>> errors) {
        if (deadline == null) {
            return;
        }
        LocalDate today = LocalDate.now(PARIS);
        if (deadline.isBefore(today)) {
            errors.add(Map.of("field", field, "message", "must not be in the past (today is " + today + ")"));
        } else if (campaign != null && campaign.closesOn != null && deadline.isAfter(campaign.closesOn)) {
            errors.add(Map.of("field", field, "message", "must not be after the campaign's closing day ("
                    + campaign.closesOn + ")"));
        }
    }

    /** What {@link #createAll} did, or would do on a dry run: organisation id → its diagnostic id (null if none yet). */
    public record Enrolled(Map<Long, Long> created, Map<Long, Long> alreadyEnrolled, Set<Long> unknown,
            boolean dryRun) {
    }

    /**
     * Creates the diagnostics of many organisations in a campaign in one transaction, under the rules of
     * {@link #create} (checked once: they depend on the campaign, the mode, the facilitator and the actor, not on the
     * organisation). Idempotent: an organisation that already has a diagnostic in the campaign keeps it, untouched;
     * unknown organisation ids are reported, not created. The campaign row is locked for the transaction, so that two
     * enrolments of one campaign queue instead of both inserting (the unique constraint stays the last guard: 409).
     * On a dry run nothing is written nor locked.
     */
    @Transactional
    public Enrolled createAll(Collection<Long> organizationIds, long campaignId, DiagnosticMode mode,
            Long facilitatorId, LocalDate deadline, boolean dryRun, Actor actor) {
        List<Map<String, String>> errors = new ArrayList<>();
        Campaign campaign = dryRun ? Campaign.findById(campaignId)
                : Campaign.findById(campaignId, LockModeType.PESSIMISTIC_WRITE);
        Long facilitator = checkCreation(campaign, campaignId, mode, facilitatorId, actor, errors);
        checkDeadline(deadline, campaign, "deadline", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-request", "Invalid request", errors.size()
                    + " field(s) are invalid.", errors);
        }
        EntityManager em = Diagnostic.getEntityManager();
        Set<Long> wanted = new LinkedHashSet<>(organizationIds);
        Set<Long> known = new HashSet<>();
        Map<Long, Long> existing = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(wanted))) {
            known.addAll(em.createQuery("select o.id from Organization o where o.id in :ids", Long.class)
                    .setParameter("ids", chunk).getResultList());
            em.createQuery("select d.organizationId, d.id from Diagnostic d where d.campaignId = :c "
                    + "and d.organizationId in :ids", Object[].class).setParameter("c", campaignId)
                    .setParameter("ids", chunk).getResultList().forEach(r -> existing.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, Long> already = new LinkedHashMap<>();
        Map<Long, Long> created = new LinkedHashMap<>();
        Set<Long> unknown = new LinkedHashSet<>();
        List<Diagnostic> fresh = new ArrayList<>();
        Instant now = Instants.now();
        for (Long id : wanted) {
            if (!known.contains(id)) {
                unknown.add(id);
            } else if (existing.containsKey(id)) {
                already.put(id, existing.get(id));
            } else if (dryRun) {
                created.put(id, null);
            } else {
                Diagnostic d = new Diagnostic();
                d.organizationId = id;
                d.campaignId = campaignId;
                d.mode = mode;
                d.status = DiagnosticStatus.DRAFT;
                d.facilitatorId = facilitator;
                d.deadline = deadline;
                d.createdAt = now;
                d.updatedAt = now;
                fresh.add(d);
            }
        }
        if (!fresh.isEmpty()) {
            org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
            Integer batch = session.getJdbcBatchSize();
            session.setJdbcBatchSize(100);
            try {
                fresh.forEach(d -> em.persist(d));
                em.flush();
            } catch (PersistenceException e) {
                // another path (a single creation) inserted one of them meanwhile: nothing of this batch is kept
                throw new ConflictException("organizationIds", "An organisation of the selection got a diagnostic in "
                        + "this campaign meanwhile; nothing was created. Send the enrolment again: it is idempotent.");
            } finally {
                session.setJdbcBatchSize(batch);
            }
            fresh.forEach(d -> created.put(d.organizationId, d.id));
            // the new diagnostics are not needed as entities any more: 500 managed entities make each later flush slow
            fresh.forEach(em::detach);
        }
        return new Enrolled(created, already, unknown, dryRun);
    }

    /** Lists cut in pieces of at most 1,000 (bind parameters of an IN list). */
    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    /**
     * Changes a diagnostic's deadline (admins; null removes it: the campaign's closing day applies). The rule of
     * {@link #checkDeadline}; If-Match optional (412 when stale).
     */
    @Transactional
    public State setDeadline(long id, ExpectedVersion expected, LocalDate deadline, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkAdmin(d, actor);
        checkIfMatch(d, expected);
        List<Map<String, String>> errors = new ArrayList<>();
        if (!Objects.equals(d.deadline, deadline)) {
            checkDeadline(deadline, Campaign.findById(d.campaignId), "deadline", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("invalid-request", "Invalid request", "Invalid deadline.", errors);
        }
        if (!Objects.equals(d.deadline, deadline)) {
            d.deadline = deadline;
            d.updatedAt = Instants.now();
            Diagnostic.flush();
        }
        return state(d);
    }

    @Transactional
    public State get(long id, Actor actor) {
        Diagnostic d = findWithReferences(id);
        access.checkRead(d, actor);
        return state(d); // the organisation and the campaign are in the session now: no query for them
    }

    /**
     * The diagnostic as the API shows it. One query when the body of its current version is kept (the diagnostic, its
     * organisation and campaign), plus its facilitator if any; otherwise its answers too, and the body is made and
     * kept when the version did not move meanwhile (a single scalar query says so).
     */
    @Transactional
    public Read read(long id, Actor actor) {
        Diagnostic d = findWithReferences(id);
        access.checkRead(d, actor);
        Organization organization = Organization.findById(d.organizationId);
        Campaign campaign = Campaign.findById(d.campaignId);
        AppUser facilitator = d.facilitatorId == null ? null : AppUser.findById(d.facilitatorId);
        QuestionnaireRegistry.Entry entry = questionnaire(campaign);
        DiagnosticBodies.Body body = bodies.find(id, d.version, entry.contentHash());
        if (body == null) {
            Map<String, StoredAnswer> answers = answers(id);
            ScoreCard score = ScoringEngine.score(entry.questionnaire(), typed(entry.questionnaire(), answers.values()));
            body = bodies.make(d.version, entry.contentHash(), answers, score, this);
            Long now = Diagnostic.getEntityManager().createQuery("select d.version from Diagnostic d where d.id = :id",
                    Long.class).setParameter("id", id).getSingleResult();
            if (now == d.version) { // no change committed between the diagnostic and its answers
                bodies.keep(id, body);
            }
        }
        return new Read(d, organization, campaign, facilitator, entry, body);
    }

    /**
     * What the API shows of a state that a write made while holding the diagnostic's row lock, once that write has
     * committed: its body is certain, and kept for the reads that follow.
     */
    public Read committed(State state) {
        DiagnosticBodies.Body body = bodies.of(state, this);
        bodies.keep(state.diagnostic().id, body);
        return read(state, body);
    }

    /** What the API shows of a state (its body made, not kept). */
    public Read shown(State state) {
        return read(state, bodies.of(state, this));
    }

    private static Read read(State s, DiagnosticBodies.Body body) {
        return new Read(s.diagnostic(), s.organization(), s.campaign(), s.facilitator(), s.questionnaire(), body);
    }

    /** The diagnostic with its organisation and campaign, in one query (404 when there is none). */
    private Diagnostic findWithReferences(long id) {
        List<Object[]> rows = Diagnostic.getEntityManager().createQuery("select d, o, c from Diagnostic d "
                + "join Organization o on o.id = d.organizationId join Campaign c on c.id = d.campaignId "
                + "where d.id = :id", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw DiagnosticAccess.notFound(id);
        }
        return (Diagnostic) rows.get(0)[0];
    }

    /** Whether the actor may read diagnostic {@code id} ({@link DiagnosticAccess} decides); false if there is none. */
    @Transactional
    public boolean readable(long id, Actor actor) {
        Diagnostic d = Diagnostic.findById(id);
        return d != null && access.canRead(d, actor);
    }

    /** The diagnostics the actor may read, newest first, optionally filtered. */
    @Transactional
    public List<State> list(Long campaignId, Long organizationId, DiagnosticStatus status, Actor actor) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (campaignId != null) {
            query.append(" and campaignId = :campaign");
            params.put("campaign", campaignId);
        }
        if (organizationId != null) {
            query.append(" and organizationId = :organization");
            params.put("organization", organizationId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (!actor.admin()) {
            if (actor.facilitator()) {
                query.append(" and facilitatorId = :user");
                params.put("user", actor.userId());
            } else {
                query.append(" and id = :own");
                params.put("own", actor.diagnosticId());
            }
        }
        List<Diagnostic> diagnostics = Diagnostic.find(query + " order by id desc", params).list();
        return diagnostics.stream().map(this::state).toList();
    }

    State state(Diagnostic d) {
        return state(d, answers(d.id));
    }

    /** The state of {@code d} with its current answers, already loaded (and managed) by the caller. */
    private State state(Diagnostic d, Map<String, StoredAnswer> answers) {
        Organization organization = Organization.findById(d.organizationId);
        Campaign campaign = Campaign.findById(d.campaignId);
        AppUser facilitator = d.facilitatorId == null ? null : AppUser.findById(d.facilitatorId);
        QuestionnaireRegistry.Entry entry = questionnaire(campaign);
        return new State(d, organization, campaign, facilitator, entry, answers,
                ScoringEngine.score(entry.questionnaire(), typed(entry.questionnaire(), answers.values())));
    }

    QuestionnaireRegistry.Entry questionnaire(Campaign campaign) {
        return registry.find(campaign.questionnaireId, campaign.questionnaireVersion).orElseThrow(() ->
                new IllegalStateException("questionnaire " + campaign.questionnaireId + "@"
                        + campaign.questionnaireVersion + " of campaign " + campaign.id + " is not available"));
    }

    static Map<String, StoredAnswer> answers(long diagnosticId) {
        Map<String, StoredAnswer> byQuestion = new LinkedHashMap<>();
        StoredAnswer.<StoredAnswer>list("diagnosticId = ?1 order by id", diagnosticId)
                .forEach(a -> byQuestion.put(a.questionId, a));
        return byQuestion;
    }

    /** Stored answers as the scoring engine's typed answers (unanswered ones left out). */
    public org.odmaturity.scoring.Answers typed(Questionnaire q, java.util.Collection<StoredAnswer> stored) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (StoredAnswer a : stored) {
            Object value = JsonValues.plain(value(a));
            if (value != null || a.notApplicable) {
                inputs.add(new AnswerInput(a.questionId, value, a.notApplicable, a.unsure));
            }
        }
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        if (!validation.problems().isEmpty()) {
            // cannot happen for answers written through this service; never hide it
            LOG.errorf("stored answers do not fit their questionnaire: %s", validation.problems());
        }
        return withAssessments(q, validation.answers(), stored);
    }

    /**
     * The answers with the facilitator's points of the questions scored by the facilitator, where they are current
     * (given for the answer's present value): a stale or missing assessment leaves the answer pending.
     */
    private static org.odmaturity.scoring.Answers withAssessments(Questionnaire q,
            org.odmaturity.scoring.Answers answers, java.util.Collection<StoredAnswer> stored) {
        List<org.odmaturity.scoring.Answer> assessed = new ArrayList<>();
        for (StoredAnswer a : stored) {
            if (a.assessmentCurrent() && q.question(a.questionId).map(Question::facilitatorScored).orElse(false)) {
                answers.get(a.questionId).ifPresent(answer -> assessed.add(answer.assessed(
                        a.assessedPoints.doubleValue())));
            }
        }
        return assessed.isEmpty() ? answers : answers.with(assessed);
    }

    private Diagnostic find(long id, LockModeType lock) {
        Diagnostic d = lock == LockModeType.NONE ? Diagnostic.findById(id) : Diagnostic.findById(id, lock);
        if (d == null) {
            throw DiagnosticAccess.notFound(id);
        }
        return d;
    }

    // ------------------------------------------------------------------------------------------------------- answers

    /**
     * Applies a batch of answer changes, all or nothing. Concurrency: the diagnostic row is locked for the
     * transaction, so writers on one diagnostic queue instead of failing; then either {@code If-Match} (the whole
     * diagnostic's version) or, per answer, {@code revision} (the answer's revision the client last saw; 0 for a
     * question it saw unanswered) must hold, else 412 / 409 and nothing is applied. One of the two is required (428).
     */
    @Transactional
    public State patchAnswers(long id, ExpectedVersion expected, List<AnswerPatch> batch, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkRead(d, actor);
        checkIfMatch(d, expected);
        if (d.status != DiagnosticStatus.DRAFT) {
            throw new ConflictException("status", "The diagnostic is " + d.status.key() + ": its answers no longer "
                    + "change (an admin can reopen it).");
        }
        // the organisation and the campaign in one query (the response shows both), with the number of the history's
        // last change (asked before anything is written, the row locked: nobody else numbers this diagnostic's
        // changes; a query of its own was a round trip and ≈13 % of a save's waits), then the answers
        List<Object[]> references = Diagnostic.getEntityManager().createQuery("select o, c, (select max(x.seq) from "
                + "AnswerChange x where x.diagnosticId = :d) from Organization o, Campaign c where o.id = :o and "
                + "c.id = :c", Object[].class).setParameter("d", d.id).setParameter("o", d.organizationId)
                .setParameter("c", d.campaignId).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList();
        Number lastSeq = references.isEmpty() ? null : (Number) references.get(0)[2];
        Campaign campaign = Campaign.findById(d.campaignId);
        Questionnaire q = questionnaire(campaign).questionnaire();
        Map<String, StoredAnswer> stored = answers(d.id);

        List<AnswerProblem> problems = new ArrayList<>();
        List<Patch> patches = check(batch, q, stored, actor, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        if (!expected.stated()) {
            checkRevisions(patches, stored, actor);
        }
        // the answers the batch does not touch are only read (for the score and the response): detached, Hibernate
        // no longer walks them at each flush (read-only, they were still walked: ≈a fifth of a save's CPU)
        Set<String> touched = new HashSet<>();
        patches.forEach(p -> touched.add(p.question()));
        org.hibernate.Session session = Diagnostic.getEntityManager().unwrap(org.hibernate.Session.class);
        stored.forEach((question, answer) -> {
            if (!touched.contains(question)) {
                session.detach(answer);
            }
        });
        Instant now = Instants.now();
        // the history's numbers, asked once before anything is written (above): a query after a write would make
        // Hibernate dirty-check every loaded answer first (a quarter of a save's CPU in the JFR profile)
        long[] seq = { lastSeq == null ? 0 : lastSeq.longValue() };
        int written = 0;
        for (Patch p : patches) {
            if (write(d.id, stored, p, actor.label(), now, seq)) {
                written++;
            }
        }
        if (written > 0) {
            // dirty → Hibernate increments the version (the ETag); the row is locked, so this never fails
            d.updatedAt = now;
            Diagnostic.flush();
            answersSaved.increment(written);
        }
        return state(d, stored); // the answers as written: no second query
    }

    /** Without If-Match, every entry must carry the revision it saw (428), and each must still be current (409). */
    private void checkRevisions(List<Patch> patches, Map<String, StoredAnswer> stored, Actor actor) {
        List<String> questions = new ArrayList<>();
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (Patch p : patches) {
            if (p.revision() == null) {
                throw new PreconditionRequiredException("Send If-Match with the diagnostic's ETag, or a revision with "
                        + "every answer (0 for a question you saw unanswered), so that no colleague's answer is "
                        + "overwritten.");
            }
            StoredAnswer current = stored.get(p.question());
            int currentRevision = current == null ? 0 : current.revision;
            if (p.revision() != currentRevision) {
                Map<String, Object> conflict = new LinkedHashMap<>();
                conflict.put("field", "answers[" + p.index() + "]");
                conflict.put("question", p.question());
                conflict.put("message", "changed meanwhile by " + (current == null ? "someone" : current.answeredBy)
                        + " (revision " + currentRevision + ", you sent " + p.revision() + ")");
                conflict.put("revision", currentRevision);
                conflict.put("current", visible(stateOf(current), actor));
                questions.add(p.question());
                conflicts.add(conflict);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new AnswersChangedException(questions, conflicts);
        }
    }

    /**
     * Writes one answer and its history entry when it changes (a new answer joins {@code stored}); whether it did.
     * {@code seq} holds the number of the diagnostic's last change, increased for each entry written.
     */
    private boolean write(long diagnosticId, Map<String, StoredAnswer> stored, Patch p, String by, Instant now,
            long[] seq) {
        StoredAnswer current = stored.get(p.question());
        AnswerState before = stateOf(current);
        if (p.state().sameAs(before)) {
            return false;
        }
        StoredAnswer answer = current;
        if (answer == null) {
            answer = new StoredAnswer();
            answer.diagnosticId = diagnosticId;
            answer.questionId = p.question();
            answer.revision = 0;
        }
        apply(answer, p.state());
        answer.revision++;
        answer.answeredBy = by;
        answer.answeredAt = now;
        answer.persist();
        stored.putIfAbsent(p.question(), answer);
        AnswerChange change = new AnswerChange();
        change.diagnosticId = diagnosticId;
        change.seq = ++seq[0]; // the diagnostic row is locked by the caller: nobody else numbers its changes
        change.questionId = p.question();
        change.oldState = answer.revision == 1 && before.equals(AnswerState.EMPTY) ? null : writeJson(before);
        change.newState = writeJson(p.state());
        change.changedBy = by;
        change.changedAt = now;
        change.persist();
        return true;
    }

    /** One checked entry of a batch: the complete new state of the answer. */
    private record Patch(int index, String question, AnswerState state, Integer revision) {
    }

    /** Checks every entry against the questionnaire and the actor's rights; the new states, or {@code problems}. */
    private List<Patch> check(List<AnswerPatch> batch, Questionnaire q, Map<String, StoredAnswer> stored, Actor actor,
            List<AnswerProblem> problems) {
        List<Patch> patches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String field = "answers[" + i + "]";
            AnswerPatch item = batch.get(i);
            String questionId = item.question();
            if (q.question(questionId).isEmpty()) {
                problems.add(new AnswerProblem(field + ".question", questionId, AnswerProblem.Code.UNKNOWN_QUESTION,
                        Map.of(), "question '" + questionId + "' does not exist in questionnaire '" + q.id()
                                + "' version " + q.version()));
                continue;
            }
            if (!seen.add(questionId)) {
                problems.add(new AnswerProblem(field, questionId, AnswerProblem.Code.REPEATED_QUESTION, Map.of(),
                        "question '" + questionId + "' appears twice in this batch"));
                continue;
            }
            int before = problems.size();
            AnswerState state = MatrixAnswers.normalise(q.question(questionId).get(),
                    newState(item, stateOf(stored.get(questionId)), actor, field, problems));
            org.odmaturity.scoring.AnswerValidator.validate(q, List.of(new AnswerInput(questionId,
                    JsonValues.plain(state.value()), state.notApplicable()))).problems()
                    .forEach(p -> problems.add(AnswerProblem.of(field, p)));
            if (problems.size() == before) {
                patches.add(new Patch(i, questionId, state, item.revision()));
            }
        }
        return patches;
    }

    /** What the answer becomes: the stored state with the entry's changes (texts checked). */
    private static AnswerState newState(AnswerPatch item, AnswerState current, Actor actor, String field,
            List<AnswerProblem> problems) {
        JsonNode value = item.value().or(current.value());
        boolean notApplicable = item.notApplicable().or(current.notApplicable());
        if (item.value().given() && value != null && !value.isNull() && !item.notApplicable().given()) {
            notApplicable = false; // giving a value replaces "not applicable"
        }
        if (item.notApplicable().given() && notApplicable && !item.value().given()) {
            value = null; // "not applicable" replaces the value
        }
        String question = item.question();
        String comment = item.comment().given()
                ? text(item.comment().value(), "comment", MAX_TEXT, field, question, problems) : current.comment();
        String evidence = item.evidence().given()
                ? evidence(item.evidence().value(), field, question, problems) : current.evidence();
        String note = current.note();
        if (item.note().given()) {
            if (!actor.hasAccount()) {
                problems.add(new AnswerProblem(field + ".note", question, AnswerProblem.Code.NOTES_FORBIDDEN, Map.of(),
                        "only facilitators and admins write notes"));
            } else {
                note = text(item.note().value(), "note", MAX_TEXT, field, question, problems);
            }
        }
        return new AnswerState(value == null || value.isNull() ? null : value, notApplicable,
                item.unsure().or(current.unsure()), comment, evidence, note);
    }

    private static String text(String text, String name, int max, String field, String question,
            List<AnswerProblem> problems) {
        if (text == null) {
            return null;
        }
        String problem = JsonTextRules.problem(text);
        if (problem != null) {
            problems.add(new AnswerProblem(field + "." + name, question, AnswerProblem.Code.BAD_CHARACTERS, Map.of(),
                    problem));
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(new AnswerProblem(field + "." + name, question, AnswerProblem.Code.TOO_LONG,
                    Map.of("max", max), name + " has at most " + max + " characters"));
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private static String evidence(String given, String field, String question, List<AnswerProblem> problems) {
        String url = text(given, "evidence", MAX_EVIDENCE, field, question, problems);
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url.trim());
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
                throw new java.net.URISyntaxException(url, "not an http(s) address");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            problems.add(new AnswerProblem(field + ".evidence", question, AnswerProblem.Code.NOT_A_WEB_ADDRESS,
                    Map.of(), "evidence is a web address (http:// or https://)"));
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------------- status

    @Transactional
    public State submit(long id, ExpectedVersion expected, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkRead(d, actor);
        checkIfMatch(d, expected);
        if (d.status != DiagnosticStatus.DRAFT) {
            throw new ConflictException("status", "The diagnostic is already " + d.status.key() + ".");
        }
        State state = state(d);
        List<Map<String, Object>> missing = missingRequired(state);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("incomplete-diagnostic", "Incomplete diagnostic", missing.size()
                    + " required question(s) are not answered.", missing);
        }
        Instant now = Instants.now();
        d.status = DiagnosticStatus.SUBMITTED;
        d.submittedAt = now;
        d.updatedAt = now;
        snapshot(state, ScoreSnapshot.Kind.SUBMITTED, actor.label(), now);
        Diagnostic.flush();
        submitted.increment();
        return state(d);
    }

    @Transactional
    public State validate(long id, ExpectedVersion expected, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkManage(d, actor);
        checkIfMatch(d, expected);
        if (d.status != DiagnosticStatus.SUBMITTED) {
            throw new ConflictException("status", "Only a submitted diagnostic can be validated; this one is "
                    + d.status.key() + ".");
        }
        State before = state(d);
        if (!before.score().pending().isEmpty()) {
            List<Map<String, Object>> pending = new ArrayList<>();
            before.score().pending().forEach(question -> pending.add(Map.of("field", "assessments", "question",
                    question, "code", "pending-assessment", "message", "question '" + question
                            + "' awaits the facilitator's points and justification")));
            throw new InvalidInputException("pending-assessments", "Answers awaiting the facilitator's points",
                    pending.size() + " answer(s) scored by the facilitator have no points yet: give them before "
                            + "validating.", pending);
        }
        Instant now = Instants.now();
        d.status = DiagnosticStatus.VALIDATED;
        d.validatedAt = now;
        d.updatedAt = now;
        snapshot(before, ScoreSnapshot.Kind.VALIDATED, actor.label(), now);
        Diagnostic.flush();
        validated.increment();
        return state(d);
    }

    /**
     * Records the facilitator's points and justification of answers to questions scored by the facilitator (docs/
     * scoring.md, "Scored by the facilitator"), all or nothing: the diagnostic's facilitator or an admin, on a
     * submitted diagnostic, with the version read (If-Match or the page's hidden version, required: no silent
     * overwrite of a colleague's scores). Scoring again replaces the earlier points (who and when too). An empty
     * batch changes nothing.
     */
    @Transactional
    public State assess(long id, ExpectedVersion expected, List<Assessment> batch, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkManage(d, actor);
        if (!expected.stated()) {
            throw new PreconditionRequiredException("Send If-Match with the diagnostic's ETag, so that no colleague's "
                    + "scores are overwritten.");
        }
        checkIfMatch(d, expected);
        if (d.status != DiagnosticStatus.SUBMITTED) {
            throw new ConflictException("status", "Answers are scored by the facilitator at validation, on a submitted "
                    + "diagnostic; this one is " + d.status.key() + ".");
        }
        State state = state(d);
        if (batch.isEmpty()) {
            return state; // nothing to record: the version does not move
        }
        List<Map<String, Object>> problems = AssessmentCheck.problems(batch, state.questionnaire().questionnaire(),
                state.answers(), state.score());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid-assessments", "Invalid assessments", problems.size()
                    + " assessment(s) are invalid.", problems);
        }
        Instant now = Instants.now();
        for (Assessment a : batch) {
            StoredAnswer answer = state.answers().get(a.question());
            answer.assessedPoints = a.points().setScale(2, java.math.RoundingMode.UNNECESSARY);
            answer.assessmentJustification = a.justification().strip();
            answer.assessedBy = actor.label();
            answer.assessedAt = now;
            answer.assessedValue = answer.valueJson;
        }
        d.updatedAt = now; // the diagnostic's version (ETag) moves: its score changed
        Diagnostic.flush();
        return state(d, state.answers());
    }

    @Transactional
    public State reopen(long id, ExpectedVersion expected, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkAdmin(d, actor);
        checkIfMatch(d, expected);
        if (d.status == DiagnosticStatus.DRAFT) {
            throw new ConflictException("status", "The diagnostic is already a draft.");
        }
        d.status = DiagnosticStatus.DRAFT;
        d.updatedAt = Instants.now();
        Diagnostic.flush();
        return state(d);
    }

    /**
     * Hands a diagnostic to another facilitator (admins only): when its facilitator leaves, is deactivated or is busy.
     * {@code facilitatorId} null removes the facilitator of a self-assessment; an interview always has one. The
     * account must be active. {@code If-Match} (the diagnostic's version), when given, must be current.
     */
    @Transactional
    public State assignFacilitator(long id, ExpectedVersion expected, Long facilitatorId, Actor actor) {
        Diagnostic d = find(id, LockModeType.PESSIMISTIC_WRITE);
        access.checkAdmin(d, actor);
        checkIfMatch(d, expected);
        if (facilitatorId == null && d.mode == DiagnosticMode.INTERVIEW) {
            throw new InvalidInputException("invalid-request", "Invalid request", "An interview needs a facilitator.",
                    List.of(Map.of("field", "facilitatorId", "message", "an interview needs a facilitator")));
        }
        if (facilitatorId != null) {
            AppUser user = AppUser.findById(facilitatorId);
            if (user == null || !user.active) {
                throw new InvalidInputException("invalid-request", "Invalid request", "No such active account.",
                        List.of(Map.of("field", "facilitatorId", "message", "no active account " + facilitatorId)));
            }
        }
        if (!java.util.Objects.equals(d.facilitatorId, facilitatorId)) {
            d.facilitatorId = facilitatorId;
            d.updatedAt = Instants.now();
            Diagnostic.flush();
        }
        return state(d);
    }

    /** The questions scored by the facilitator whose answer can be scored now: relevant, with a value. */
    public static List<Question> scorable(State state) {
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        return state.questionnaire().questionnaire().questions().filter(Question::facilitatorScored)
                .filter(q -> !notRelevant.contains(q.id()))
                .filter(q -> {
                    StoredAnswer a = state.answers().get(q.id());
                    return a != null && a.valueJson != null && !a.notApplicable;
                }).toList();
    }

    /** Required, relevant questions without an answer (value or "not applicable"; a matrix: every row answered). */
    static List<Map<String, Object>> missingRequired(State state) {
        Set<String> notRelevant = new HashSet<>(state.score().notRelevant());
        List<Map<String, Object>> missing = new ArrayList<>();
        state.questionnaire().questionnaire().questions()
                .filter(q -> q.required() && !notRelevant.contains(q.id()))
                .filter(q -> {
                    StoredAnswer a = state.answers().get(q.id());
                    return a == null || !(a.notApplicable || a.valueJson != null)
                            || !a.notApplicable && !MatrixAnswers.complete(q, a.valueJson);
                })
                .forEach(q -> missing.add(new AnswerProblem("answers", q.id(), AnswerProblem.Code.REQUIRED, Map.of(),
                        "question '" + q.id() + "' is required").toError()));
        return missing;
    }

    private void snapshot(State state, ScoreSnapshot.Kind kind, String by, Instant at) {
        ScoreCard card = state.score();
        ScoreSnapshot snapshot = new ScoreSnapshot();
        snapshot.diagnosticId = state.diagnostic().id;
        snapshot.kind = kind;
        snapshot.questionnaireId = state.questionnaire().questionnaire().id();
        snapshot.questionnaireVersion = state.questionnaire().questionnaire().version();
        snapshot.contentHash = state.questionnaire().contentHash();
        snapshot.overallScore = snapshotColumn(card.overall().score());
        snapshot.overallLevel = card.overall().level();
        snapshot.scoreCard = writeJson(card);
        snapshot.createdBy = by;
        snapshot.createdAt = at;
        snapshot.persistAndFlush();
        snapshotNodes(snapshot, card);
    }

    /** The per-axis and per-theme rows of a snapshot (what comparisons aggregate). */
    void snapshotNodes(ScoreSnapshot snapshot, ScoreCard card) {
        for (AxisScore axis : card.axes()) {
            node(snapshot.id, "AXIS", axis.id(), axis.id(), axis.score(), axis.level(), axis.completeness());
            for (ThemeScore theme : axis.themes()) {
                node(snapshot.id, "THEME", theme.id(), axis.id(), theme.score(), theme.level(), theme.completeness());
            }
        }
    }

    /** A stored score card (a snapshot's JSON). */
    public ScoreCard readScoreCard(String text) {
        try {
            return json.readValue(text, ScoreCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored score card is unreadable", e);
        }
    }

    private static void node(long snapshotId, String type, String id, String axisId, Double score, String level,
            org.odmaturity.scoring.Completeness completeness) {
        ScoreSnapshotNode node = new ScoreSnapshotNode();
        node.snapshotId = snapshotId;
        node.nodeType = type;
        node.nodeId = id;
        node.axisId = axisId;
        node.score = snapshotColumn(score);
        node.level = level;
        node.answered = completeness.answered();
        node.relevant = completeness.relevant();
        node.persist();
    }

    /**
     * A score as the snapshot columns keep it: one decimal (NUMERIC(4, 1)), whatever the questionnaire's precision; the
     * snapshot's score card keeps the questionnaire's (docs/scoring.md, section 7.1). Explicit, so that every database
     * rounds the same way (half-up).
     */
    private static BigDecimal snapshotColumn(Double score) {
        return score == null ? null : BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------------- history

    public record HistoryEntry(long id, String question, String changedBy, Instant changedAt, AnswerState before,
            AnswerState after) {
    }

    @Transactional
    public List<HistoryEntry> history(long id, Actor actor) {
        Diagnostic d = find(id, LockModeType.NONE);
        access.checkRead(d, actor);
        return AnswerChange.ofDiagnostic(id).stream()
                .map(c -> new HistoryEntry(c.id, c.questionId, c.changedBy, c.changedAt,
                        c.oldState == null ? null : visible(readState(c.oldState), actor),
                        visible(readState(c.newState), actor)))
                .toList();
    }

    // ------------------------------------------------------------------------------------------------------- helpers

    /** If-Match is optional on diagnostics (per-answer revisions are the alternative); when sent, it must hold. */
    void checkIfMatch(Diagnostic d, ExpectedVersion expected) {
        if (expected.stated()) {
            expected.check(d.version, "diagnostic " + d.id);
        }
    }

    static AnswerState visible(AnswerState state, Actor actor) {
        return state == null || actor.hasAccount() ? state : state.withoutNote();
    }

    AnswerState stateOf(StoredAnswer a) {
        if (a == null) {
            return AnswerState.EMPTY;
        }
        return new AnswerState(value(a), a.notApplicable, a.unsure, a.comment, a.evidence, a.note);
    }

    /**
     * A stored answer's value, parsed once per loaded entity (its state and the score of a request both need it). The
     * node is shared: read it, never change it.
     */
    JsonNode value(StoredAnswer a) {
        if (a.valueJson == null) {
            return null;
        }
        if (a.parsedFrom != a.valueJson) { // identity: a changed value is a new string
            a.parsedValue = readJson(a.valueJson);
            a.parsedFrom = a.valueJson;
        }
        return a.parsedValue;
    }

    private static void apply(StoredAnswer a, AnswerState s) {
        a.valueJson = s.value() == null ? null : s.value().toString();
        a.notApplicable = s.notApplicable();
        a.unsure = s.unsure();
        a.comment = s.comment();
        a.evidence = s.evidence();
        a.note = s.note();
    }

    JsonNode readJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    AnswerState readState(String text) {
        try {
            return json.readValue(text, AnswerState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer state is unreadable", e);
        }
    }

    String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
