package org.odmaturity.diagnostic.web;

import java.util.ArrayList;
import java.util.List;

import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.HtmlIds;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.web.Views;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A question as the answer forms show it, on the respondent's axis pages and on the interview page alike: its texts
 * in the page's language, its choices, what the form holds, its error or conflict. One builder, so that both pages
 * show a question the same way.
 */
public final class AnswerViews {

    private AnswerViews() {
    }

    /** A choice of a question, with its keyboard key on the interview page ("1"…"9"; null from the tenth on). */
    public record Choice(String id, String value, String label, boolean checked, String key) {
    }

    /**
     * One row of a matrix question: a radio group named {@code name}, labelled by the row's text ({@code htmlId}),
     * one choice per shared option (its keyboard key for the interview page).
     */
    public record RowView(String id, String htmlId, String name, String text, List<Choice> choices) {

        /** The label of the chosen option, or null. */
        public String chosen() {
            return choices.stream().filter(Choice::checked).map(Choice::label).findFirst().orElse(null);
        }
    }

    /** A question of a form; {@code note} is the facilitator's (interview page only). */
    public record QuestionView(String id, String htmlId, String type, String text, String help, boolean required,
            boolean relevant, boolean answered, boolean naAllowed, boolean commentInvited, boolean evidenceInvited,
            List<Choice> choices, String textValue, String unit, boolean na, boolean unsure, String note,
            String comment, String evidence, int revision, String error, String conflict, List<RowView> rows,
            AssessmentViews.Tag assessment) {

        public QuestionView(String id, String htmlId, String type, String text, String help, boolean required,
                boolean relevant, boolean answered, boolean naAllowed, boolean commentInvited, boolean evidenceInvited,
                List<Choice> choices, String textValue, String unit, boolean na, boolean unsure, String note,
                String comment, String evidence, int revision, String error, String conflict, List<RowView> rows) {
            this(id, htmlId, type, text, help, required, relevant, answered, naAllowed, commentInvited,
                    evidenceInvited, choices, textValue, unit, na, unsure, note, comment, evidence, revision, error,
                    conflict, rows, null);
        }

        /** This view with what the page shows of the facilitator's score (null: not scored by the facilitator). */
        QuestionView withAssessment(AssessmentViews.Tag tag) {
            return new QuestionView(id, htmlId, type, text, help, required, relevant, answered, naAllowed,
                    commentInvited, evidenceInvited, choices, textValue, unit, na, unsure, note, comment, evidence,
                    revision, error, conflict, rows, tag);
        }

        public String name() {
            return "q." + id;
        }

        public boolean matrix() {
            return !rows.isEmpty();
        }

        /** The ids the fieldset's aria-describedby lists (help, error, conflict), or null. */
        public String describedBy() {
            StringBuilder ids = new StringBuilder();
            if (help != null) {
                ids.append(htmlId).append("-help ");
            }
            if (error != null) {
                ids.append(htmlId).append("-error ");
            }
            if (conflict != null) {
                ids.append(htmlId).append("-conflict ");
            }
            return ids.isEmpty() ? null : ids.toString().trim();
        }

        /** The id of the first control (where the error summary and other links lead). */
        public String firstControl() {
            if (!rows.isEmpty()) {
                return rows.get(0).choices().get(0).id();
            }
            return choices.isEmpty() ? htmlId + "-value" : choices.get(0).id();
        }

        public boolean choiceType() {
            return !choices.isEmpty();
        }

        public boolean multiple() {
            return "multiple-choice".equals(type);
        }
    }

    /**
     * The questions of one form as the page shows them: what was posted, else what is stored (the facilitator's note
     * when {@code notes}); {@link #view} gathers the error summary's links in {@code errors}.
     */
    record Form(DiagnosticService.State state, AnswerBatch.Submission shown, boolean notes, String lang,
            AnswerForm.Words words, ObjectMapper json, List<Views.ErrorLink> errors) {

        Form(DiagnosticService.State state, AnswerBatch.Submission shown, boolean notes, String lang,
                AnswerForm.Words words, ObjectMapper json) {
            this(state, shown, notes, lang, words, json, new ArrayList<>());
        }

        QuestionView view(Question question) {
            boolean relevant = !state.score().notRelevant().contains(question.id());
            QuestionView view = question(question, questionnaire(), shown.shown(question, state, relevant, notes,
                    json), lang, words).withAssessment(AssessmentViews.tag(question, state,
                            java.util.Locale.forLanguageTag(lang)));
            errors.addAll(errorLinks(view));
            return view;
        }

        Questionnaire questionnaire() {
            return state.questionnaire().questionnaire();
        }

        /** A text of the questionnaire in the page's language. */
        String text(LocalizedText text) {
            return AnswerViews.text(text, questionnaire(), lang);
        }
    }

    /** What a form shows of one question besides the questionnaire: input, note, relevance, error, conflict. */
    record Shown(AnswerForm input, String note, boolean relevant, String error, String conflict) {
    }

    /** The view of {@code question} in {@code lang}; {@code words} gives "yes" and "no". */
    static QuestionView question(Question question, Questionnaire q, Shown shown, String lang,
            AnswerForm.Words words) {
        String id = htmlId(question);
        AnswerForm input = shown.input();
        List<Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().forEach(o -> choices.add(choice(id + "-" + o.id(),
                    o.id(), text(o.label(), q, lang), input, choices.size())));
            case YES_NO -> {
                choices.add(choice(id + "-yes", "true", words.yes(), input, 0));
                choices.add(choice(id + "-no", "false", words.no(), input, 1));
            }
            case SCALE -> {
                for (int v = question.scale().min(); v <= question.scale().max(); v++) {
                    LocalizedText label = question.scale().labels().get(v);
                    String text = label == null ? String.valueOf(v) : v + " – " + text(label, q, lang);
                    choices.add(choice(id + "-" + v, String.valueOf(v), text, input, choices.size()));
                }
            }
            default -> {
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (MatrixRow row : question.rows()) {
            String rowHtml = id + "--" + HtmlIds.of(row.id()); // "--" never occurs in HtmlIds.of: unique ids
            List<Choice> rowChoices = new ArrayList<>();
            for (Option o : question.options()) {
                Choice c = choice(rowHtml + "--" + HtmlIds.of(o.id()), o.id(), text(o.label(), q, lang), input,
                        rowChoices.size());
                rowChoices.add(new Choice(c.id(), c.value(), c.label(),
                        input.has(AnswerForm.rowValue(row.id(), o.id())), c.key()));
            }
            rows.add(new RowView(row.id(), rowHtml, "q." + question.id() + ".row." + row.id(),
                    text(row.text(), q, lang), rowChoices));
        }
        String unit = question.type() == QuestionType.NUMBER && question.number() != null
                && question.number().unit() != null && !question.number().unit().isEmpty()
                        ? text(question.number().unit(), q, lang) : null;
        String help = question.help() == null || question.help().isEmpty() ? null : text(question.help(), q, lang);
        return new QuestionView(question.id(), id, question.type().key(), text(question.text(), q, lang), help,
                question.required(), shown.relevant(), input.na() || !input.values().isEmpty(),
                question.notApplicableAllowed(), question.commentInvited(), question.evidenceInvited(), choices,
                input.values().isEmpty() ? null : String.join("\n", input.values()), unit, input.na(),
                input.unsure(), shown.note(), input.comment(), input.evidence(),
                input.revision() == null ? 0 : input.revision(), shown.error(), shown.conflict(), rows);
    }

    private static Choice choice(String id, String value, String label, AnswerForm input, int index) {
        return new Choice(id, value, label, input.has(value), index < 9 ? String.valueOf(index + 1) : null);
    }

    /** The error summary's links of a question: its error, then its conflict, each to its first control. */
    static List<Views.ErrorLink> errorLinks(QuestionView view) {
        List<Views.ErrorLink> links = new ArrayList<>();
        for (String problem : new String[] {view.error(), view.conflict()}) {
            if (problem != null) {
                links.add(new Views.ErrorLink("#" + view.firstControl(),
                        view.text() + " : " + problem));
            }
        }
        return links;
    }

    /** The id of a question's fieldset: {@code q-} and its id as {@link HtmlIds#of} writes it (one to one). */
    static String htmlId(Question q) {
        return "q-" + HtmlIds.of(q.id());
    }

    /** A text of the questionnaire in {@code lang} (else its default language); null when it has none. */
    static String text(LocalizedText text, Questionnaire q, String lang) {
        return text == null || text.isEmpty() ? null : text.in(lang, q.defaultLanguage());
    }

    /** The questions of an axis, theme after theme. */
    static List<Question> questions(Axis axis) {
        return axis.themes().stream().flatMap(t -> t.questions().stream()).toList();
    }
}
