package org.odmaturity.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticAccess;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.error.ExpectedVersion;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.security.Actor;
import org.odmaturity.time.Instants;

/**
 * The improvement plan of a diagnostic: the suggestion computed from its current answers, the curated plan stored by
 * its facilitator or an admin, and its peers. Reading follows the diagnostic's rules (respondents included); curating
 * and regenerating are for the assigned facilitator and admins. Writes lock the diagnostic row, so that two first
 * curations of one plan queue instead of racing, and need the plan's version as the writer read it. Commands and
 * results are typed: the JSON of the API and of exports is read and written by PlanEditJson and PlanExportJson.
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

    /**
     * Replaces the plan by the curator's: {@code edit} checked against the questionnaire, the suggestion and the
     * stored plan (see {@link PlanCuration}). Refused with {@link InvalidPlanException} (nothing changed) when it has
     * problems.
     */
    @Transactional
    public PlanState curate(long id, ExpectedVersion expected, PlanEdit edit, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, expected, actor);
        DiagnosticService.State state = diagnostics.get(id, actor);
        PlanState before = planState(state, false);
        List<PlanProblem> problems = new ArrayList<>();
        PlanCuration.Curation curation = PlanCuration.check(edit, before.questionnaire(), before.suggestion(),
                before.plan(), problems).orElseThrow(() -> new InvalidPlanException(problems));
        ImprovementPlan plan = stored != null ? stored : create(id, actor);
        Map<String, String> targets = new LinkedHashMap<>(before.plan().targets());
        curation.targets().forEach((axis, level) -> {
            if (level == null) {
                targets.remove(axis);
            } else {
                targets.put(axis, level);
            }
        });
        write(plan, targets, numbered(plan, curation.items()), actor);
        return planState(state, false);
    }

    /**
     * The problems {@link #curate} would refuse {@code edit} for, without changing anything; who may curate and the
     * expected version are checked first, as by {@code curate}.
     */
    @Transactional
    public List<PlanProblem> check(long id, ExpectedVersion expected, PlanEdit edit, Actor actor) {
        lockForWrite(id, expected, actor);
        PlanState before = planState(diagnostics.get(id, actor), false);
        List<PlanProblem> problems = new ArrayList<>();
        PlanCuration.check(edit, before.questionnaire(), before.suggestion(), before.plan(), problems);
        return List.copyOf(problems);
    }

    /** Replaces the plan by the suggestion of the current answers (owners, dates, custom actions and targets go). */
    @Transactional
    public PlanState regenerate(long id, ExpectedVersion expected, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, expected, actor);
        DiagnosticService.State state = diagnostics.get(id, actor);
        PlanState before = planState(state, true);
        ImprovementPlan plan = stored != null ? stored : create(id, actor);
        write(plan, Map.of(), before.plan().items(), actor);
        return planState(state, false);
    }

    // ------------------------------------------------------------------------------------------ export and import

    /** The curated plan of a diagnostic as its export carries it, or null when nobody curated it. */
    public ExportedPlan exportPlan(long diagnosticId) {
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(diagnosticId);
        if (stored == null) {
            return null;
        }
        Plan plan = load(stored);
        return new ExportedPlan(stored.version, stored.createdBy, stored.createdAt, stored.updatedBy,
                stored.updatedAt, stored.nextCustomNumber, plan.targets(), plan.items());
    }

    /** The version of the stored plan of a diagnostic: 0 while nobody curated it. */
    public long version(long diagnosticId) {
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(diagnosticId);
        return stored == null ? 0 : stored.version;
    }

    /** The plan of an export, checked (see {@link #checkImport}); not curated when its stored plan is null. */
    public static final class PlanImport {

        /** An export whose plan nobody curated. */
        public static final PlanImport NOT_CURATED = new PlanImport(null);

        private final PlanCuration.Stored stored;

        private PlanImport(PlanCuration.Stored stored) {
            this.stored = stored;
        }

        public boolean curated() {
            return stored != null;
        }
    }

    /** The plan of an import checked: to store ({@code plan}), or null and its problems. */
    public record ImportCheck(PlanImport plan, List<PlanProblem> problems) {
    }

    /**
     * Checks the plan of an export with the rules of a curation (see {@link PlanCuration#checkStored}), against the
     * suggestion of the imported answers: the plan stored in diagnostic {@code into} when the export comes back into
     * it, else (a new diagnostic, {@code into} null) the plan the export says was stored. Fields of the problems are
     * relative to the plan ({@code actions[2].id}).
     */
    public ImportCheck checkImport(ImportedPlan plan, Questionnaire q, ScoreCard card, Answers answers, Long into) {
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(q, card, answers);
        Plan current = null;
        if (into != null) {
            ImprovementPlan stored = ImprovementPlan.forDiagnostic(into);
            current = stored == null ? Plan.of(suggestion, 0) : load(stored);
        }
        List<PlanProblem> problems = new ArrayList<>();
        Optional<PlanCuration.Stored> checked = PlanCuration.checkStored(plan, q, suggestion, current, problems);
        return new ImportCheck(checked.map(PlanImport::new).orElse(null), List.copyOf(problems));
    }

    /**
     * Stores the plan of an import (checked by {@link #checkImport}, its answers stored). Into a new diagnostic: as
     * exported (who created and last updated it, when, the custom actions' numbers). Back into the diagnostic it came
     * from: replaces the stored plan if the export changed it (by the importer, now; new custom actions numbered
     * after the stored ones), else leaves it as it is (same version).
     */
    public void importPlan(long diagnosticId, PlanImport imported, boolean newDiagnostic, Actor actor) {
        if (imported == null || imported.stored == null) {
            return;
        }
        PlanCuration.Stored exported = imported.stored;
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(diagnosticId);
        if (newDiagnostic) {
            if (stored != null) {
                throw new IllegalStateException("diagnostic " + diagnosticId + " already has a plan");
            }
            ImprovementPlan plan = create(diagnosticId, actor);
            plan.createdBy = exported.createdBy() == null ? plan.createdBy : exported.createdBy();
            plan.createdAt = exported.createdAt() == null ? plan.createdAt : exported.createdAt();
            int highest = exported.curation().items().stream().mapToInt(i -> PlanCuration.customNumber(i.key()))
                    .max().orElse(0);
            plan.nextCustomNumber = exported.nextCustomNumber() == null ? highest + 1
                    : Math.max(exported.nextCustomNumber(), highest + 1);
            write(plan, exported.curation().targets(), numbered(plan, exported.curation().items()),
                    exported.updatedBy() == null ? actor.label() : exported.updatedBy(),
                    exported.updatedAt() == null ? Instants.now() : exported.updatedAt());
            return;
        }
        if (stored != null) {
            Plan current = load(stored);
            if (current.items().equals(exported.curation().items())
                    && current.targets().equals(exported.curation().targets())) {
                return; // unchanged: same version, same author
            }
        }
        ImprovementPlan plan = stored != null ? stored : create(diagnosticId, actor);
        write(plan, exported.curation().targets(), numbered(plan, exported.curation().items()), actor);
    }

    /** The items, new custom actions (no key yet) numbered from the plan's next custom number. */
    private static List<Plan.Item> numbered(ImprovementPlan plan, List<Plan.Item> items) {
        List<Plan.Item> numbered = new ArrayList<>();
        for (Plan.Item item : items) {
            if (item.key() == null) {
                item = new Plan.Item(PlanCuration.CUSTOM_PREFIX + plan.nextCustomNumber++, null, null, item.axisId(),
                        item.themeId(), item.text(), item.effort(), item.horizon(), item.owner(), item.dueDate());
            }
            numbered.add(item);
        }
        return numbered;
    }

    private ImprovementPlan lockForWrite(long id, ExpectedVersion expected, Actor actor) {
        Diagnostic d = Diagnostic.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResourceNotFoundException("No diagnostic " + id + ".");
        }
        access.checkManage(d, actor);
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(id);
        expected.check(stored == null ? 0 : stored.version, "the improvement plan of diagnostic " + id);
        return stored;
    }

    private static ImprovementPlan create(long diagnosticId, Actor actor) {
        ImprovementPlan plan = new ImprovementPlan();
        plan.diagnosticId = diagnosticId;
        plan.createdBy = actor.label();
        plan.createdAt = Instants.now();
        plan.version = 1; // 0 names the plan never stored (see ImprovementPlan)
        return plan;
    }

    private static void write(ImprovementPlan plan, Map<String, String> targets, List<Plan.Item> items, Actor actor) {
        write(plan, targets, items, actor.label(), Instants.now());
    }

    private static void write(ImprovementPlan plan, Map<String, String> targets, List<Plan.Item> items,
            String updatedBy, Instant updatedAt) {
        plan.updatedBy = updatedBy;
        plan.updatedAt = updatedAt; // a new instant: always dirty, the version moves even when only actions change
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
}
