package org.odmaturity.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;

/** The test questionnaire of the API tests ({@code sample-od-maturity} v1), read from its file, and answers to it. */
final class SampleQuestionnaire {

    static final String FILE = "src/test/resources/questionnaires/sample-od-maturity.v1.yaml";
    static final Questionnaire Q = load();
    /**
     * The same questionnaire where the option "informel" of referent has three recommendations (the first as in the
     * file, one without effort or horizon, one high/long): docs/improvement-plan.md, "Several recommendations".
     */
    static final Questionnaire SEVERAL = severalRecommendations();

    private SampleQuestionnaire() {
    }

    private static Questionnaire load() {
        try {
            ParseResult result = new QuestionnaireParser().parse("sample-od-maturity.v1.yaml",
                    Files.readAllBytes(Path.of(FILE)));
            if (!result.valid()) {
                throw new IllegalStateException(result.errors().toString());
            }
            return result.questionnaire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers from (question, value) pairs; {@code NA} marks "not applicable". */
    static Answers answers(Object... pairs) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String question = (String) pairs[i];
            Object value = pairs[i + 1];
            inputs.add(value == NA ? new AnswerInput(question, null, true) : new AnswerInput(question, value, false));
        }
        AnswerValidation validation = AnswerValidator.validate(Q, inputs);
        if (!validation.problems().isEmpty()) {
            throw new IllegalArgumentException(validation.problems().toString());
        }
        return validation.answers();
    }

    static final Object NA = new Object();

    static ScoreCard score(Answers answers) {
        return ScoringEngine.score(Q, answers);
    }

    /** The answers of the worked example of docs/improvement-plan.md. */
    static Answers workedExample() {
        return answers("referent", "informel", "budget", false, "publie", true, "nb_jeux", new java.math.BigDecimal(3),
                "formats", List.of("pdf", "csv"), "schemas", NA, "attentes", "Un atelier sur les schémas.");
    }

    /** The sample questionnaire where the option "informel" of referent has three recommendations instead of one. */
    private static Questionnaire severalRecommendations() {
        String yaml;
        try {
            yaml = Files.readString(Path.of(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String single = """
                        recommendation:
                          action:
                            fr: Écrire la mission du référent et lui réserver du temps.
                            en: Write down the referent's mission and reserve time for it.
                          effort: low
                          horizon: short
                """.indent(8);
        String list = """
                        recommendations:
                          - action:
                              fr: Écrire la mission du référent et lui réserver du temps.
                              en: Write down the referent's mission and reserve time for it.
                            effort: low
                            horizon: short
                          - action: { fr: Former le référent., en: Train the referent. }
                          - action: { fr: Inscrire la mission au plan de charge., en: Put the mission in the workload plan. }
                            effort: high
                            horizon: long
                """.indent(8);
        if (!yaml.contains(single)) {
            throw new IllegalStateException("the sample no longer has informel's recommendation as written here");
        }
        ParseResult result = new QuestionnaireParser()
                .parse("several.yaml", yaml.replace(single, list).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!result.valid()) {
            throw new IllegalStateException(result.errors().toString());
        }
        return result.questionnaire();
    }

}
