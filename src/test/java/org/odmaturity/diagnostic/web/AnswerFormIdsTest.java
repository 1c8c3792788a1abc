package org.odmaturity.diagnostic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;

/** Question ids with '-' (issue 15 §10) in form field names and fieldset ids of the answer pages. */
class AnswerFormIdsTest {

    private static final String YAML = """
            id: ids-form
            version: 1
            languages: [fr]
            defaultLanguage: fr
            title: { fr: Ids }
            scoring: { strategy: weighted-points }
            levels:
              - { id: a, threshold: 0, label: { fr: A } }
              - { id: b, threshold: 50, label: { fr: B } }
            axes:
              - id: x
                title: { fr: X }
                themes:
                  - id: t
                    title: { fr: T }
                    questions:
                      - { id: non-publie, type: single-choice, text: { fr: Q }, maxScore: 1, options: [ { id: non-publie, label: { fr: Non }, score: 0 }, { id: oui.tout, label: { fr: Oui }, score: 1 } ] }
                      - { id: non.publie, type: yes-no, text: { fr: Q }, maxScore: 1, relevantWhen: "non-publie == 'oui.tout'" }
            """;

    private static List<Question> questions() {
        ParseResult result = new QuestionnaireParser().parse("ids.yaml", YAML.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.errors(), "the fixture is valid");
        Questionnaire q = result.questionnaire();
        return q.axes().get(0).themes().get(0).questions();
    }

    @Test
    void aQuestionIdWithADashRoundTripsThroughAFormPost() {
        List<Question> questions = questions();
        Question dashed = questions.get(0);
        Question dotted = questions.get(1);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("q.non-publie.value", "oui.tout");
        form.add("q.non-publie.rev", "3");
        form.add("q.non-publie.comment", "vu");
        form.add("q.non.publie.rev", "1");
        form.add("q.non.publie.unsure", "on");

        AnswerForm a = AnswerForm.fromForm(form, dashed);
        assertEquals(List.of("oui.tout"), a.values());
        assertEquals(3, a.revision());
        assertEquals("vu", a.comment());
        assertFalse(a.unsure());

        AnswerForm b = AnswerForm.fromForm(form, dotted);
        assertEquals(List.of(), b.values());
        assertEquals(1, b.revision());
        assertTrue(b.unsure());
        assertNull(b.comment());
    }

    @Test
    void fieldsetIdsStayApart() {
        List<Question> questions = questions();
        assertEquals("q-non-D-publie", AnswerViews.htmlId(questions.get(0)));
        assertEquals("q-non-publie", AnswerViews.htmlId(questions.get(1)), "ids valid before keep their fieldset id");
        assertNotEquals(AnswerViews.htmlId(questions.get(0)), AnswerViews.htmlId(questions.get(1)));
    }
}
