package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.plan.SampleQuestionnaire.NA;
import static org.odmaturity.plan.SampleQuestionnaire.Q;
import static org.odmaturity.plan.SampleQuestionnaire.answers;
import static org.odmaturity.plan.SampleQuestionnaire.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Effort;
import org.odmaturity.questionnaire.model.Horizon;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.Theme;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;

/** Plan generation and priority: the worked example of docs/improvement-plan.md, and the rules one by one. */
class PlanGeneratorTest {

    private static PlanGenerator.Suggestion suggest(Answers answers) {
        return PlanGenerator.suggest(Q, score(answers), answers);
    }

    private static List<String> keys(PlanGenerator.Suggestion s) {
        return s.actions().stream().map(SuggestedAction::key).toList();
    }

    /** docs/improvement-plan.md, "Worked example": every number of its table. */
    @Test
    void workedExample() {
        Answers answers = SampleQuestionnaire.workedExample();
        ScoreCard card = score(answers);
        assertEquals(33.3, card.axes().get(0).score());
        assertEquals(55.6, card.axes().get(1).score());
        assertEquals(null, card.axes().get(2).score());
        assertEquals(0.0, card.axes().get(3).score());

        PlanGenerator.Suggestion s = PlanGenerator.suggest(Q, card, answers);
        assertEquals(List.of("q:reutilisations", "q:referent", "q:formats", "q:budget", "q:nb_jeux"), keys(s));
        assertEquals(11.11, PlanGenerator.round(s.medianGain(), 2));

        record Row(String source, double gap, double share, double gain, double priority, Effort effort,
                Horizon horizon, boolean quickWin) {
        }
        Map<String, Row> expected = new LinkedHashMap<>();
        expected.put("q:reutilisations", new Row("option:non", 1, 0.3333, 33.33, 33.33, Effort.LOW, Horizon.SHORT, true));
        expected.put("q:referent", new Row("option:informel", 0.5, 0.2222, 11.11, 11.11, Effort.LOW, Horizon.SHORT, true));
        expected.put("q:formats", new Row("question", 0.667, 0.1111, 7.41, 7.41, Effort.LOW, Horizon.SHORT, false));
        expected.put("q:budget", new Row("question", 1, 0.1111, 11.11, 5.56, Effort.MEDIUM, Horizon.MEDIUM, false));
        expected.put("q:nb_jeux", new Row("question", 0.667, 0.1111, 7.41, 3.71, Effort.MEDIUM, Horizon.MEDIUM, false));
        for (SuggestedAction a : s.actions()) {
            Row row = expected.get(a.key());
            assertEquals(row.source(), a.source(), a.key());
            assertEquals(row.gap(), PlanGenerator.round(a.gap(), 3), a.key());
            assertEquals(row.share(), PlanGenerator.round(a.share(), 4), a.key());
            assertEquals(row.gain(), PlanGenerator.round(a.gain(), 2), a.key());
            assertEquals(row.priority(), PlanGenerator.round(a.priority(), 2), a.key());
            assertEquals(row.effort(), a.effort(), a.key());
            assertEquals(row.horizon(), a.horizon(), a.key());
            assertEquals(row.quickWin(), a.quickWin(), a.key());
        }
        assertFalse(s.action("q:publie").isPresent(), "at the top step");
        assertFalse(s.action("q:schemas").isPresent(), "not applicable");
        assertFalse(s.action("q:attentes").isPresent(), "not scored");

        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("piloter", "structure");
        targets.put("partager", "avance");
        targets.put("produire", null);
        targets.put("valoriser", "initie");
        assertEquals(targets, s.targets());
        assertTrue(s.started());
    }

    @Test
    void quickWinsComeFirstThenPriority() {
        for (Answers answers : List.of(SampleQuestionnaire.workedExample(), Answers.empty(),
                answers("referent", "personne", "reutilisations", "quelques", "publie", false))) {
            PlanGenerator.Suggestion s = suggest(answers);
            List<SuggestedAction> quickWins = s.actions().stream().filter(SuggestedAction::quickWin).toList();
            List<SuggestedAction> others = s.actions().stream().filter(a -> !a.quickWin()).toList();
            List<SuggestedAction> concatenated = new ArrayList<>(quickWins);
            concatenated.addAll(others);
            assertEquals(concatenated, s.actions(), "quick wins first");
            for (List<SuggestedAction> group : List.of(quickWins, others)) {
                for (int i = 1; i < group.size(); i++) {
                    assertTrue(group.get(i - 1).priority() >= group.get(i).priority() - 1e-9, keys(s).toString());
                }
            }
            for (SuggestedAction a : s.actions()) {
                assertEquals(a.effort() == Effort.LOW && a.gain() >= s.medianGain() - 1e-9, a.quickWin(), a.key());
            }
        }
    }

    @Test
    void theActionIsTheChosenOptionsElseTheQuestionsRecommendation() {
        PlanGenerator.Suggestion s = suggest(answers("referent", "personne", "reutilisations", "quelques",
                "publie", false, "budget", false));
        SuggestedAction referent = s.action("q:referent").orElseThrow();
        assertEquals("option:personne", referent.source());
        assertEquals("Désigner un référent données et l'annoncer aux services.",
                referent.recommendation().action().in("fr", "fr"));
        assertEquals("option:quelques", s.action("q:reutilisations").orElseThrow().source());
        assertEquals(Effort.MEDIUM, s.action("q:reutilisations").orElseThrow().effort());
        // yes/no: the option "no" has no recommendation of its own
        assertEquals("question", s.action("q:budget").orElseThrow().source());
        assertEquals("question", s.action("q:publie").orElseThrow().source());
        // publie = false: the publication details are not relevant, so no action for them
        assertFalse(s.action("q:nb_jeux").isPresent());
        assertFalse(s.action("q:formats").isPresent());
    }

    @Test
    void anUnansweredQuestionGetsTheLowestOptionsRecommendation() {
        PlanGenerator.Suggestion s = suggest(answers("referent", "nomme"));
        assertFalse(s.action("q:referent").isPresent(), "nomme is the top step");
        SuggestedAction reuse = s.action("q:reutilisations").orElseThrow();
        assertEquals("option:non", reuse.source());
        assertFalse(reuse.answered());
        assertEquals(0.0, reuse.questionScore());
        // a scale without options: the question's
        assertEquals("question", s.action("q:schemas").orElseThrow().source());
    }

    @Test
    void aDiagnosticWithNoAnswersGetsTheFirstStepOfEverything() {
        PlanGenerator.Suggestion s = suggest(Answers.empty());
        assertFalse(s.started());
        // four scored axes, each a quarter of the overall score; the three quick wins tie and keep document order
        assertEquals(List.of("q:publie", "q:schemas", "q:reutilisations", "q:referent", "q:budget"), keys(s));
        assertEquals(25.0, PlanGenerator.round(s.medianGain(), 2));
        assertEquals(16.67, PlanGenerator.round(s.action("q:referent").orElseThrow().gain(), 2));
        s.targets().values().forEach(t -> assertEquals("initie", t));
        s.actions().forEach(a -> assertEquals(1.0, a.gap()));
    }

    @Test
    void aPerfectDiagnosticHasNoActionAndStaysAtTheTop() {
        PlanGenerator.Suggestion s = suggest(answers("referent", "nomme", "budget", true, "publie", true, "nb_jeux",
                new BigDecimal(25), "formats", List.of("csv", "geo", "api"), "schemas", new BigDecimal(4),
                "reutilisations", "suivies"));
        assertEquals(List.of(), s.actions());
        s.targets().values().forEach(t -> assertEquals("expert", t));
        assertEquals(0.0, s.medianGain());
    }

    @Test
    void defaultTargetIsOneLevelUpAndTheTopStaysTheTop() {
        assertEquals("initie", PlanGenerator.defaultTarget(Q, "debutant"));
        assertEquals("expert", PlanGenerator.defaultTarget(Q, "avance"));
        assertEquals("expert", PlanGenerator.defaultTarget(Q, "expert"));
        assertEquals(null, PlanGenerator.defaultTarget(Q, null));
    }

    @Test
    void effortDividesThePriority() {
        assertEquals(12.0, PlanGenerator.priority(12, Effort.LOW));
        assertEquals(6.0, PlanGenerator.priority(12, Effort.MEDIUM));
        assertEquals(3.0, PlanGenerator.priority(12, Effort.HIGH));
        assertTrue(PlanGenerator.quickWin(10, Effort.LOW, 10));
        assertFalse(PlanGenerator.quickWin(10, Effort.MEDIUM, 5));
        assertFalse(PlanGenerator.quickWin(4, Effort.LOW, 5));
        assertFalse(PlanGenerator.quickWin(0, Effort.LOW, 0), "no gain, no quick win");
    }

    @Test
    void ordersTiesByEffortThenHorizonThenDocumentOrder() {
        Recommendation low = new Recommendation(LocalizedText.of("fr", "a"), Effort.LOW, Horizon.LONG);
        Recommendation lowShort = new Recommendation(LocalizedText.of("fr", "b"), Effort.LOW, Horizon.SHORT);
        List<SuggestedAction> actions = new ArrayList<>(List.of(
                new SuggestedAction("q:a", "a", "x", "t", "question", low, true, 0, 1, 0.1, 10, 10, false),
                new SuggestedAction("q:b", "b", "x", "t", "question", lowShort, true, 0, 1, 0.1, 10, 10, false)));
        actions.sort(PlanGenerator.ORDER);
        assertEquals("q:b", actions.get(0).key());
    }

    @Test
    void multipleChoiceTakesTheFirstSelectedOptionWithARecommendation() {
        // formats has no option recommendation: the question's
        PlanGenerator.Suggestion s = suggest(answers("publie", true, "formats", List.of("pdf")));
        assertEquals("question", s.action("q:formats").orElseThrow().source());
        assertEquals(1.0, s.action("q:formats").orElseThrow().gap());
    }

    @Test
    void notApplicableQuestionsLeaveTheShares() {
        PlanGenerator.Suggestion s = suggest(answers("schemas", NA));
        // three scored axes left (piloter, partager, valoriser): reutilisations alone in its axis has share 1/3
        assertEquals(0.3333, PlanGenerator.round(s.action("q:reutilisations").orElseThrow().share(), 4));
    }

    @Test
    void severalRecommendationsGiveSeveralActionsTheFirstKeepingTodaysKeyAndSource() {
        Questionnaire several = SampleQuestionnaire.SEVERAL;
        Answers answers = SampleQuestionnaire.workedExample();
        PlanGenerator.Suggestion before = PlanGenerator.suggest(Q, score(answers), answers);
        PlanGenerator.Suggestion after = PlanGenerator.suggest(several, ScoringEngine.score(several, answers),
                answers);

        // quick wins (low effort, gain ≥ the median 11.11) first, then priority; ties by effort, horizon (none ranks as
        // medium), then file order: referent:2 (gain 11.11, medium effort) before budget (same numbers, later question)
        assertEquals(List.of("q:reutilisations", "q:referent", "q:formats", "q:referent:2", "q:budget", "q:nb_jeux",
                "q:referent:3"), keys(after));
        SuggestedAction first = after.action("q:referent").orElseThrow();
        SuggestedAction kept = before.action("q:referent").orElseThrow();
        assertEquals(kept.source(), first.source());
        assertEquals("option:informel", first.source());
        assertEquals(kept.gain(), first.gain(), 1e-9);
        assertEquals(kept.priority(), first.priority(), 1e-9);
        assertEquals(kept.recommendation(), first.recommendation());

        SuggestedAction second = after.action("q:referent:2").orElseThrow();
        assertEquals("option:informel:2", second.source());
        assertEquals("referent", second.questionId());
        assertEquals(null, second.recommendation().effort());
        assertEquals(null, second.recommendation().horizon());
        assertEquals(Effort.MEDIUM, second.effort(), "no effort ranks as medium");
        assertEquals(5.56, PlanGenerator.round(second.priority(), 2));
        assertEquals(first.gain(), second.gain(), 1e-9, "every action of a question carries the question's gain");
        SuggestedAction third = after.action("q:referent:3").orElseThrow();
        assertEquals("option:informel:3", third.source());
        assertEquals(2.78, PlanGenerator.round(third.priority(), 2));
        assertEquals("Inscrire la mission au plan de charge.", third.recommendation().action().in("fr", "fr"));
    }

    @Test
    void aCuratedPlanStoredBeforeStillMatchesAndResolvesEachKeptRecommendation() {
        Questionnaire several = SampleQuestionnaire.SEVERAL;
        Answers answers = SampleQuestionnaire.workedExample();
        ScoreCard card = ScoringEngine.score(several, answers);
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(several, card, answers);
        // a plan curated on the one-recommendation questionnaire: its key and source, a curator's effort
        Plan stored = new Plan(true, 3, null, null, Map.of(), List.of(
                new Plan.Item("q:referent", "referent", "option:informel", "piloter", "gouvernance", null, Effort.HIGH,
                        null, "Mme Durand", null),
                new Plan.Item("q:referent:3", "referent", "option:informel:3", "piloter", "gouvernance", null, null,
                        null, null, null)));
        List<ResolvedAction> resolved = ResolvedAction.resolve(stored, suggestion, several, card, "fr");
        assertEquals("Écrire la mission du référent et lui réserver du temps.", resolved.get(0).text());
        assertEquals(Effort.HIGH, resolved.get(0).effort());
        assertEquals(Horizon.SHORT, resolved.get(0).horizon());
        assertEquals(ResolvedAction.OPEN, resolved.get(0).status());
        assertEquals(11.11, resolved.get(0).gain(), "the stored key still names a suggested action");
        assertEquals("Inscrire la mission au plan de charge.", resolved.get(1).text());
        assertEquals(Horizon.LONG, resolved.get(1).horizon());

        // answered at the top step later: the third action is no longer suggested, its kept source still resolves
        Answers top = answers("referent", "nomme");
        PlanGenerator.Suggestion none = PlanGenerator.suggest(several, ScoringEngine.score(several, top), top);
        assertFalse(none.action("q:referent:3").isPresent());
        List<ResolvedAction> later = ResolvedAction.resolve(stored, none, several,
                ScoringEngine.score(several, top), "fr");
        assertEquals("Inscrire la mission au plan de charge.", later.get(1).text());
        assertEquals(Effort.HIGH, later.get(1).effort());
        assertEquals(ResolvedAction.REACHED, later.get(1).status());

        // sources: each item of a list is named, a number past the list or a malformed one is not
        Question referent = several.question("referent").orElseThrow();
        assertTrue(PlanGenerator.recommendationOf(referent, "option:informel:2").isPresent());
        assertFalse(PlanGenerator.recommendationOf(referent, "option:informel:4").isPresent());
        assertFalse(PlanGenerator.recommendationOf(referent, "option:informel:1").isPresent());
        assertFalse(PlanGenerator.validSource(referent, "option:informel:02"));
        assertTrue(PlanGenerator.validSource(referent, "option:informel:2"));
        assertTrue(PlanGenerator.validSource(referent, "question"));
        assertEquals("referent", SuggestedAction.questionIdOf("q:referent:3"));
        assertEquals("pil.referent", SuggestedAction.questionIdOf("q:pil.referent"));
    }

    @Test
    void aNotApplicableAnswerCountedFullStaysInTheShareOfItsTheme() {
        // format v2: the engine keeps q2 (N/A counted full) in the theme's total, so q1 weighs half of the theme
        LocalizedText t = LocalizedText.of("fr", "x");
        List<Option> yesNo = List.of(
                new Option("yes", t, 1, false, null),
                new Option("no", t, 0, false, null));
        Question q1 = new Question("q1",
                QuestionType.YES_NO, t, LocalizedText.EMPTY, 1, false, false, false,
                false, null, null, 1.0, yesNo, null, null, null, null,
                List.of(new Recommendation(t, Effort.LOW, Horizon.SHORT)));
        Question q2 = new Question("q2",
                QuestionType.YES_NO, t, LocalizedText.EMPTY, 1, false, true, false,
                false, null, null, 1.0, yesNo, null, null, null, null, List.of(),
                CountAs.FULL);
        Questionnaire q = new Questionnaire("v2", 1,
                List.of("fr"), "fr", t, LocalizedText.EMPTY,
                ScoringStrategy.WEIGHTED_POINTS,
                List.of(new Level("bas", 0, t, LocalizedText.EMPTY),
                        new Level("haut", 50, t, LocalizedText.EMPTY)),
                List.of(new Axis("a", t, LocalizedText.EMPTY, 1, List.of(
                        new Theme("t", t, LocalizedText.EMPTY, 1, List.of(q1, q2))))));
        Answers answers = AnswerValidator.validate(q, List.of(
                new AnswerInput("q1", false, false),
                new AnswerInput("q2", null, true))).answers();
        ScoreCard card = ScoringEngine.score(q, answers);
        assertEquals(50.0, card.overall().score()); // (0 + 100) / 2
        PlanGenerator.Suggestion s = PlanGenerator.suggest(q, card, answers);
        assertEquals(0.5, s.action("q:q1").orElseThrow().share(), 1e-9); // 1 / (1 + 1), not 1 / 1
        assertEquals(50.0, PlanGenerator.round(s.action("q:q1").orElseThrow().gain(), 2)); // up to 100 overall
        assertTrue(s.action("q:q2").isEmpty(), "never an action for a 'not applicable' answer");
    }
}
