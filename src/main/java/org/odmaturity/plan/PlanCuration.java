package org.odmaturity.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the body of {@code PUT /api/diagnostics/{id}/plan} against the questionnaire, the current suggestion and the
 * stored plan, collecting every problem with the field it is about ({@code actions[2].dueDate}, {@code targets.piloter}).
 * The fields a GET returns but that cannot be changed (rank, gain…) are accepted and ignored, so that a client can send
 * back the actions it read.
 */
final class PlanCuration {

    static final int MAX_ACTIONS = 500;
    static final int MAX_TEXT = 2000;
    static final int MAX_OWNER = 200;
    static final String CUSTOM_PREFIX = "custom-";
    private static final Set<String> TOP_FIELDS = Set.of("actions", "targets");
    private static final Set<String> ACTION_FIELDS = Set.of("id", "text", "axis", "theme", "effort", "horizon", "owner",
            "dueDate");
    private static final Set<String> READ_ONLY_FIELDS = Set.of("rank", "question", "custom", "gain", "priority",
            "quickWin", "status");

    /**
     * What the curator sent.
     *
     * @param items   the actions in order; a new custom action has a null key
     * @param targets the targets to change: axis id → level id, or null to return to the default
     */
    record Curation(List<Plan.Item> items, Map<String, String> targets) {
    }

    private PlanCuration() {
    }

    static Optional<Curation> parse(JsonNode body, Questionnaire q, PlanGenerator.Suggestion suggestion, Plan current,
            List<Map<String, Object>> errors) {
        if (body == null || !body.isObject()) {
            errors.add(error("body", "the body is an object {\"actions\": [ … ], \"targets\": { … }}"));
            return Optional.empty();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                errors.add(error(name, "unknown field '" + name + "' (allowed: actions, targets)"));
            }
        }
        Map<String, String> targets = targets(body.get("targets"), q, errors);
        List<Plan.Item> items = actions(body.get("actions"), q, suggestion, current, errors);
        return errors.isEmpty() ? Optional.of(new Curation(items, targets)) : Optional.empty();
    }

    private static Map<String, String> targets(JsonNode node, Questionnaire q, List<Map<String, Object>> errors) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return targets;
        }
        if (!node.isObject()) {
            errors.add(error("targets", "targets is an object {\"<axis id>\": \"<level id>\"}"));
            return targets;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String axis = field.getKey();
            String path = "targets." + axis;
            if (q.axes().stream().noneMatch(a -> a.id().equals(axis))) {
                errors.add(error(path, "no axis '" + axis + "' (axes: " + ids(q.axes().stream().map(Axis::id)
                        .toList()) + ")"));
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                targets.put(axis, null);
            } else if (!value.isTextual() || q.level(value.textValue()).isEmpty()) {
                errors.add(error(path, "the target is a level id (levels: " + ids(q.levels().stream()
                        .map(l -> l.id()).toList()) + ") or null for the default"));
            } else {
                targets.put(axis, value.textValue());
            }
        }
        return targets;
    }

    private static List<Plan.Item> actions(JsonNode node, Questionnaire q, PlanGenerator.Suggestion suggestion,
            Plan current, List<Map<String, Object>> errors) {
        List<Plan.Item> items = new ArrayList<>();
        if (node == null || !node.isArray()) {
            errors.add(error("actions", "actions is required: the list of the plan's actions in order ([] for none)"));
            return items;
        }
        if (node.size() > MAX_ACTIONS) {
            errors.add(error("actions", "at most " + MAX_ACTIONS + " actions"));
            return items;
        }
        Map<String, Plan.Item> stored = new HashMap<>();
        current.items().forEach(i -> stored.put(i.key(), i));
        Map<String, Question> questions = q.questionsById();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "actions[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(error(field, "each action is an object {\"id\": …} or {\"text\": …}"));
                continue;
            }
            int before = errors.size();
            for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!ACTION_FIELDS.contains(name) && !READ_ONLY_FIELDS.contains(name)) {
                    errors.add(error(field + "." + name, "unknown field '" + name + "' (allowed: "
                            + String.join(", ", new TreeSet<>(ACTION_FIELDS)) + ")"));
                }
            }
            String id = string(item, "id", field, 200, errors);
            String text = string(item, "text", field, MAX_TEXT, errors);
            String axis = string(item, "axis", field, 100, errors);
            String theme = string(item, "theme", field, 100, errors);
            Effort effort = key(item, "effort", field, errors, Effort::fromKey, "low, medium, high");
            Horizon horizon = key(item, "horizon", field, errors, Horizon::fromKey, "short, medium, long");
            String owner = string(item, "owner", field, MAX_OWNER, errors);
            LocalDate dueDate = date(item, field, errors);
            if (id != null && !seen.add(id)) {
                errors.add(error(field + ".id", "action '" + id + "' appears twice"));
                continue;
            }
            if (id != null && id.startsWith(SuggestedAction.KEY_PREFIX)) {
                SuggestedAction suggested = suggestion.action(id).orElse(null);
                Plan.Item kept = stored.get(id);
                Question question = questions.get(id.substring(SuggestedAction.KEY_PREFIX.length()));
                if (question == null || suggested == null && (kept == null || kept.custom())) {
                    errors.add(error(field + ".id", "no suggested action '" + id + "' in this plan or in the current "
                            + "suggestion"));
                    continue;
                }
                Theme ownTheme = themeOf(q, question.id());
                Axis ownAxis = axisOfTheme(q, ownTheme.id());
                if (axis != null && !axis.equals(ownAxis.id())) {
                    errors.add(error(field + ".axis", "a suggested action stays in the axis of its question ('"
                            + ownAxis.id() + "')"));
                }
                if (theme != null && !theme.equals(ownTheme.id())) {
                    errors.add(error(field + ".theme", "a suggested action stays in the theme of its question ('"
                            + ownTheme.id() + "')"));
                }
                String source = suggested != null ? suggested.source() : kept.source();
                Plan.Item base = new Plan.Item(id, question.id(), source, ownAxis.id(), ownTheme.id(), null, null, null,
                        null, null);
                Recommendation recommendation = ResolvedAction.recommendation(base, question, suggested);
                // the questionnaire's own wording (in any language, for any answer) is not a rewording
                String override = text == null || questionnaireTexts(question).contains(text) ? null : text;
                Effort effortOverride = recommendation != null && effort == recommendation.effort() ? null : effort;
                Horizon horizonOverride = recommendation != null && horizon == recommendation.horizon() ? null
                        : horizon;
                if (errors.size() == before) {
                    items.add(new Plan.Item(id, question.id(), source, ownAxis.id(), ownTheme.id(), override,
                            effortOverride, horizonOverride, owner, dueDate));
                }
                continue;
            }
            if (id != null && !(id.startsWith(CUSTOM_PREFIX) && stored.containsKey(id) && stored.get(id).custom())) {
                errors.add(error(field + ".id", "no action '" + id + "' in this plan (a new custom action has no id)"));
                continue;
            }
            if (text == null) {
                errors.add(error(field + ".text", "a custom action needs its text"));
            }
            Axis ownAxis = null;
            if (axis != null) {
                ownAxis = q.axes().stream().filter(a -> a.id().equals(axis)).findFirst().orElse(null);
                if (ownAxis == null) {
                    errors.add(error(field + ".axis", "no axis '" + axis + "' (axes: " + ids(q.axes().stream()
                            .map(Axis::id).toList()) + ")"));
                }
            }
            String themeId = null;
            if (theme != null) {
                Theme found = q.axes().stream().flatMap(a -> a.themes().stream()).filter(t -> t.id().equals(theme))
                        .findFirst().orElse(null);
                if (found == null) {
                    errors.add(error(field + ".theme", "no theme '" + theme + "'"));
                } else if (ownAxis != null && ownAxis.themes().stream().noneMatch(t -> t.id().equals(theme))) {
                    errors.add(error(field + ".theme", "theme '" + theme + "' is not in axis '" + axis + "'"));
                } else {
                    themeId = found.id();
                    if (ownAxis == null && axis == null) {
                        ownAxis = axisOfTheme(q, themeId);
                    }
                }
            }
            if (errors.size() == before) {
                items.add(new Plan.Item(id, null, null, ownAxis == null ? null : ownAxis.id(), themeId, text, effort,
                        horizon, owner, dueDate));
            }
        }
        return items;
    }

    /** Every recommendation text of a question (its own and its options'), in every language, trimmed. */
    private static Set<String> questionnaireTexts(Question question) {
        Set<String> texts = new HashSet<>();
        List<Recommendation> recommendations = new ArrayList<>();
        recommendations.add(question.recommendation());
        question.options().forEach(o -> recommendations.add(o.recommendation()));
        recommendations.stream().filter(r -> r != null && r.action() != null)
                .forEach(r -> r.action().values().values().forEach(t -> texts.add(t.trim())));
        return texts;
    }

    private static Theme themeOf(Questionnaire q, String questionId) {
        return q.axes().stream().flatMap(a -> a.themes().stream())
                .filter(t -> t.questions().stream().anyMatch(x -> x.id().equals(questionId))).findFirst()
                .orElseThrow();
    }

    private static Axis axisOfTheme(Questionnaire q, String themeId) {
        return q.axes().stream().filter(a -> a.themes().stream().anyMatch(t -> t.id().equals(themeId))).findFirst()
                .orElseThrow();
    }

    /** A text field: absent, null or blank → null; trimmed. */
    private static String string(JsonNode item, String name, String field, int max, List<Map<String, Object>> errors) {
        JsonNode node = item.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(error(field + "." + name, name + " is a text"));
            return null;
        }
        String text = node.textValue().trim();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(error(field + "." + name, name + " has at most " + max + " characters"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static <T> T key(JsonNode item, String name, String field, List<Map<String, Object>> errors,
            java.util.function.Function<String, Optional<T>> parse, String known) {
        JsonNode node = item.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        Optional<T> value = node.isTextual() ? parse.apply(node.textValue()) : Optional.empty();
        if (value.isEmpty()) {
            errors.add(error(field + "." + name, name + " is one of " + known));
            return null;
        }
        return value.get();
    }

    private static LocalDate date(JsonNode item, String field, List<Map<String, Object>> errors) {
        JsonNode node = item.get("dueDate");
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
        errors.add(error(field + ".dueDate", "dueDate is a date YYYY-MM-DD between 2000 and 2100"));
        return null;
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }

    static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
