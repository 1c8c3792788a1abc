package org.odmaturity.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.Level;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.Recommendation;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.Theme;

/**
 * Walks the shipped questionnaire definitions and checks the content rules of the issue "Questionnaire content"
 * (counts, translations, help texts, recommendations, relevance conditions, graded options). Each rule collects every
 * violation before failing, so one run lists all the fixes to make. The rules common to both questionnaires run on
 * the v2 files too; the rules proper to v2 are in {@link QuestionnaireContentV2Test}.
 */
class QuestionnaireContentTest {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    // ------------------------------------------------------------------ od-maturity

    @Test
    void odMaturityLoadsWithZeroErrors() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        assertEquals("od-maturity", q.id());
        assertEquals(1, q.version());
        assertEquals(LANGUAGES, q.languages());
        assertEquals("fr", q.defaultLanguage());
        assertEquals(ScoringStrategy.WEIGHTED_POINTS, q.strategy());
    }

    @Test
    void odMaturityHasTheFourAxesOfTheRegionalStrategyWithThreeToFourThemesEach() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        assertEquals(List.of("piloter", "partager", "produire", "valoriser"), q.axes().stream().map(Axis::id).toList());
        for (Axis axis : q.axes()) {
            int themes = axis.themes().size();
            assertTrue(themes >= 3 && themes <= 4, axis.id() + " has " + themes + " themes, expected 3 to 4");
        }
        Map<String, List<String>> themes = new HashMap<>();
        q.axes().forEach(a -> themes.put(a.id(), a.themes().stream().map(Theme::id).toList()));
        assertEquals(List.of("gouvernance", "strategie", "confiance"), themes.get("piloter"));
        assertEquals(List.of("publication", "outils", "accompagnement"), themes.get("partager"));
        assertEquals(List.of("catalogue", "standardisation", "reference", "nationales"), themes.get("produire"));
        assertEquals(List.of("valorisation", "reutilisations", "animation", "impact"), themes.get("valoriser"));
    }

    @Test
    void odMaturityHasAtLeastFortyScoredQuestionsMostlyGradedSingleChoice() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        List<Question> scored = q.questions().filter(Question::scored).toList();
        assertTrue(scored.size() >= 40, "expected at least 40 scored questions, found " + scored.size());
        long singleChoice = scored.stream().filter(x -> x.type() == QuestionType.SINGLE_CHOICE).count();
        assertTrue(singleChoice * 4 >= scored.size() * 3,
                "expected at least 3/4 single-choice among scored questions, found " + singleChoice + "/" + scored.size());
        assertEquals(47, scored.size(), "update docs/questionnaires.md when the number of scored questions changes");
        assertEquals(50, q.questions().count(), "update docs/questionnaires.md when the number of questions changes");
    }

    @Test
    void odMaturityQuestionIdsCarryTheirAxisPrefix() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        Map<String, String> prefixes = Map.of("piloter", "pil.", "partager", "par.", "produire", "pro.", "valoriser", "val.");
        List<String> wrong = new ArrayList<>();
        for (Axis axis : q.axes()) {
            axis.themes().stream().flatMap(t -> t.questions().stream())
                    .filter(x -> !x.id().startsWith(prefixes.get(axis.id())))
                    .forEach(x -> wrong.add(axis.id() + ": " + x.id()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void odMaturityCoreQuestionsAreRequired() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        for (String id : List.of("pil.type_orga", "pil.obligation", "pil.referent", "pil.strategie", "pil.rgpd",
                "par.publication", "pro.inventaire", "pro.schemas", "val.indicateurs")) {
            assertTrue(q.question(id).orElseThrow().required(), id + " should be required");
        }
        for (Axis axis : q.axes()) {
            assertTrue(axis.themes().stream().flatMap(t -> t.questions().stream()).anyMatch(Question::required),
                    "axis " + axis.id() + " has no required question");
        }
    }

    @Test
    void odMaturityPublicationFollowUpsAreOnlyAskedToPublishers() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY);
        for (String id : List.of("par.socle", "par.licence", "par.formats", "par.mise_a_jour", "par.portail",
                "par.profils", "par.contact", "pro.metadonnees", "pro.schemas", "val.dataviz", "val.connaissance",
                "val.reutilisateurs")) {
            Question question = q.question(id).orElseThrow();
            assertNotNull(question.relevance(), id + " should depend on par.publication");
            assertEquals(Set.of("par.publication"), question.relevance().references(), id);
        }
        // every theme keeps at least one question that everybody answers, so no theme vanishes for a beginner
        for (Axis axis : q.axes()) {
            for (Theme theme : axis.themes()) {
                assertTrue(theme.questions().stream().anyMatch(x -> x.scored() && x.relevance() == null),
                        "theme " + theme.id() + " has no always-relevant scored question");
            }
        }
    }

    // ------------------------------------------------------------------ budget-data

    @Test
    void budgetDataLoadsWithZeroErrors() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.BUDGET_DATA);
        assertEquals("budget-data", q.id());
        assertEquals(1, q.version());
        assertEquals(LANGUAGES, q.languages());
        assertEquals("fr", q.defaultLanguage());
        assertEquals(ScoringStrategy.STAIRCASE, q.strategy());
    }

    @Test
    void budgetDataHasTwelveToTwentyQuestionsInItsOwnThemes() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.BUDGET_DATA);
        long count = q.questions().count();
        assertTrue(count >= 12 && count <= 20, "expected 12 to 20 questions, found " + count);
        assertEquals(20, count, "update docs/questionnaires.md when the number of questions changes");
        assertEquals(List.of("publier", "diffuser"), q.axes().stream().map(Axis::id).toList());
        assertEquals(List.of("documents", "format", "rythme", "portail", "pedagogie"),
                q.axes().stream().flatMap(a -> a.themes().stream()).map(Theme::id).toList());
    }

    @Test
    void budgetDataStepsBelongToLevelsTwoToFiveAndEveryThemeClimbsToTheTop() {
        Questionnaire q = ShippedQuestionnaires.load(ShippedQuestionnaires.BUDGET_DATA);
        List<String> levelIds = q.levels().stream().map(Level::id).toList();
        Set<String> upperLevels = new HashSet<>(levelIds.subList(1, levelIds.size()));
        List<String> problems = new ArrayList<>();
        for (Axis axis : q.axes()) {
            for (Theme theme : axis.themes()) {
                Set<String> steps = new HashSet<>();
                for (Question question : theme.questions()) {
                    if (!question.scored()) {
                        continue;
                    }
                    if (question.step() == null) {
                        problems.add(question.id() + ": scored question without a step");
                    } else if (!upperLevels.contains(question.step())) {
                        problems.add(question.id() + ": step '" + question.step() + "' is not one of levels 2 to 5");
                    } else {
                        steps.add(question.step());
                    }
                }
                if (!steps.equals(upperLevels)) {
                    problems.add("theme " + theme.id() + " has steps " + steps + ", expected one or more for each of "
                            + upperLevels);
                }
                // the lowest step of each activity is asked to everybody: a beginner's climb always starts
                String lowest = levelIds.get(1);
                theme.questions().stream().filter(x -> lowest.equals(x.step()) && x.relevance() == null).findAny()
                        .ifPresentOrElse(x -> { }, () -> problems.add("theme " + theme.id()
                                + " has no always-relevant step at level " + lowest));
            }
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------ rules common to both

    @Test
    void everyQuestionHasHelpTextInEveryLanguage() {
        forEachShipped(q -> {
            List<String> missing = q.questions().filter(x -> !complete(x.help())).map(Question::id).toList();
            assertEquals(List.of(), missing, q.id() + ": questions without help text in fr and en");
        });
    }

    @Test
    void everyTextExistsInFrenchAndEnglish() {
        forEachShipped(q -> {
            List<String> problems = new ArrayList<>();
            check(problems, "title", q.title());
            check(problems, "description", q.description());
            for (Level level : q.levels()) {
                check(problems, "level " + level.id() + " label", level.label());
                check(problems, "level " + level.id() + " description", level.description());
            }
            for (Axis axis : q.axes()) {
                check(problems, "axis " + axis.id() + " title", axis.title());
                check(problems, "axis " + axis.id() + " description", axis.description());
                for (Theme theme : axis.themes()) {
                    check(problems, "theme " + theme.id() + " title", theme.title());
                    check(problems, "theme " + theme.id() + " description", theme.description());
                    for (Question question : theme.questions()) {
                        String where = "question " + question.id();
                        check(problems, where + " text", question.text());
                        check(problems, where + " help", question.help());
                        for (Option option : question.options()) {
                            check(problems, where + " option " + option.id(), option.label());
                            for (Recommendation r : option.recommendations()) {
                                check(problems, where + " option " + option.id() + " recommendation", r.action());
                            }
                        }
                        for (Recommendation r : question.recommendations()) {
                            check(problems, where + " recommendation", r.action());
                        }
                        if (question.number() != null && question.number().unit() != null
                                && !question.number().unit().isEmpty()) {
                            check(problems, where + " unit", question.number().unit());
                        }
                    }
                }
            }
            assertEquals(List.of(), problems, q.id());
        });
    }

    @Test
    void fiveNamedAndDescribedLevels() {
        forEachShipped(q -> {
            assertEquals(5, q.levels().size(), q.id());
            for (Level level : q.levels()) {
                assertTrue(complete(level.label()) && complete(level.description()), q.id() + " level " + level.id());
            }
        });
    }

    @Test
    void everyAnswerBelowTheTopHasARecommendationWithEffortAndHorizon() {
        forEachShipped(q -> {
            List<String> problems = new ArrayList<>();
            q.questions().filter(Question::scored).forEach(question -> {
                // the shipped questionnaires give effort and horizon with every recommendation of a list (the format
                // makes them optional for other authors)
                List<Recommendation> fallback = question.recommendations();
                switch (question.type()) {
                    case SINGLE_CHOICE, YES_NO -> {
                        for (Option option : question.options()) {
                            if (option.score() < question.maxScore()) {
                                List<Recommendation> r = option.recommendations().isEmpty() ? fallback
                                        : option.recommendations();
                                if (!usable(r)) {
                                    problems.add(question.id() + " option " + option.id() + " (score " + option.score()
                                            + " < " + question.maxScore() + ") has no recommendation");
                                }
                            }
                        }
                    }
                    // any answer below maxScore is possible: the question itself must carry the next step
                    case MULTIPLE_CHOICE, NUMBER, SCALE -> {
                        if (!usable(fallback)) {
                            problems.add(question.id() + " (" + question.type().key() + ") has no recommendation");
                        }
                    }
                    case TEXT -> { }
                }
            });
            assertEquals(List.of(), problems, q.id());
        });
    }

    @Test
    void singleChoiceOptionsAreGradedFromZeroToMaxScore() {
        forEachShipped(q -> {
            List<String> problems = new ArrayList<>();
            q.questions().filter(x -> x.scored() && x.type() == QuestionType.SINGLE_CHOICE).forEach(question -> {
                List<Option> options = question.options();
                if (options.get(0).score() != 0) {
                    problems.add(question.id() + ": the first option should score 0");
                }
                if (options.get(options.size() - 1).score() != question.maxScore()) {
                    problems.add(question.id() + ": the last option should score maxScore");
                }
                for (int i = 1; i < options.size(); i++) {
                    if (options.get(i).score() <= options.get(i - 1).score()) {
                        problems.add(question.id() + ": options should be listed by strictly increasing score");
                    }
                }
                // the top answer is the target: it needs no next step
                if (!options.get(options.size() - 1).recommendations().isEmpty()) {
                    problems.add(question.id() + ": the top option should not carry a recommendation");
                }
            });
            assertEquals(List.of(), problems, q.id());
        });
    }

    @Test
    void relevanceConditionsOnlyReferToEarlierQuestions() {
        forEachShipped(q -> {
            List<String> seen = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            q.questions().forEach(question -> {
                if (question.relevance() != null) {
                    for (String reference : question.relevance().references()) {
                        if (!seen.contains(reference)) {
                            problems.add(question.id() + " refers to " + reference + ", which is not an earlier question");
                        }
                    }
                }
                seen.add(question.id());
            });
            assertEquals(List.of(), problems, q.id());
            assertTrue(q.questions().anyMatch(x -> x.relevance() != null), q.id() + " uses relevance conditions");
        });
    }

    @Test
    void noTwoQuestionsShareAText() {
        forEachShipped(q -> {
            for (String language : LANGUAGES) {
                Set<String> texts = new HashSet<>();
                List<String> duplicates = q.questions().map(x -> x.text().values().get(language))
                        .filter(t -> !texts.add(t)).toList();
                assertEquals(List.of(), duplicates, q.id() + " " + language);
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The common rules hold for every shipped file, v1 and v2. */
    private static void forEachShipped(Consumer<Questionnaire> rule) {
        ShippedQuestionnaires.ALL.forEach(file -> rule.accept(ShippedQuestionnaires.load(file)));
    }

    private static boolean complete(LocalizedText text) {
        return text != null && LANGUAGES.stream().allMatch(l -> {
            String value = text.values().get(l);
            return value != null && !value.isBlank();
        }) && text.values().keySet().equals(Set.copyOf(LANGUAGES));
    }

    private static void check(List<String> problems, String where, LocalizedText text) {
        if (!complete(text)) {
            problems.add(where + " is not written in exactly fr and en");
        }
    }

    /** At least one recommendation, each with its text in every language, an effort and a horizon. */
    private static boolean usable(List<Recommendation> list) {
        return !list.isEmpty() && list.stream().allMatch(r -> complete(r.action()) && r.effort() != null
                && r.horizon() != null);
    }
}
