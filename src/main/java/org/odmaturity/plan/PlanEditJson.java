package org.odmaturity.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.odmaturity.http.JsonTextRules;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the body of {@code PUT /api/diagnostics/{id}/plan} into a {@link PlanEdit}: absent and null alike, texts
 * trimmed (blank: not set), unknown fields, types, sizes and unstorable text reported with the field they are about
 * ({@code actions[2].dueDate}). The fields a GET returns but that cannot be changed (rank, gain…) are accepted and
 * ignored, so that a client can send back the actions it read. Whether ids, axes, themes and levels exist is the
 * service's question ({@link PlanProblem}); {@link Read#refusal} puts both kinds of errors in one list.
 */
final class PlanEditJson {

    static final int MAX_ACTIONS = 500;
    private static final Set<String> TOP_FIELDS = Set.of("actions", "targets");
    private static final Set<String> ACTION_FIELDS = Set.of("id", "text", "axis", "theme", "effort", "horizon",
            "owner", "dueDate");
    private static final Set<String> READ_ONLY_FIELDS = Set.of("rank", "question", "custom", "gain", "priority",
            "quickWin", "status");

    /** A body read: the edit (unreadable fields left out) and what could not be read. */
    record Read(PlanEdit edit, PlanJsonProblems problems) {

        /** Whether the whole body could be read. */
        public boolean readable() {
            return problems.isEmpty();
        }

        /** The 422 for an unreadable body, with the service's problems of what could be read ({@code check}). */
        public InvalidPlanException refusal(List<PlanProblem> checked) {
            return new InvalidPlanException(checked, problems.merge(checked));
        }
    }

    private PlanEditJson() {
    }

    public static Read read(JsonNode body) {
        PlanJsonProblems problems = new PlanJsonProblems();
        if (body == null || !body.isObject()) {
            problems.top("body", "the body is an object {\"actions\": [ … ], \"targets\": { … }}");
            return new Read(new PlanEdit(List.of(), List.of()), problems);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                problems.top(name, "unknown field '" + name + "' (allowed: actions, targets)");
            }
        }
        List<PlanEdit.Target> targets = targets(body.get("targets"), problems);
        List<PlanEdit.Action> actions = actions(body.get("actions"), false, problems);
        return new Read(new PlanEdit(actions, targets), problems);
    }

    /** The targets: axis → level id, null for the default; a value that is not a text is no level (""). */
    static List<PlanEdit.Target> targets(JsonNode node, PlanJsonProblems problems) {
        List<PlanEdit.Target> targets = new ArrayList<>();
        if (node == null || node.isNull()) {
            return targets;
        }
        if (!node.isObject()) {
            problems.targets("targets", "targets is an object {\"<axis id>\": \"<level id>\"}");
            return targets;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            targets.add(new PlanEdit.Target(field.getKey(), value.isNull() ? null
                    : value.isTextual() ? value.textValue() : ""));
        }
        return targets;
    }

    /**
     * The actions in order; one that is not an object keeps its place, empty (its problem is reported).
     *
     * @param sourced true: {@code source} is a known field (an export's plan)
     */
    static List<PlanEdit.Action> actions(JsonNode node, boolean sourced, PlanJsonProblems problems) {
        List<PlanEdit.Action> actions = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.actions("actions", "actions is required: the list of the plan's actions in order ([] for none)");
            return actions;
        }
        if (node.size() > MAX_ACTIONS) {
            problems.actions("actions", "at most " + MAX_ACTIONS + " actions");
            return actions;
        }
        for (int i = 0; i < node.size(); i++) {
            actions.add(action(node.get(i), i, sourced, problems));
        }
        return actions;
    }

    private static PlanEdit.Action action(JsonNode item, int i, boolean sourced, PlanJsonProblems problems) {
        String field = "actions[" + i + "]";
        if (!item.isObject()) {
            problems.action(i, field, "each action is an object {\"id\": …} or {\"text\": …}");
            return new PlanEdit.Action(null, null, null, null, null, null, null, null);
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ACTION_FIELDS.contains(name) && !READ_ONLY_FIELDS.contains(name)
                    && !(sourced && name.equals("source"))) {
                problems.action(i, field + "." + name, "unknown field '" + name + "' (allowed: "
                        + String.join(", ", new TreeSet<>(ACTION_FIELDS)) + ")");
            }
        }
        Fields f = new Fields(item, i, field, problems);
        return new PlanEdit.Action(f.string("id", 200), f.string("text", PlanEdit.MAX_TEXT), f.string("axis", 100),
                f.string("theme", 100), f.key("effort", Effort::fromKey, "low, medium, high"),
                f.key("horizon", Horizon::fromKey, "short, medium, long"), f.string("owner", PlanEdit.MAX_OWNER),
                f.date("dueDate"));
    }

    /** The fields of one action, each problem reported with its place. */
    private record Fields(JsonNode item, int index, String field, PlanJsonProblems problems) {

        /** A text field: absent, null or blank → null; trimmed. */
        String string(String name, int max) {
            JsonNode node = item.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                return refuse(name, name + " is a text");
            }
            String problem = JsonTextRules.problem(node.textValue());
            if (problem != null) {
                return refuse(name, problem);
            }
            String text = node.textValue().trim();
            if (text.codePointCount(0, text.length()) > max) {
                return refuse(name, name + " has at most " + max + " characters");
            }
            return text.isEmpty() ? null : text;
        }

        <T> T key(String name, Function<String, Optional<T>> parse, String known) {
            JsonNode node = item.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            Optional<T> value = node.isTextual() ? parse.apply(node.textValue()) : Optional.empty();
            return value.isPresent() ? value.get() : refuse(name, name + " is one of " + known);
        }

        LocalDate date(String name) {
            JsonNode node = item.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                if (node.isTextual()) {
                    LocalDate date = LocalDate.parse(node.textValue());
                    if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                        return date;
                    }
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            return refuse(name, name + " is a date YYYY-MM-DD between 2000 and 2100");
        }

        private <T> T refuse(String name, String message) {
            problems.action(index, field + "." + name, message);
            return null;
        }
    }
}
