package org.odmaturity.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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

import org.odmaturity.http.JsonTextRules;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.Theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    static final int MAX_WHO = 300;
    static final String CUSTOM_PREFIX = "custom-";
    private static final Set<String> TOP_FIELDS = Set.of("actions", "targets");
    private static final Set<String> STORED_FIELDS = Set.of("actions", "targets", "version", "createdBy", "createdAt",
            "updatedBy", "updatedAt", "nextCustomNumber");
    private static final String CURRENT_PLAN = "in this plan or in the current suggestion";
    private static final String STORED_PLAN = "in the diagnostic's stored plan or in the suggestion of the imported "
            + "answers";
    private static final String EXPORTED_PLAN = "in the suggestion of the imported answers, nor kept in the exported "
            + "plan (a kept action carries the \"source\" of its recommendation)";
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
        List<Plan.Item> items = actions(body.get("actions"), q, suggestion, current, errors, CURRENT_PLAN, false);
        return errors.isEmpty() ? Optional.of(new Curation(items, targets)) : Optional.empty();
    }

    /**
     * A stored plan as an export carries it (see {@code DiagnosticTransfer}), read with the rules of
     * {@link #parse}.
     *
     * @param version          the plan's version when exported (0: never curated then)
     * @param nextCustomNumber the number of the next custom action, or null when the export does not say
     * @param curation         the actions in order (new custom actions have a null key) and every target (no null)
     */
    record Stored(Curation curation, long version, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt, Integer nextCustomNumber) {
    }

    /**
     * Reads the {@code plan} of an export: the body of a PUT (its {@code actions} and {@code targets}), plus what only
     * a stored plan has: its {@code version}, who created and last updated it and when, the number of its next custom
     * action, and for each suggested action the recommendation it was kept with ({@code source}). The actions are
     * checked as a PUT checks them, against the suggestion of the imported answers and {@code current}: the plan
     * stored in the diagnostic the export comes back into, or, when null (a new diagnostic), the plan the export says
     * was stored: its custom actions, and its suggested actions that carry a valid {@code source}. Unlike a PUT, the
     * targets are the whole set (an axis left out gets the default) and an effort or a horizon is stored as given
     * (the export carries the curator's overrides, not the recommendation's values). Fields of the problems are
     * relative to the plan ({@code actions[2].dueDate}, {@code targets.piloter}, {@code version}; the plan itself: "").
     */
    static Optional<Stored> parseStored(JsonNode body, Questionnaire q, PlanGenerator.Suggestion suggestion,
            Plan current, List<Map<String, Object>> errors) {
        int before = errors.size();
        if (body == null || !body.isObject()) {
            errors.add(error("", "the plan is null (not curated) or an object {\"actions\": [ … ], \"targets\": { … }, "
                    + "\"version\": …}"));
            return Optional.empty();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!STORED_FIELDS.contains(name)) {
                errors.add(error(name, "unknown field '" + name + "' (allowed: " + String.join(", ",
                        new TreeSet<>(STORED_FIELDS)) + ")"));
            }
        }
        int checked = errors.size();
        storable(body, "", errors);
        if (errors.size() > checked) {
            return Optional.empty(); // reported where they are; nothing else is read
        }
        Long version = number(body, "version", 0, Long.MAX_VALUE, errors);
        Long next = number(body, "nextCustomNumber", 1, Integer.MAX_VALUE, errors);
        String createdBy = text(body, "createdBy", errors);
        String updatedBy = text(body, "updatedBy", errors);
        Instant createdAt = instant(body, "createdAt", errors);
        Instant updatedAt = instant(body, "updatedAt", errors);

        // the recommendation each suggested action was kept with: not a field of a PUT, checked and set aside here
        JsonNode actions = body.get("actions");
        Map<String, String> sources = new HashMap<>();
        List<Plan.Item> exported = new ArrayList<>();
        if (actions != null && actions.isArray()) {
            actions = actions.deepCopy();
            Map<String, Question> questions = q.questionsById();
            for (int i = 0; i < actions.size(); i++) {
                if (!(actions.get(i) instanceof ObjectNode item)) {
                    continue;
                }
                JsonNode idNode = item.get("id");
                String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
                Question question = id != null && id.startsWith(SuggestedAction.KEY_PREFIX)
                        ? questions.get(id.substring(SuggestedAction.KEY_PREFIX.length())) : null;
                JsonNode source = item.remove("source");
                if (source != null && !source.isNull()) {
                    if (question == null) {
                        errors.add(error("actions[" + i + "].source", "only a suggested action (\"id\": \"q:…\" of a "
                                + "question) has a source"));
                    } else if (!source.isTextual() || !validSource(question, source.textValue())) {
                        errors.add(error("actions[" + i + "].source", "source is 'question' or 'option:<id>' of an "
                                + "option of question '" + question.id() + "'"));
                    } else {
                        sources.put(id, source.textValue());
                        Theme theme = themeOf(q, question.id());
                        exported.add(new Plan.Item(id, question.id(), source.textValue(), axisOfTheme(q, theme.id()).id(),
                                theme.id(), null, null, null, null, null));
                    }
                } else if (id != null && customNumber(id) > 0) {
                    exported.add(new Plan.Item(id, null, null, null, null, null, null, null, null, null));
                }
            }
        }
        Map<String, String> targets = targets(body.get("targets"), q, errors);
        targets.values().removeIf(java.util.Objects::isNull);
        Plan kept = current != null ? current : new Plan(true, version == null ? 0 : version, null, null, Map.of(),
                exported);
        List<Plan.Item> items = actions(actions, q, suggestion, kept, errors,
                current != null ? STORED_PLAN : EXPORTED_PLAN, true);
        items = items.stream().map(i -> sources.containsKey(i.key()) ? new Plan.Item(i.key(), i.questionId(),
                sources.get(i.key()), i.axisId(), i.themeId(), i.text(), i.effort(), i.horizon(), i.owner(),
                i.dueDate()) : i).toList();
        int highest = items.stream().mapToInt(i -> i.key() == null ? 0 : customNumber(i.key())).max().orElse(0);
        if (next != null && current == null && next <= highest) {
            errors.add(error("nextCustomNumber", "nextCustomNumber is greater than the number of every custom action "
                    + "(custom-" + highest + ")"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Stored(new Curation(items, targets), version == null ? 0 : version, createdBy,
                createdAt, updatedBy, updatedAt, next == null ? null : next.intValue()));
    }

    /** Every text of the tree must be storable (no NUL character, no lone surrogate: see JsonTextRules). */
    private static void storable(JsonNode node, String path, List<Map<String, Object>> errors) {
        if (node.isTextual()) {
            String problem = JsonTextRules.problem(node.textValue());
            if (problem != null) {
                errors.add(error(path, problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                storable(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> storable(f.getValue(), path.isEmpty() ? f.getKey()
                    : path + "." + f.getKey(), errors));
        }
    }

    /** The number n of {@code custom-<n>}, else 0. */
    static int customNumber(String key) {
        if (key == null || !key.startsWith(CUSTOM_PREFIX)) {
            return 0;
        }
        String digits = key.substring(CUSTOM_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.startsWith("0")) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    private static boolean validSource(Question question, String source) {
        return "question".equals(source) || source.startsWith("option:")
                && question.option(source.substring("option:".length())).isPresent();
    }

    private static Long number(JsonNode body, String name, long min, long max, List<Map<String, Object>> errors) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            errors.add(error(name, name + " is a whole number from " + min));
            return null;
        }
        return node.longValue();
    }

    private static String text(JsonNode body, String name, List<Map<String, Object>> errors) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank() || node.textValue().length() > MAX_WHO) {
            errors.add(error(name, name + " is a text of at most " + MAX_WHO + " characters"));
            return null;
        }
        return node.textValue();
    }

    private static Instant instant(JsonNode body, String name, List<Map<String, Object>> errors) {
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
        errors.add(error(name, name + " is an instant (ISO 8601, e.g. 2026-05-04T09:12:00Z) between 2000 and 2100"));
        return null;
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

    /**
     * @param where   where a suggested action that is not in the suggestion may come from, for the problem's message
     * @param asGiven true: effort and horizon are stored as given; false (a PUT): only when they differ from the
     *                recommendation's
     */
    private static List<Plan.Item> actions(JsonNode node, Questionnaire q, PlanGenerator.Suggestion suggestion,
            Plan current, List<Map<String, Object>> errors, String where, boolean asGiven) {
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
                    errors.add(error(field + ".id", "no suggested action '" + id + "' " + where));
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
                Effort effortOverride = !asGiven && recommendation != null && effort == recommendation.effort() ? null
                        : effort;
                Horizon horizonOverride = !asGiven && recommendation != null && horizon == recommendation.horizon()
                        ? null : horizon;
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
            if (text == null && errors.stream().noneMatch(e -> (field + ".text").equals(e.get("field")))) {
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
        String problem = JsonTextRules.problem(node.textValue());
        if (problem != null) {
            errors.add(error(field + "." + name, problem));
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
