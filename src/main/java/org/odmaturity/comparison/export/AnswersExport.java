package org.odmaturity.comparison.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.odmaturity.comparison.CampaignResults.Row;
import org.odmaturity.comparison.export.AnswerReader.StoredValue;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Theme;

/**
 * The answers of a campaign's diagnostics in long format, for analysts: one CSV row per stored answer of the
 * diagnostics of an {@link ExportSelection} (the ones the viewer may read individually, in the filters), by
 * diagnostic id and then in questionnaire document order. Values are written as stored: an option's id (several
 * joined by {@code |}, a yes/no answer as {@code yes} or {@code no}), a number, a text; with the options' labels in
 * the export's language. The respondent's comment is written, never the facilitator's private interview note.
 *
 * <p>Streams: the answers are read from the database {@link #PAGE} diagnostics at a time (each page in its own short
 * transaction, {@link AnswerReader}) and written before the next page is read, so memory stays flat whatever the
 * number of diagnostics. Pages are separate reads: a diagnostic changed while the file is written appears as it was
 * when its page was read.
 */
@ApplicationScoped
public class AnswersExport {

    /** Diagnostics whose answers are read at once (≈50 answers each with the regional questionnaire). */
    static final int PAGE = 500;

    private final AnswerReader reader;
    private final ObjectMapper json;

    public AnswersExport(AnswerReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /** Writes the answers as CSV: a header of column names, then one row per answer. Closes the stream. */
    public void csv(ExportSelection selection, Csv.Dialect dialect, OutputStream out) {
        ExportTexts texts = selection.texts();
        Map<String, QuestionInfo> questions = questions(selection.data().questionnaire());
        try (Csv csv = Csv.to(out, dialect)) {
            csv.row(List.of("diagnostic", "organisation", "siren", "question", "axis", "theme", "type", "value",
                    "labels", "unsure", "not-applicable", "comment", "changed").stream()
                    .map(key -> texts.text("answers." + key)).toList());
            List<Row> rows = selection.rows();
            for (int from = 0; from < rows.size(); from += PAGE) {
                List<Row> page = rows.subList(from, Math.min(from + PAGE, rows.size()));
                Map<Long, Row> byId = new HashMap<>();
                for (Row row : page) {
                    byId.put(row.diagnosticId(), row);
                }
                List<StoredValue> answers = new ArrayList<>(reader.answers(new ArrayList<>(byId.keySet())));
                answers.sort(Comparator.comparingLong(StoredValue::diagnosticId)
                        .thenComparingInt(a -> questions.containsKey(a.questionId())
                                ? questions.get(a.questionId()).index() : Integer.MAX_VALUE)
                        .thenComparing(StoredValue::questionId));
                for (StoredValue answer : answers) {
                    csv.row(row(byId.get(answer.diagnosticId()), answer, questions.get(answer.questionId()),
                            texts.language()));
                }
                csv.flush();
            }
        }
    }

    private List<Object> row(Row diagnostic, StoredValue answer, QuestionInfo question, String language) {
        Value value = value(answer.valueJson(), question == null ? null : question.question(), language);
        List<Object> cells = new ArrayList<>(13);
        cells.add(answer.diagnosticId());
        cells.add(diagnostic.organizationName());
        cells.add(diagnostic.siren());
        cells.add(answer.questionId());
        cells.add(question == null ? null : question.axisId());
        cells.add(question == null ? null : question.themeId());
        cells.add(question == null ? null : question.question().type().key());
        cells.add(value.value());
        cells.add(value.labels());
        cells.add(answer.unsure());
        cells.add(answer.notApplicable());
        cells.add(answer.comment());
        cells.add(ExportTexts.iso(answer.answeredAt()));
        return cells;
    }

    /** A written value and the labels of its options (or of its point of a scale), null when none. */
    record Value(Object value, String labels) {
    }

    /** A stored JSON value as written in the export. */
    Value value(String valueJson, Question question, String language) {
        if (valueJson == null) {
            return new Value(null, null);
        }
        JsonNode node;
        try {
            node = json.readTree(valueJson);
        } catch (JsonProcessingException e) {
            return new Value(valueJson, null);
        }
        if (node == null || node.isNull()) {
            return new Value(null, null);
        }
        if (node.isBoolean()) {
            String id = node.booleanValue() ? "yes" : "no";
            return new Value(id, optionLabel(question, id, language));
        }
        if (node.isNumber()) {
            String label = null;
            if (question != null && question.type() == QuestionType.SCALE && question.scale() != null
                    && node.canConvertToInt()) {
                LocalizedText text = question.scale().labels().get(node.intValue());
                label = text == null ? null : text.in(language, "fr");
            }
            return new Value(node.decimalValue(), label);
        }
        if (node.isTextual()) {
            return new Value(node.textValue(), optionLabel(question, node.textValue(), language));
        }
        if (node.isArray()) {
            StringJoiner ids = new StringJoiner("|");
            StringJoiner labels = new StringJoiner("|");
            boolean labelled = false;
            for (JsonNode item : node) {
                String id = item.isTextual() ? item.textValue() : item.toString();
                ids.add(id);
                String label = optionLabel(question, id, language);
                labels.add(label == null ? id : label);
                labelled |= label != null;
            }
            return new Value(ids.toString(), labelled ? labels.toString() : null);
        }
        if (node.isObject()) { // a matrix: budget=publie|transport=partiel, labels "Budget : Publié|…"
            StringJoiner ids = new StringJoiner("|");
            StringJoiner labels = new StringJoiner("|");
            boolean labelled = false;
            for (var rows = node.fields(); rows.hasNext();) {
                var row = rows.next();
                String option = row.getValue().isTextual() ? row.getValue().textValue() : row.getValue().toString();
                ids.add(row.getKey() + "=" + option);
                String rowText = question == null ? null : question.row(row.getKey())
                        .map(r -> r.text().in(language, "fr")).orElse(null);
                String label = optionLabel(question, option, language);
                labels.add((rowText == null ? row.getKey() : rowText) + " : " + (label == null ? option : label));
                labelled |= label != null;
            }
            return new Value(ids.toString(), labelled ? labels.toString() : null);
        }
        return new Value(node.toString(), null);
    }

    private static String optionLabel(Question question, String optionId, String language) {
        if (question == null || !question.type().hasOptions()) {
            return null;
        }
        return question.option(optionId).map(Option::label).map(l -> l.in(language, "fr")).orElse(null);
    }

    /** Where a question is: its position in document order, its axis and theme. */
    record QuestionInfo(int index, String axisId, String themeId, Question question) {
    }

    private static Map<String, QuestionInfo> questions(Questionnaire questionnaire) {
        Map<String, QuestionInfo> questions = new HashMap<>();
        if (questionnaire == null) {
            return questions;
        }
        for (Axis axis : questionnaire.axes()) {
            for (Theme theme : axis.themes()) {
                for (Question question : theme.questions()) {
                    questions.put(question.id(), new QuestionInfo(questions.size(), axis.id(), theme.id(), question));
                }
            }
        }
        return questions;
    }
}
