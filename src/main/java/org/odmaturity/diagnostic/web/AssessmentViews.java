package org.odmaturity.diagnostic.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.web.Formats;
import org.odmaturity.web.Views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the pages show of answers scored by the facilitator (issue 15 §6): the scoring page and the respondents' tags. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** The scoring page. {@code editable}: submitted, so the facilitator scores now. */
    public record Page(long id, String organization, String interviewHref, String action, String csrf, long version,
            boolean editable, boolean submitted, boolean validated, List<Item> items, List<Views.ErrorLink> errors,
            String flash, String refusal) {
    }

    /** One answer to score: the question, the answer, the form's values (posted, else stored) and their errors. */
    public record Item(String id, String htmlId, String text, String answer, String max, boolean unsure,
            String unsureDeduction, List<Level> rubric, String points, String justification, String status,
            String scoredBy, String pointsError, String justificationError) {

        public boolean hasRubric() {
            return !rubric.isEmpty();
        }

        public String pointsName() {
            return "p." + id;
        }

        public String justificationName() {
            return "j." + id;
        }
    }

    /** A level of a rubric, as a radio button. */
    public record Level(String id, String value, String label, boolean checked) {
    }

    /**
     * What a respondent (or the interview page) shows of a question scored by the facilitator: {@code pending} while
     * its points are not given (or given for another text), else the points and the justification.
     */
    public record Tag(boolean pending, String points, String max, String justification) {
    }

    /** The tag of {@code question} in {@code state}; null for a question not scored by the facilitator or unanswered. */
    static Tag tag(Question question, DiagnosticService.State state, Locale locale) {
        if (!question.facilitatorScored()) {
            return null;
        }
        StoredAnswer a = state.answers().get(question.id());
        if (a == null || a.valueJson == null || a.notApplicable) {
            return null;
        }
        String max = points(locale, question.maxScore());
        return a.assessmentCurrent()
                ? new Tag(false, points(locale, a.assessedPoints.doubleValue()), max, a.assessmentJustification)
                : new Tag(true, null, max, null);
    }

    /** The items of the scoring page: every answer that can be scored, with what was posted or what is stored. */
    static List<Item> items(DiagnosticService.State state, Map<String, String[]> posted, Map<String, String> pointsErrors,
            Map<String, String> justificationErrors, String lang, Locale locale, AssessmentMsg m, ObjectMapper json) {
        Questionnaire q = state.questionnaire().questionnaire();
        List<Item> items = new ArrayList<>();
        for (Question question : DiagnosticService.scorable(state)) {
            StoredAnswer a = state.answers().get(question.id());
            String max = points(locale, question.maxScore());
            String[] given = posted.get(question.id());
            String points = given != null ? given[0]
                    : a.assessedPoints == null ? null : points(locale, a.assessedPoints.doubleValue());
            String justification = given != null ? given[1] : a.assessmentJustification;
            String htmlId = AnswerViews.htmlId(question);
            List<Level> rubric = new ArrayList<>();
            for (FacilitatorScoring.RubricLevel level : question.facilitatorScoring().rubric()) {
                String value = plain(level.score());
                boolean checked = points != null && normalised(points).equals(value);
                rubric.add(new Level(htmlId + "-niveau-" + rubric.size(), value, m.rubric_level(points(locale,
                        level.score()), AnswerViews.text(level.label(), q, lang)), checked));
            }
            String status = a.assessmentCurrent() ? m.scored(points(locale, a.assessedPoints.doubleValue()), max)
                    : a.assessedPoints != null ? m.stale(points(locale, a.assessedPoints.doubleValue()), max)
                    : m.pending();
            String scoredBy = a.assessedPoints == null ? null
                    : m.scored_by(a.assessedBy, Formats.dateTime(locale, a.assessedAt));
            items.add(new Item(question.id(), htmlId, AnswerViews.text(question.text(), q, lang), text(a, json, m),
                    max, a.unsure && q.unsureDeduction() > 0, points(locale, q.unsureDeduction()), rubric, points,
                    justification, status, scoredBy, pointsErrors.get(question.id()),
                    justificationErrors.get(question.id())));
        }
        return items;
    }

    private static String text(StoredAnswer a, ObjectMapper json, AssessmentMsg m) {
        try {
            String text = json.readTree(a.valueJson).asText();
            return text.isBlank() ? m.no_answer_text() : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON", e);
        }
    }

    /** Points as people read them: "2", "2,5" / "2.5" (two decimals at most). */
    static String points(Locale locale, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Points as a form sends them: "2.5". */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A typed number as the form's value: comma or point, spaces ignored ("2,5" → "2.5"); unchanged if not a number. */
    static String normalised(String typed) {
        String text = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return typed;
        }
    }
}
