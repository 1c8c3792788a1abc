package org.odmaturity.diagnostic;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.odmaturity.error.InvalidInputException;
import org.odmaturity.error.InvalidJsonException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code PATCH /api/diagnostics/{id}/answers} read into {@link AnswerPatch}es: a field absent keeps the
 * stored part, {@code null} clears it. A body of the wrong shape, unknown fields and values of the wrong JSON type are
 * refused as everywhere in the API (400 {@code invalid-json}, every problem listed, each naming its field); a batch
 * over {@value #MAX_BATCH} answers is refused as invalid answers (422). Text that cannot be stored never gets here
 * (the JSON reader refuses it, see {@code http.JsonTextRules}).
 */
final class AnswerPatchJson {

    static final int MAX_BATCH = 5000;
    private static final Set<String> FIELDS = Set.of("question", "value", "notApplicable", "unsure", "comment",
            "evidence", "note", "revision");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    private AnswerPatchJson() {
    }

    static List<AnswerPatch> read(JsonNode body) {
        AnswerPatchJson reader = new AnswerPatchJson();
        List<AnswerPatch> patches = reader.batch(body);
        if (!reader.errors.isEmpty()) {
            throw new InvalidJsonException("The JSON body does not have the expected structure: "
                    + reader.errors.size() + " problem(s); nothing was applied.", reader.errors);
        }
        return patches;
    }

    private List<AnswerPatch> batch(JsonNode body) {
        List<AnswerPatch> patches = new ArrayList<>();
        JsonNode items = body == null ? null : body.get("answers");
        if (body == null || !body.isObject() || items == null || !items.isArray()) {
            error("answers", null, "the body must be {\"answers\": [ … ]}");
            return patches;
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("answers")) {
                error(name, null, "unknown field '" + name + "'");
            }
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidInputException("invalid-answers", "Invalid answers", "At most " + MAX_BATCH
                    + " answers per batch; nothing was applied.", List.of(Map.of("field", "answers", "message",
                            "at most " + MAX_BATCH + " answers per batch")));
        }
        for (int i = 0; i < items.size(); i++) {
            AnswerPatch patch = entry(items.get(i), "answers[" + i + "]");
            if (patch != null) {
                patches.add(patch);
            }
        }
        return patches;
    }

    private AnswerPatch entry(JsonNode item, String field) {
        if (!item.isObject()) {
            error(field, null, "each answer is an object {\"question\": …}");
            return null;
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                error(field + "." + name, null, "unknown field '" + name + "' (allowed: "
                        + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        JsonNode questionNode = item.get("question");
        if (questionNode == null || !questionNode.isTextual()) {
            error(field + ".question", null, "the question id is required");
            return null;
        }
        String question = questionNode.textValue();
        AnswerPatch.Change<JsonNode> value = item.has("value") ? AnswerPatch.Change.to(item.get("value"))
                : AnswerPatch.Change.keep();
        return new AnswerPatch(question, value, bool(item, "notApplicable", field, question),
                bool(item, "unsure", field, question), text(item, "comment", field, question),
                text(item, "evidence", field, question), text(item, "note", field, question),
                revision(item, field, question));
    }

    /** A flag: absent keeps it, null clears it (false). */
    private AnswerPatch.Change<Boolean> bool(JsonNode item, String name, String field, String question) {
        JsonNode node = item.get(name);
        if (node == null) {
            return AnswerPatch.Change.keep();
        }
        if (!node.isNull() && !node.isBoolean()) {
            error(field + "." + name, question, name + " is true or false");
        }
        return AnswerPatch.Change.to(node.booleanValue());
    }

    private AnswerPatch.Change<String> text(JsonNode item, String name, String field, String question) {
        JsonNode node = item.get(name);
        if (node == null) {
            return AnswerPatch.Change.keep();
        }
        if (!node.isNull() && !node.isTextual()) {
            error(field + "." + name, question, name + " is a text");
        }
        return AnswerPatch.Change.to(node.textValue());
    }

    private Integer revision(JsonNode item, String field, String question) {
        JsonNode r = item.get("revision");
        if (r == null) {
            return null;
        }
        if (r.isInt() && r.intValue() >= 0) {
            return r.intValue();
        }
        error(field + ".revision", question, "revision is a whole number ≥ 0");
        return null;
    }

    private void error(String field, String question, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (question != null) {
            error.put("question", question);
        }
        error.put("message", message);
        errors.add(error);
    }
}
