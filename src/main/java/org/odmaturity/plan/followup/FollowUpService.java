package org.odmaturity.plan.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticAccess;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.error.ConflictException;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.http.ClientText;
import org.odmaturity.organization.Organization;
import org.odmaturity.plan.PlanService;
import org.odmaturity.plan.PlanViews;
import org.odmaturity.questionnaire.api.QuestionnaireViews;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

/**
 * The follow-up of validated improvement plans between two campaigns: per action, its status (to do, in progress,
 * done, abandoned), the day it applies from and a short note, with the history of every change.
 *
 * <p>Who: whoever may read the diagnostic (its facilitator, admins, its invitation link), and also whoever may read
 * the organisation's next diagnostic, whose "previous plan" it is (the facilitator of the new campaign, the new
 * invitation link): at the next campaign the organisation says what became of last time's plan. Anyone else learns
 * nothing (404). Only a validated diagnostic's plan is followed up (409 otherwise). Writes lock the diagnostic row and
 * need the follow-up's version as the writer read it (412 when stale).
 *
 * <p>The previous plan of a diagnostic is the plan of the latest validated diagnostic of the same organisation in a
 * campaign of an earlier year.
 */
@ApplicationScoped
public class FollowUpService {

    public static final int NOTE_MAX = 500;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Reads the plan of a diagnostic once this service has decided the actor may see its follow-up. */
    private static final Actor READER = new Actor(Actor.Kind.USER, null, null, null, "plan follow-up", true, false);

    /**
     * A follow-up as its writer sent it, checked by the service.
     *
     * @param status the status key (todo, in_progress, done, abandoned)
     * @param date   the day the status applies from; null: today
     * @param note   a short note (at most {@value #NOTE_MAX} characters); blank: none
     */
    public record Update(String status, LocalDate date, String note) {
    }

    private final PlanService plans;
    private final DiagnosticAccess access;

    public FollowUpService(PlanService plans, DiagnosticAccess access) {
        this.plans = plans;
        this.access = access;
    }

    /** The follow-up of a diagnostic's plan (its current plan, whether validated or not); 404 for whoever may not see it. */
    @Transactional
    public FollowUps get(long diagnosticId, String language, Actor actor) {
        Diagnostic d = find(diagnosticId, LockModeType.NONE);
        checkFollow(d, actor);
        return followUps(d, language);
    }

    /** The follow-up of the previous plan of a diagnostic (see the class), for whoever may read that diagnostic. */
    @Transactional
    public Optional<FollowUps> previous(long diagnosticId, String language, Actor actor) {
        Diagnostic d = find(diagnosticId, LockModeType.NONE);
        access.checkRead(d, actor);
        return previousOf(d).map(p -> followUps(p, language));
    }

    /** The id of the diagnostic whose plan is the previous plan of {@code diagnosticId}, if any (no access check). */
    @Transactional
    public Optional<Long> previousId(long diagnosticId) {
        Diagnostic d = Diagnostic.findById(diagnosticId);
        return d == null ? Optional.empty() : previousOf(d).map(p -> p.id);
    }

    /**
     * The follow-ups of every validated diagnostic of an organisation, oldest campaign first, for an account that may
     * read at least one of its diagnostics (the evolution page): the plans that account may follow up.
     */
    @Transactional
    public List<FollowUps> ofOrganization(long organizationId, String language, Actor actor) {
        List<Diagnostic> validated = Diagnostic.getEntityManager().createQuery("select d from Diagnostic d, Campaign c "
                + "where c.id = d.campaignId and d.organizationId = :org and d.status = :status "
                + "order by c.year, d.validatedAt", Diagnostic.class).setParameter("org", organizationId)
                .setParameter("status", DiagnosticStatus.VALIDATED).getResultList();
        return validated.stream().filter(d -> mayFollow(d, actor)).map(d -> followUps(d, language)).toList();
    }

    /**
     * Sets the follow-up of one action of a validated plan. Checks in order: who (404), the diagnostic validated
     * (409), the action in the plan (404), the version (428, 412), the content (422, every problem at once).
     */
    @Transactional
    public FollowUps.Action update(long diagnosticId, String actionKey, ExpectedVersion expected, Update update,
            Actor actor) {
        Diagnostic d = find(diagnosticId, LockModeType.PESSIMISTIC_WRITE);
        checkFollow(d, actor);
        if (d.status != DiagnosticStatus.VALIDATED) {
            throw new ConflictException("status", "Diagnostic " + diagnosticId + " is " + d.status.key()
                    + ": the actions of a plan are followed up once its diagnostic is validated.");
        }
        FollowUps current = followUps(d, null);
        if (current.action(actionKey).isEmpty()) {
            throw new ResourceNotFoundException("No action " + actionKey + " in the plan of diagnostic "
                    + diagnosticId + ".");
        }
        PlanFollowUp row = PlanFollowUp.find("diagnosticId = ?1 and actionKey = ?2", diagnosticId, actionKey)
                .firstResult();
        expected.check(row == null ? 0 : row.version, "the follow-up of action " + actionKey + " of diagnostic "
                + diagnosticId);
        List<FollowUpProblem> problems = new ArrayList<>();
        FollowUpStatus status = status(update.status(), problems);
        LocalDate today = LocalDate.now(PARIS);
        LocalDate date = update.date() == null ? today : update.date();
        if (date.isAfter(today)) {
            problems.add(new FollowUpProblem("date", FollowUpProblem.Code.DATE_IN_FUTURE));
        }
        String note = note(update.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFollowUpException(problems);
        }
        Instant now = Instants.now();
        if (row == null) {
            row = new PlanFollowUp();
            row.diagnosticId = diagnosticId;
            row.actionKey = actionKey;
            row.version = 1; // 0 names an action never followed up
        }
        row.status = status;
        row.statusDate = date;
        row.note = note;
        row.updatedBy = actor.label();
        row.updatedAt = now;
        row.persist();
        PlanFollowUpChange change = new PlanFollowUpChange();
        change.diagnosticId = diagnosticId;
        change.actionKey = actionKey;
        change.status = status;
        change.statusDate = date;
        change.note = note;
        change.changedBy = actor.label();
        change.changedAt = now;
        change.persist();
        PlanFollowUp.flush();
        return followUps(d, null).action(actionKey).orElseThrow();
    }

    /** The problems of a follow-up's content alone (status, date, note), as {@link #update} would find them. */
    public List<FollowUpProblem> check(Update update) {
        List<FollowUpProblem> problems = new ArrayList<>();
        status(update.status(), problems);
        if (update.date() != null && update.date().isAfter(LocalDate.now(PARIS))) {
            problems.add(new FollowUpProblem("date", FollowUpProblem.Code.DATE_IN_FUTURE));
        }
        note(update.note(), problems);
        return List.copyOf(problems);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static FollowUpStatus status(String key, List<FollowUpProblem> problems) {
        if (key == null || key.isBlank()) {
            problems.add(new FollowUpProblem("status", FollowUpProblem.Code.STATUS_REQUIRED));
            return null;
        }
        Optional<FollowUpStatus> status = FollowUpStatus.ofKey(key.trim());
        if (status.isEmpty()) {
            problems.add(new FollowUpProblem("status", FollowUpProblem.Code.STATUS_UNKNOWN));
        }
        return status.orElse(null);
    }

    private static String note(String text, List<FollowUpProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!ClientText.storable(text)) {
            problems.add(new FollowUpProblem("note", FollowUpProblem.Code.NOTE_UNSTORABLE));
            return null;
        }
        String note = text.strip();
        if (note.codePointCount(0, note.length()) > NOTE_MAX) {
            problems.add(new FollowUpProblem("note", FollowUpProblem.Code.NOTE_TOO_LONG));
        }
        return note;
    }

    private static Diagnostic find(long id, LockModeType lock) {
        Diagnostic d = Diagnostic.findById(id, lock);
        if (d == null) {
            throw new ResourceNotFoundException("No diagnostic " + id + ".");
        }
        return d;
    }

    /** 404 unless the actor may follow up the plan of {@code d} (see the class). */
    private void checkFollow(Diagnostic d, Actor actor) {
        if (!mayFollow(d, actor)) {
            throw new ResourceNotFoundException("No diagnostic " + d.id + ".");
        }
    }

    private boolean mayFollow(Diagnostic d, Actor actor) {
        if (access.canRead(d, actor)) {
            return true;
        }
        // the organisation's later diagnostics whose previous plan this is, read by the actor
        List<Diagnostic> later = Diagnostic.getEntityManager().createQuery("select d from Diagnostic d, Campaign c, "
                + "Campaign mine where c.id = d.campaignId and mine.id = :campaign and d.organizationId = :org "
                + "and c.year > mine.year", Diagnostic.class).setParameter("campaign", d.campaignId)
                .setParameter("org", d.organizationId).getResultList();
        return later.stream().anyMatch(next -> access.canRead(next, actor)
                && previousOf(next).map(p -> p.id.equals(d.id)).orElse(false));
    }

    private static Optional<Diagnostic> previousOf(Diagnostic d) {
        return Diagnostic.getEntityManager().createQuery("select p from Diagnostic p, Campaign c, Campaign mine "
                + "where c.id = p.campaignId and mine.id = :campaign and p.organizationId = :org "
                + "and p.status = :status and c.year < mine.year order by c.year desc, p.validatedAt desc, p.id desc",
                Diagnostic.class).setParameter("campaign", d.campaignId).setParameter("org", d.organizationId)
                .setParameter("status", DiagnosticStatus.VALIDATED).setMaxResults(1).getResultStream().findFirst();
    }

    private FollowUps followUps(Diagnostic d, String language) {
        PlanService.PlanState state = plans.get(d.id, false, READER);
        String lang = QuestionnaireViews.language(state.questionnaire(), language, List.of());
        PlanViews.PlanView view = PlanViews.of(state, false, lang);
        Map<String, PlanFollowUp> rows = new HashMap<>();
        PlanFollowUp.<PlanFollowUp>list("diagnosticId", d.id).forEach(r -> rows.put(r.actionKey, r));
        Map<String, List<FollowUps.Change>> history = new HashMap<>();
        PlanFollowUpChange.<PlanFollowUpChange>list("diagnosticId = ?1 order by changedAt, id", d.id)
                .forEach(c -> history.computeIfAbsent(c.actionKey, k -> new ArrayList<>()).add(
                        new FollowUps.Change(c.status, c.statusDate, c.note, c.changedBy, c.changedAt)));
        List<FollowUps.Action> actions = view.actions().stream().map(a -> {
            PlanFollowUp r = rows.get(a.id());
            return new FollowUps.Action(a.id(), a.rank(), a.question(), a.axis(), a.theme(), a.text(), a.custom(),
                    r == null ? FollowUpStatus.TODO : r.status, r == null ? null : r.statusDate,
                    r == null ? null : r.note, r == null ? null : r.updatedBy, r == null ? null : r.updatedAt,
                    r == null ? 0 : r.version, List.copyOf(history.getOrDefault(a.id(), List.of())));
        }).toList();
        Organization organization = state.diagnostic().organization();
        Campaign campaign = state.diagnostic().campaign();
        return new FollowUps(d.id, organization.id, organization.name, campaign.id, campaign.name, campaign.year,
                d.status == DiagnosticStatus.VALIDATED, d.validatedAt == null ? null
                        : d.validatedAt.atZone(PARIS).toLocalDate(), lang, actions);
    }
}
