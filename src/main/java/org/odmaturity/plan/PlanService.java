package org.odmaturity.plan;

import org.odmaturity.error.ExpectedVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.ResourceNotFoundException;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    public PlanState curate(long id, ExpectedVersion expected, JsonNode body, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, expected, actor);
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
    public PlanState regenerate(long id, ExpectedVersion expected, Actor actor) {
        ImprovementPlan stored = lockForWrite(id, expected, actor);
        DiagnosticService.State state = diagnostics.get(id, actor);
        PlanState before = planState(state, true);
        ImprovementPlan plan = stored != null ? stored : create(id, actor);
        write(plan, Map.of(), before.plan().items(), actor);
        return planState(state, false);
    }

    // ------------------------------------------------------------------------------------------ export and import

    /**
     * The curated plan of a diagnostic as its export carries it, or null when nobody curated it: the actions in order
     * in the shape of a PUT ({@code id}, {@code text}, {@code axis}, {@code theme}, {@code effort}, {@code horizon},
     * {@code owner}, {@code dueDate}: what the curator set, nothing resolved), with {@code question} and {@code custom}
     * as a GET gives them and {@code source} (the recommendation a suggested action was kept with); every target; the
     * plan's {@code version}, who created and last updated it and when, and the number of its next custom action.
     */
    public ObjectNode exportPlan(long diagnosticId) {
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(diagnosticId);
        if (stored == null) {
            return null;
        }
        Plan plan = load(stored);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", stored.version);
        node.put("createdBy", stored.createdBy);
        node.put("createdAt", stored.createdAt.toString());
        node.put("updatedBy", stored.updatedBy);
        node.put("updatedAt", stored.updatedAt.toString());
        node.put("nextCustomNumber", stored.nextCustomNumber);
        ObjectNode targets = node.putObject("targets");
        plan.targets().forEach(targets::put);
        ArrayNode actions = node.putArray("actions");
        for (Plan.Item item : plan.items()) {
            ObjectNode action = actions.addObject();
            action.put("id", item.key());
            if (item.custom()) {
                action.put("custom", true);
            } else {
                action.put("question", item.questionId());
                putIfSet(action, "source", item.source());
            }
            putIfSet(action, "text", item.text());
            putIfSet(action, "axis", item.axisId());
            putIfSet(action, "theme", item.themeId());
            putIfSet(action, "effort", item.effort() == null ? null : item.effort().key());
            putIfSet(action, "horizon", item.horizon() == null ? null : item.horizon().key());
            putIfSet(action, "owner", item.owner());
            putIfSet(action, "dueDate", item.dueDate() == null ? null : item.dueDate().toString());
        }
        return node;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /** The version of the stored plan of a diagnostic: 0 while nobody curated it. */
    public long version(long diagnosticId) {
        ImprovementPlan stored = ImprovementPlan.forDiagnostic(diagnosticId);
        return stored == null ? 0 : stored.version;
    }

    /** The {@code version} an export's plan says it had (0: not curated, or not said); no checks. */
    public static long exportedVersion(JsonNode plan) {
        JsonNode version = plan == null || !plan.isObject() ? null : plan.get("version");
        return version != null && version.isIntegralNumber() && version.canConvertToLong() ? version.longValue() : 0;
    }

    /** The plan of an export, checked (see {@link #checkImport}); {@code stored} is null when it was not curated. */
    public static final class PlanImport {
        private final PlanCuration.Stored stored;

        private PlanImport(PlanCuration.Stored stored) {
            this.stored = stored;
        }

        public boolean curated() {
            return stored != null;
        }
    }

    /**
     * Checks the {@code plan} of an export with the rules of a PUT (see {@link PlanCuration#parseStored}), against
     * the suggestion of the imported answers: the plan stored in diagnostic {@code into} when the export comes back
     * into it, else (a new diagnostic, {@code into} null) the plan the export says was stored. A missing or null plan
     * means not curated. Adds each problem to {@code errors} with its field ({@code plan.actions[2].dueDate}) and
     * returns null when there is one.
     */
    public PlanImport checkImport(JsonNode plan, Questionnaire q, ScoreCard card, Answers answers, Long into,
            List<Map<String, Object>> errors) {
        if (plan == null || plan.isNull()) {
            return new PlanImport(null);
        }
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(q, card, answers);
        Plan current = null;
        if (into != null) {
            ImprovementPlan stored = ImprovementPlan.forDiagnostic(into);
            current = stored == null ? Plan.of(suggestion, 0) : load(stored);
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        Optional<PlanCuration.Stored> read = PlanCuration.parseStored(plan, q, suggestion, current, problems);
        for (Map<String, Object> problem : problems) {
            Map<String, Object> relative = new LinkedHashMap<>(problem);
            String field = String.valueOf(problem.get("field"));
            relative.put("field", field.isEmpty() ? "plan" : "plan." + field);
            errors.add(relative);
        }
        return read.map(PlanImport::new).orElse(null);
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
                    exported.updatedAt() == null ? now() : exported.updatedAt());
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
        plan.createdAt = now();
        plan.version = 1; // 0 names the plan never stored (see ImprovementPlan)
        return plan;
    }

    private static void write(ImprovementPlan plan, Map<String, String> targets, List<Plan.Item> items, Actor actor) {
        write(plan, targets, items, actor.label(), now());
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

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
