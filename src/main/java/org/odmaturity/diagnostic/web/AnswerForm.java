package org.odmaturity.diagnostic.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.core.MultivaluedMap;

import org.odmaturity.diagnostic.AnswerPatch;
import org.odmaturity.diagnostic.AnswerProblem;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One question's answer as the form carries it: the raw values (option ids, {@code true}/{@code false}, a number or a
 * text as typed), the flags, the comment, the evidence link and the revision the page was rendered with. Field names:
 * {@code q.<id>.value} (repeated for multiple choice), {@code q.<id>.row.<rowId>} (a matrix: one per row, held
 * in {@code values} as {@code row=option}), {@code .na}, {@code .unsure}, {@code .comment}, {@code .evidence},
 * {@code .rev}.
 */
record AnswerForm(List<String> values, boolean na, boolean unsure, String comment, String evidence, Integer revision) {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The answer as submitted, or null when the form did not carry the question (not shown, or disabled). */
    static AnswerForm fromForm(MultivaluedMap<String, String> form, Question q) {
        String prefix = "q." + q.id() + ".";
        Integer revision = parseRevision(form.getFirst(prefix + "rev"));
        if (revision == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        List<String> raw = form.get(prefix + "value");
        if (raw != null) {
            raw.stream().filter(v -> v != null && !v.isBlank()).forEach(values::add);
        }
        if (q.type() == QuestionType.MATRIX) { // one radio group per row: q.<id>.row.<rowId> = <optionId>
            for (MatrixRow row : q.rows()) {
                String option = form.getFirst(prefix + "row." + row.id());
                if (option != null && !option.isBlank()) {
                    values.add(rowValue(row.id(), option));
                }
            }
        }
        return new AnswerForm(values, form.containsKey(prefix + "na"), form.containsKey(prefix + "unsure"),
                blankToNull(form.getFirst(prefix + "comment")), blankToNull(form.getFirst(prefix + "evidence")),
                revision);
    }

    static AnswerForm fromStored(StoredAnswer a, ObjectMapper json) {
        if (a == null) {
            return new AnswerForm(List.of(), false, false, null, null, 0);
        }
        List<String> values = new ArrayList<>();
        if (a.valueJson != null) {
            try {
                JsonNode node = json.readTree(a.valueJson);
                if (node.isArray()) {
                    node.forEach(n -> values.add(n.asText()));
                } else if (node.isObject()) { // a matrix: one "row=option" per answered row
                    node.fields().forEachRemaining(e -> {
                        if (!e.getValue().isNull()) {
                            values.add(rowValue(e.getKey(), e.getValue().asText()));
                        }
                    });
                } else if (node.isNumber()) {
                    values.add(node.decimalValue().stripTrailingZeros().toPlainString());
                } else if (!node.isNull()) {
                    values.add(node.asText());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored answer is unreadable", e);
            }
        }
        return new AnswerForm(values, a.notApplicable, a.unsure, a.comment, a.evidence, a.revision);
    }

    AnswerForm withRevision(int newRevision) {
        return new AnswerForm(values, na, unsure, comment, evidence, newRevision);
    }

    boolean has(String value) {
        return values.contains(value);
    }

    String first() {
        return values.isEmpty() ? null : values.get(0);
    }

    /** Problems the page reports itself (in the page's language) before anything is sent to the service. */
    List<AnswerProblem.Code> problems(Question q) {
        List<AnswerProblem.Code> problems = new ArrayList<>();
        if (!na && q.type() == QuestionType.NUMBER && first() != null && number(first()) == null) {
            problems.add(AnswerProblem.Code.NOT_A_NUMBER);
        }
        if (evidence != null && !isWebAddress(evidence)) {
            problems.add(AnswerProblem.Code.NOT_A_WEB_ADDRESS);
        }
        return problems;
    }

    /** The value as the API takes it (null: unanswered); call only when {@link #problems} is empty. */
    JsonNode value(Question q) {
        if (na || values.isEmpty()) {
            return null;
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                ArrayNode array = NODES.arrayNode();
                values.forEach(array::add);
                yield array;
            }
            case YES_NO -> "true".equals(first()) ? NODES.booleanNode(true)
                    : "false".equals(first()) ? NODES.booleanNode(false) : NODES.textNode(first());
            case SCALE -> {
                BigDecimal n = number(first());
                yield n == null ? NODES.textNode(first()) : numberNode(n);
            }
            case NUMBER -> numberNode(number(first()));
            case TEXT -> NODES.textNode(String.join("\n", values));
            case MATRIX -> {
                ObjectNode rows = NODES.objectNode();
                for (String v : values) {
                    int eq = v.indexOf('=');
                    if (eq > 0) {
                        rows.put(v.substring(0, eq), v.substring(eq + 1));
                    }
                }
                yield rows.isEmpty() ? null : rows;
            }
            default -> NODES.textNode(first());
        };
    }

    /** How the form holds the answer of one matrix row: {@code row=option} (ids never hold '='). */
    static String rowValue(String rowId, String optionId) {
        return rowId + "=" + optionId;
    }

    /** Whether this differs from what is stored (value, flags, comment, evidence). */
    boolean differsFrom(Question q, AnswerForm stored) {
        return !sameValue(value(q), stored.value(q)) || na != stored.na || unsure != stored.unsure
                || !Objects.equals(comment, stored.comment) || !Objects.equals(evidence, stored.evidence);
    }

    /** The change to save (every part but the note, so the stored answer becomes exactly this). */
    AnswerPatch patch(Question q) {
        return AnswerPatch.whole(q.id(), value(q), na, unsure, comment, evidence, revision);
    }

    /** The same input, with the comment and evidence of {@code stored} where the form did not show them. */
    AnswerForm keeping(AnswerForm stored, boolean commentShown, boolean evidenceShown) {
        return new AnswerForm(values, na, unsure, commentShown ? comment : stored.comment,
                evidenceShown ? evidence : stored.evidence, revision);
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || a.isNull() || b == null || b.isNull()) {
            return (a == null || a.isNull()) && (b == null || b.isNull());
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            HashSet<String> left = new HashSet<>();
            HashSet<String> right = new HashSet<>();
            a.forEach(n -> left.add(n.asText()));
            b.forEach(n -> right.add(n.asText()));
            return left.equals(right);
        }
        return a.equals(b);
    }

    static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String normal = text.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode numberNode(BigDecimal n) {
        try {
            return NODES.numberNode(n.intValueExact());
        } catch (ArithmeticException notAnInt) {
            return NODES.numberNode(n.doubleValue());
        }
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.trim());
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Integer parseRevision(String text) {
        if (text == null) {
            return null;
        }
        try {
            int r = Integer.parseInt(text.trim());
            return r < 0 ? null : r;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The words a page uses to describe answers: yes, no, no answer, not applicable. */
    record Words(String yes, String no, String empty, String notApplicable) {
    }

    /** A stored answer in words, in the page's language (what a colleague answered, shown next to a conflict). */
    static String describe(Question question, StoredAnswer a, String lang, Words words, ObjectMapper json) {
        if (a == null) {
            return words.empty();
        }
        if (a.notApplicable) {
            return words.notApplicable();
        }
        AnswerForm f = fromStored(a, json);
        if (f.values().isEmpty()) {
            return words.empty();
        }
        List<String> out = new ArrayList<>();
        if (question.type() == QuestionType.MATRIX) { // "Budget : Publié, Transports : En partie"
            for (MatrixRow row : question.rows()) {
                question.options().stream().filter(o -> f.has(rowValue(row.id(), o.id()))).findFirst()
                        .ifPresent(o -> out.add(row.text().in(lang, "fr") + " : " + o.label().in(lang, "fr")));
            }
            return String.join(", ", out);
        }
        for (String v : f.values()) {
            switch (question.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> out.add(question.option(v)
                        .map(o -> o.label().in(lang, "fr")).orElse(v));
                case YES_NO -> out.add("true".equals(v) ? words.yes() : words.no());
                default -> out.add(v);
            }
        }
        return String.join(", ", out);
    }
}
