package org.odmaturity.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticAccess;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.http.IfMatch;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.Answers;
import org.odmaturity.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The improvement plan of a diagnostic: the suggestion computed from its current answers, the curated plan stored by
 * its facilitator or an admin, and its peers. Reading follows the diagnostic's rules (respondents included); curating
 * and regenerating are for the assigned facilitator and admins. Writes lock the diagnostic row, so that two first
 * curations of one plan queue instead of racing, and need {@code If-Match} with the plan's version.
 */
@ApplicationScoped
public class PlanService {

    /** Everything a plan view or report is made of. */
    public record PlanState(DiagnosticService.State diagnostic, Answers answers, PlanGenerator.Suggestion suggestion,
            Plan plan, Peers peers) {

        public Questionnaire questionnaire() {
            return diagnostic.questionnaire().questionnaire();
        }
    }

    private final DiagnosticService diagnostics;
    private final DiagnosticAccess access;
    private final PeerComparison peers;

    public PlanService(DiagnosticService diagnostics, DiagnosticAccess access, PeerComparison peers) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.peers = peers;
    }

    /** The stored plan, or the suggestion when there is none (or when {@code suggested}). */
    @Transactional
    public PlanState get(long id, boolean suggested, Actor actor) {
        DiagnosticService.State state = diagnostics.get(id, actor);
        return planState(state, suggested);
    }

    /** Replaces the plan by the curator's (see {@link PlanCuration}). */
    @Transactional
    public PlanState curate(long id, String ifMatch, JsonNode body, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, ifMatch, actor);
        DiagnosticService.State state = diagnostics.get(id, actor);
        PlanState before = planState(state, false);
        List<Map<String, Object>> errors = new ArrayList<>();
        PlanCuration.Curation curation = PlanCuration.parse(body, before.questionnaire(), before.suggestion(),
                before.plan(), errors).orElseThrow(() -> new InvalidInputException("invalid-plan", "Invalid plan",
                        errors.size() + " problem(s) in the plan; nothing was changed.", errors));
        ImprovementPlan plan = stored != null ? stored : create(id, actor);
        Map<String, String> targets = new LinkedHashMap<>(before.plan().targets());
        curation.targets().forEach((axis, level) -> {
            if (level == null) {
                targets.remove(axis);
            } else {
                targets.put(axis, level);
            }
        });
        List<Plan.Item> items = new ArrayList<>();
        for (Plan.Item item : curation.items()) {
            if (item.key() == null) {
                item = new Plan.Item(PlanCuration.CUSTOM_PREFIX + plan.nextCustomNumber++, null, null, item.axisId(),
                        item.themeId(), item.text(), item.effort(), item.horizon(), item.owner(), item.dueDate());
            }
            items.add(item);
        }
        write(plan, targets, items, actor);
        return planState(state, false);
    }

    /** Replaces the plan by the suggestion of the current answers (owners, dates, custom actions and targets go). */
    @Transactional
    public PlanState regenerate(long id, String ifMatch, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, ifMatch, actor);
        DiagnosticService.State state = diagnostics.get(id, actor);
        PlanState before = planState(state, true);
        ImprovementPlan plan = stored != null ? stored : create(id, actor);
        write(plan, Map.of(), before.plan().items(), actor);
        return planState(state, false);
    }

    private ImprovementPlan lockForWrite(long id, String ifMatch, Actor actor) {
        Diagnostic d = Diagnostic.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResourceNotFoundException("No diagnostic " + id + ".");
        }
        access.checkManage(d, actor);
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(id);
        IfMatch.parse(ifMatch).check(stored == null ? 0 : stored.version, "the improvement plan of diagnostic " + id);
        return stored;
    }

    private static ImprovementPlan create(long diagnosticId, Actor actor) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.diagnosticId = diagnosticId;
        plan.createdBy = actor.label();
        plan.createdAt = now();
        plan.version = 1; // 0 names the plan never stored (see ImprovementPlan)
        return plan;
    }

    private static void write(ImprovementPlan plan, Map<String, String> targets, List<Plan.Item> items, Actor actor) {
        plan.updatedBy = actor.label();
        plan.updatedAt = now(); // always dirty: the version moves even when only actions change
        if (plan.id == null) {
            plan.persistAndFlush();
        } else {
            // removed and flushed first: a flush inserts before it deletes, and the new rows reuse keys and places
            PlanAction.<PlanAction>list("planId", plan.id).forEach(PlanAction::delete);
            PlanTarget.<PlanTarget>list("planId", plan.id).forEach(PlanTarget::delete);
            ImprovementPlan.flush();
        }
        int order = 0;
        for (Plan.Item item : items) {
            PlanAction action = new PlanAction();
            action.planId = plan.id;
            action.sortOrder = order++;
            action.actionKey = item.key();
            action.questionId = item.questionId();
            action.source = item.source();
            action.axisId = item.axisId();
            action.themeId = item.themeId();
            action.text = item.text();
            action.effort = item.effort();
            action.horizon = item.horizon();
            action.owner = item.owner();
            action.dueDate = item.dueDate();
            action.persist();
        }
        targets.forEach((axis, level) -> {
            PlanTarget target = new PlanTarget();
            target.planId = plan.id;
            target.axisId = axis;
            target.levelId = level;
            target.persist();
        });
        ImprovementPlan.flush();
    }

    private PlanState planState(DiagnosticService.State state, boolean suggested) {
        Questionnaire q = state.questionnaire().questionnaire();
        Answers answers = diagnostics.typed(q, state.answers().values());
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(q, state.score(), answers);
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(state.diagnostic().id);
        long version = stored == null ? 0 : stored.version;
        Plan plan = stored == null || suggested ? Plan.of(suggestion, version) : load(stored);
        return new PlanState(state, answers, suggestion, plan, peers.of(state));
    }

    private static Plan load(ImprovementPlan stored) {
        List<PlanAction> actions = PlanAction.list("planId = ?1 order by sortOrder", stored.id);
        List<PlanTarget> targets = PlanTarget.list("planId = ?1 order by axisId", stored.id);
        Map<String, String> byAxis = new LinkedHashMap<>();
        targets.forEach(t -> byAxis.put(t.axisId, t.levelId));
        return new Plan(true, stored.version, stored.updatedAt, stored.updatedBy, byAxis, actions.stream()
                .map(a -> new Plan.Item(a.actionKey, a.questionId, a.source, a.axisId, a.themeId, a.text, a.effort,
                        a.horizon, a.owner, a.dueDate))
                .toList());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
