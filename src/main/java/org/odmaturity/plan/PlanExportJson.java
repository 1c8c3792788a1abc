package org.odmaturity.plan;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.odmaturity.http.JsonTextRules;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code plan} of a diagnostic's export as JSON, both ways: written from an {@link ExportedPlan}, read back into an
 * {@link ImportedPlan} (with the rules of a PUT, see {@link PlanEditJson}, plus what only a stored plan has) and
 * checked by {@link PlanService#checkImport}. The JSON shape lives here so that the service stays typed.
 */
public final class PlanExportJson {

    private static final int MAX_WHO = 300;
    private static final Set<String> STORED_FIELDS = Set.of("actions", "targets", "version", "createdBy", "createdAt",
            "updatedBy", "updatedAt", "nextCustomNumber");

    private PlanExportJson() {
    }

    /**
     * The plan as its export carries it, or null when nobody curated it: the actions in order in the shape of a PUT
     * ({@code id}, {@code text}, {@code axis}, {@code theme}, {@code effort}, {@code horizon}, {@code owner}, {@code
     * dueDate}: what the curator set, nothing resolved), with {@code question} and {@code custom} as a GET gives them
     * and {@code source} (the recommendation a suggested action was kept with); every target; the plan's {@code
     * version}, who created and last updated it and when, and the number of its next custom action.
     */
    public static ObjectNode write(ExportedPlan plan) {
        if (plan == null) {
            return null;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("version", plan.version());
        node.put("createdBy", plan.createdBy());
        node.put("createdAt", plan.createdAt().toString());
        node.put("updatedBy", plan.updatedBy());
        node.put("updatedAt", plan.updatedAt().toString());
        node.put("nextCustomNumber", plan.nextCustomNumber());
        ObjectNode targets = node.putObject("targets");
        plan.targets().forEach(targets::put);
        ArrayNode actions = node.putArray("actions");
        for (Plan.Item item : plan.actions()) {
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

    /** The {@code version} an export's plan says it had (0: not curated, or not said); no checks. */
    public static long version(JsonNode plan) {
        JsonNode version = plan == null || !plan.isObject() ? null : plan.get("version");
        return version != null && version.isIntegralNumber() && version.canConvertToLong() ? version.longValue() : 0;
    }

    /**
     * Reads and checks the {@code plan} of an export (see {@link PlanService#checkImport}); a missing or null plan
     * means not curated. Adds each problem to {@code errors} with its field ({@code plan.actions[2].dueDate}) and
     * returns null when there is one.
     */
    public static PlanService.PlanImport checkImport(PlanService plans, JsonNode plan, Questionnaire q,
            ScoreCard card, Answers answers, Long into, List<Map<String, Object>> errors) {
        if (plan == null || plan.isNull()) {
            return PlanService.PlanImport.NOT_CURATED;
        }
        PlanJsonProblems problems = new PlanJsonProblems();
        ImportedPlan read = read(plan, problems);
        if (read == null) {
            errors.addAll(PlanJsonProblems.prefixed("plan", problems.merge(List.of())));
            return null;
        }
        PlanService.ImportCheck checked = plans.checkImport(read, q, card, answers, into);
        errors.addAll(PlanJsonProblems.prefixed("plan", problems.merge(checked.problems())));
        return problems.isEmpty() ? checked.plan() : null;
    }

    /**
     * The plan of an export: the body of a PUT (its {@code actions}, with their {@code source}, and {@code targets}),
     * plus its {@code version}, who created and last updated it and when, and the number of its next custom action.
     * Null when nothing can be read: not an object, or a text that cannot be stored (no NUL character, no lone
     * surrogate: see JsonTextRules) anywhere in it.
     */
    static ImportedPlan read(JsonNode body, PlanJsonProblems problems) {
        if (!body.isObject()) {
            problems.top("", "the plan is null (not curated) or an object {\"actions\": [ … ], \"targets\": { … }, "
                    + "\"version\": …}");
            return null;
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!STORED_FIELDS.contains(name)) {
                problems.top(name, "unknown field '" + name + "' (allowed: " + String.join(", ",
                        new TreeSet<>(STORED_FIELDS)) + ")");
            }
        }
        if (!storable(body, "", problems)) {
            return null; // reported where they are; nothing else is read
        }
        Long version = number(body, "version", 0, Long.MAX_VALUE, problems);
        Long next = number(body, "nextCustomNumber", 1, Integer.MAX_VALUE, problems);
        String createdBy = text(body, "createdBy", problems);
        String updatedBy = text(body, "updatedBy", problems);
        Instant createdAt = instant(body, "createdAt", problems);
        Instant updatedAt = instant(body, "updatedAt", problems);
        List<ImportedPlan.Source> sources = new ArrayList<>();
        JsonNode actions = body.get("actions");
        if (actions != null && actions.isArray()) {
            for (int i = 0; i < actions.size(); i++) {
                JsonNode item = actions.get(i);
                if (item.isObject()) {
                    JsonNode id = item.get("id");
                    JsonNode source = item.get("source");
                    sources.add(new ImportedPlan.Source(i, id != null && id.isTextual() ? id.textValue() : null,
                            source == null || source.isNull() ? null : source.isTextual() ? source.textValue() : ""));
                }
            }
        }
        PlanEdit edit = new PlanEdit(PlanEditJson.actions(actions, true, problems),
                PlanEditJson.targets(body.get("targets"), problems));
        return new ImportedPlan(edit, sources, version, createdBy, createdAt, updatedBy, updatedAt, next);
    }

    /** Whether every text of the tree can be stored; each one that cannot is reported where it is. */
    private static boolean storable(JsonNode node, String path, PlanJsonProblems problems) {
        boolean storable = true;
        if (node.isTextual()) {
            String problem = JsonTextRules.problem(node.textValue());
            if (problem != null) {
                problems.top(path, problem);
                storable = false;
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                storable &= storable(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> f = fields.next();
                storable &= storable(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), problems);
            }
        }
        return storable;
    }

    private static Long number(JsonNode body, String name, long min, long max, PlanJsonProblems problems) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            problems.top(name, name + " is a whole number from " + min);
            return null;
        }
        return node.longValue();
    }

    private static String text(JsonNode body, String name, PlanJsonProblems problems) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().length() > MAX_WHO) {
            problems.top(name, name + " is a text of at most " + MAX_WHO + " characters");
            return null;
        }
        return node.textValue();
    }

    private static Instant instant(JsonNode body, String name, PlanJsonProblems problems) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            if (node.isTextual()) {
                Instant instant = Instant.parse(node.textValue()).truncatedTo(ChronoUnit.MICROS);
                if (instant.isAfter(Instant.parse("2000-01-01T00:00:00Z"))
                        && instant.isBefore(Instant.parse("2101-01-01T00:00:00Z"))) {
                    return instant;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.top(name, name + " is an instant (ISO 8601, e.g. 2026-05-04T09:12:00Z) between 2000 and 2100");
        return null;
    }
}
