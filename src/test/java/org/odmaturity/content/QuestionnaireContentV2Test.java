package org.odmaturity.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Axis;
import org.odmaturity.questionnaire.model.FacilitatorScoring;
import org.odmaturity.questionnaire.model.LocalizedText;
import org.odmaturity.questionnaire.model.MatrixRow;
import org.odmaturity.questionnaire.model.CountAs;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.model.ScoringStrategy;
import org.odmaturity.questionnaire.model.StaircaseRules;
import org.odmaturity.questionnaire.model.Theme;

/**
 * The content rules proper to version 2 of the shipped questionnaires (issue 16: legally exact, fair to small bodies,
 * complete for 2026). The rules common to every version run on v2 too, in {@link QuestionnaireContentTest}. Each rule
 * collects every violation before failing.
 */
class QuestionnaireContentV2Test {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    private static Questionnaire od() {
        return ShippedQuestionnaires.load(ShippedQuestionnaires.OD_MATURITY_V2);
    }

    private static Questionnaire budget() {
        return ShippedQuestionnaires.load(ShippedQuestionnaires.BUDGET_DATA_V2);
    }

    // ------------------------------------------------------------------ od-maturity v2

    @Test
    void odMaturityV2LoadsAsVersionTwoWithTheSameAxesAndThemes() {
        Questionnaire q = od();
        assertEquals("od-maturity", q.id());
        assertEquals(2, q.version());
        assertEquals(LANGUAGES, q.languages());
        assertEquals(ScoringStrategy.WEIGHTED_POINTS, q.strategy());
        assertEquals(List.of("piloter", "partager", "produire", "valoriser"), q.axes().stream().map(Axis::id).toList());
        assertEquals(List.of("gouvernance", "strategie", "confiance", "publication", "outils", "accompagnement",
                "catalogue", "standardisation", "reference", "nationales", "valorisation", "reutilisations",
                "animation", "impact"), q.axes().stream().flatMap(a -> a.themes().stream()).map(Theme::id).toList());
        assertEquals(List.of("eveil", "premiers-pas", "structuration", "maitrise", "exemplarite"),
                q.levels().stream().map(l -> l.id()).toList());
    }

    @Test
    void odMaturityV2CountsAndIdsAsDocumented() {
        Questionnaire q = od();
        List<Question> scored = q.questions().filter(Question::scored).toList();
        assertEquals(57, scored.size(), "update docs/questionnaires.md when the number of scored questions changes");
        assertEquals(59, q.questions().count(), "update docs/questionnaires.md when the number of questions changes");
        long singleChoice = scored.stream().filter(x -> x.type() == QuestionType.SINGLE_CHOICE).count();
        assertEquals(50, singleChoice);
        // format v2 features: two matrices, one answer scored by the facilitator
        assertEquals(List.of("par.socle", "pro.usage_nationales"),
                scored.stream().filter(x -> x.type() == QuestionType.MATRIX).map(Question::id).toList());
        assertEquals(List.of("val.priorites"),
                scored.stream().filter(Question::facilitatorScored).map(Question::id).toList());
        Map<String, String> prefixes = Map.of("piloter", "pil.", "partager", "par.", "produire", "pro.", "valoriser", "val.");
        List<String> wrong = new ArrayList<>();
        for (Axis axis : q.axes()) {
            axis.themes().stream().flatMap(t -> t.questions().stream())
                    .filter(x -> !x.id().startsWith(prefixes.get(axis.id())))
                    .forEach(x -> wrong.add(axis.id() + ": " + x.id()));
        }
        assertEquals(List.of(), wrong);
        for (String id : List.of("pil.type_orga", "pil.obligation", "pil.referent", "pil.strategie", "pil.rgpd",
                "par.publication", "pro.inventaire", "pro.schemas", "val.indicateurs")) {
            assertTrue(q.question(id).orElseThrow().required(), id + " should be required");
        }
    }

    @Test
    void odMaturityV2MergesWhatMeasuredTheSameThing() {
        Questionnaire q = od();
        // job descriptions now belong to the referent question, internal ambassadors to the departments question
        assertTrue(q.question("pil.rh").isEmpty());
        assertTrue(q.question("val.ambassadeurs").isEmpty());
        assertTrue(text(q.question("pil.referent").orElseThrow().help(), "fr").contains("pil.rh"));
        assertTrue(text(q.question("par.services").orElseThrow().help(), "fr").contains("val.ambassadeurs"));
    }

    @Test
    void odMaturityV2AddsTheMissingTopicsWithRecommendations() {
        Questionnaire q = od();
        List<String> added = List.of("pil.roles", "par.decp", "par.subventions", "par.dsp", "par.fraicheur",
                "par.mutualisation", "pro.inspire", "pro.adresses_communes", "pro.transition", "val.accessibilite",
                "val.elus");
        List<String> problems = new ArrayList<>();
        for (String id : added) {
            Question question = q.question(id).orElse(null);
            if (question == null) {
                problems.add(id + " is missing");
            } else if (!question.scored()) {
                problems.add(id + " is not scored");
            } else if (question.type() == QuestionType.SINGLE_CHOICE) {
                // low → high options, every option below the top with its own next step
                question.options().stream().filter(o -> o.score() < question.maxScore())
                        .filter(o -> o.recommendations().isEmpty())
                        .forEach(o -> problems.add(id + " option " + o.id() + " has no recommendation"));
            } else if (question.recommendations().isEmpty()) {
                problems.add(id + " has no recommendation");
            }
        }
        assertEquals(List.of(), problems);
        // the nine reference datasets of the public data service (décret 2017-331), each a row of the matrix
        Question usage = q.question("pro.usage_nationales").orElseThrow();
        Set<String> rows = new HashSet<>(usage.rows().stream().map(MatrixRow::id).toList());
        assertTrue(rows.containsAll(List.of("sirene", "rna", "pci", "rge", "ban", "roae", "rome", "cog", "rpg")),
                rows.toString());
        // fair to small bodies: a dataset with no use for its missions weighs nothing (it scores the maximum), and
        // every level below the maximum says what to do next
        assertEquals(usage.maxScore(), usage.option("sans_objet").orElseThrow().score());
        usage.options().stream().filter(o -> o.score() < usage.maxScore())
                .forEach(o -> assertFalse(o.recommendations().isEmpty(), "pro.usage_nationales " + o.id()));
        // the integration question reads the matrix only as answered, and a body using none answers N/A (left out)
        Question integration = q.question("pro.integration").orElseThrow();
        assertEquals("answered(pro.usage_nationales)", integration.relevantWhen());
        assertTrue(integration.notApplicableAllowed());
        assertEquals(CountAs.LEFT_OUT, integration.notApplicableScore());
    }

    /** Every legal fact of issue 16 carries its reference in the help text, in French and in English. */
    @Test
    void odMaturityV2HelpTextsCiteTheirLegalReferences() {
        Map<String, List<String>> references = new LinkedHashMap<>();
        references.put("pil.obligation", List.of("L312-1-1", "2016-1922"));
        references.put("pil.rgpd", List.of("L312-1-2", "D312-1-3", "2018-1117"));
        references.put("par.licence", List.of("L321-1", "L323-2", "2017-638"));
        references.put("par.decp", List.of("40 000 €", "22 décembre 2022", "1er janvier 2024", "deux mois"));
        references.put("par.subventions", List.of("2017-779", "3 500", "trois mois"));
        references.put("par.dsp", List.of("L3131-2", "L3131-4"));
        references.put("par.cada", List.of("L312-1-1", "3 500", "50 agents"));
        references.put("pro.adresses", List.of("L2121-30-1", "3DS", "1er janvier 2024"));
        references.put("pro.adresses_communes", List.of("L2121-30-1"));
        references.put("pro.urbanisme", List.of("L153-23", "L143-24", "1er janvier 2023"));
        references.put("pro.inspire", List.of("2007/2", "L127-1"));
        references.put("pro.usage_nationales", List.of("2017-331"));
        references.put("val.accessibilite", List.of("2005-102", "RGAA"));
        assertEquals(List.of(), missingReferences(od(), references));
    }

    @Test
    void odMaturityV2TopAnswersAcceptASharedArrangement() {
        Questionnaire q = od();
        List<String> problems = new ArrayList<>();
        for (String id : List.of("pil.referent", "pil.comite", "pil.budget", "par.outils_internes", "par.services",
                "pro.inventaire", "pro.inspire", "pro.adresses", "pro.transition")) {
            Question question = q.question(id).orElseThrow();
            Option top = question.options().get(question.options().size() - 1);
            String fr = text(top.label(), "fr") + " " + text(question.help(), "fr");
            String en = text(top.label(), "en") + " " + text(question.help(), "en");
            if (!fr.contains("mutualis") || !en.contains("shared")) {
                problems.add(id + ": the top answer or its help does not mention a shared arrangement");
            }
            if (!(text(top.label(), "fr").contains("mutualis") || text(top.label(), "fr").contains("petite structure")
                    || text(top.label(), "fr").contains("second agent"))) {
                problems.add(id + ": the top option's label does not accept a small body's arrangement");
            }
        }
        assertEquals(List.of(), problems);
        // support: the top rewards sharing back, not depending on help
        Question appui = q.question("par.appui").orElseThrow();
        assertEquals("partage", appui.options().get(appui.options().size() - 1).id());
    }

    @Test
    void odMaturityV2IsNotApplicableWhereTheLawDoesNotApply() {
        Questionnaire q = od();
        for (String id : List.of("par.cada", "par.subventions", "par.decp", "par.dsp", "pro.urbanisme",
                "pro.adresses_communes", "val.elus")) {
            Question question = q.question(id).orElseThrow();
            assertTrue(question.notApplicableAllowed(), id + " accepts not applicable");
            assertEquals(CountAs.LEFT_OUT, question.notApplicableScore(), id);
        }
        // the Base Adresse Locale is compulsory for every commune: no "not applicable" there, asked to communes only
        Question adresses = q.question("pro.adresses").orElseThrow();
        assertFalse(adresses.notApplicableAllowed());
        assertEquals(Set.of("pil.type_orga"), adresses.relevance().references());
        assertEquals(Set.of("pil.type_orga"), q.question("pro.adresses_communes").orElseThrow().relevance().references());
        String urbanisme = text(q.question("pro.urbanisme").orElseThrow().help(), "fr");
        assertTrue(urbanisme.contains("PLUi") && urbanisme.contains("RNU"), urbanisme);
    }

    @Test
    void odMaturityV2RanksLicencesAndFormatsAsTheLawAndStructureSay() {
        Questionnaire q = od();
        Question licence = q.question("par.licence").orElseThrow();
        // "all rights reserved" is the worst case: reuse is free by law without any licence
        assertEquals(List.of("maison", "aucune", "partielle", "systematique"), optionIds(licence));
        assertTrue(text(licence.options().get(0).label(), "fr").contains("Tous droits réservés"));
        for (String id : List.of("par.formats")) {
            Question formats = q.question(id).orElseThrow();
            // ODS is an open ISO format: it is never ranked below CSV
            assertEquals(score(formats, "CSV"), score(formats, "ODS"), id);
        }
        Question formats = q.question("par.formats").orElseThrow();
        assertTrue(formats.options().stream().anyMatch(o -> text(o.label(), "fr").contains("cellules fusionnées")
                && o.score() == 1), "formatted sheets are the first step above PDF");
    }

    @Test
    void odMaturityV2PublicationFollowUpsAreOnlyAskedToPublishers() {
        Questionnaire q = od();
        for (String id : gated()) {
            Question question = q.question(id).orElseThrow();
            assertNotNull(question.relevance(), id + " should depend on par.publication");
            assertEquals(Set.of("par.publication"), question.relevance().references(), id);
        }
        // the legal obligations that apply whatever is published are always asked
        for (String id : List.of("par.decp", "par.subventions", "par.dsp", "pro.urbanisme", "pro.inspire")) {
            assertEquals(null, q.question(id).orElseThrow().relevance(), id + " is asked to everybody");
        }
        for (Axis axis : q.axes()) {
            for (Theme theme : axis.themes()) {
                assertTrue(theme.questions().stream().anyMatch(x -> x.scored() && x.relevance() == null),
                        "theme " + theme.id() + " has no always-relevant scored question");
            }
        }
    }

    @Test
    void odMaturityV2RecommendationsSayWhatToDo() {
        Questionnaire q = od();
        // par.socle: one row per SCDL dataset; the plan's action comes from the weakest row's option and names the rows
        // answered with it, so each option below the top says what to do for any of the datasets
        Question socle = q.question("par.socle").orElseThrow();
        assertEquals(List.of("deliberations", "budget", "equipements"),
                socle.rows().stream().map(MatrixRow::id).toList());
        String missing = text(socle.option("non").orElseThrow().recommendations().get(0).action(), "fr");
        for (String step : List.of("validata.fr", "logiciel des actes", "TOTEM", "coordonnées", "mutualisée")) {
            assertTrue(missing.contains(step), "par.socle 'non' lacks " + step + ": " + missing);
        }
        assertTrue(text(socle.option("hors_schema").orElseThrow().recommendations().get(0).action(), "fr")
                .contains("validata.fr"));
        assertTrue(text(q.question("par.decp").orElseThrow().options().get(0).recommendations().get(0).action(), "fr")
                .contains("profil d'acheteur"));
        assertTrue(text(q.question("pil.budget").orElseThrow().options().get(2).recommendations().get(0).action(), "fr")
                .contains("rapport d'orientation budgétaire"));
        assertTrue(q.question("par.outils_internes").orElseThrow().options().get(1).recommendations().stream()
                .anyMatch(r -> text(r.action(), "fr").contains("TOTEM")));
        // the planning document is a legal defect to fix now, not at the next procedure
        Question urbanisme = q.question("pro.urbanisme").orElseThrow();
        String first = text(urbanisme.options().get(0).recommendations().get(0).action(), "fr");
        assertTrue(first.startsWith("Dès maintenant"), first);
        assertFalse(first.contains("prochaine procédure"), first);
    }

    /** val.priorites is scored by the facilitator, with a rubric that gives the maximum to a small body too. */
    @Test
    void odMaturityV2PrioritiesAreScoredByTheFacilitator() {
        Question priorities = od().question("val.priorites").orElseThrow();
        assertEquals(QuestionType.TEXT, priorities.type());
        assertTrue(priorities.facilitatorScored());
        assertEquals(3.0, priorities.maxScore());
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), priorities.facilitatorScoring().rubric().stream()
                .map(FacilitatorScoring.RubricLevel::score).toList());
        for (FacilitatorScoring.RubricLevel level : priorities.facilitatorScoring().rubric()) {
            assertFalse(text(level.label(), "fr").isBlank());
            assertFalse(text(level.label(), "en").isBlank());
        }
        String top = text(priorities.facilitatorScoring().rubric().get(3).label(), "fr");
        assertTrue(top.contains("service mutualisé"), "a shared service carrying a priority counts: " + top);
        assertFalse(priorities.recommendations().isEmpty());
        assertFalse(text(priorities.help(), "fr").contains("non notée"), "the help says how it is scored");
    }

    // ------------------------------------------------------------------ budget-data v2

    @Test
    void budgetDataV2HasItsFiveActivitiesAndTheNewReportsAndAnnexes() {
        Questionnaire q = budget();
        assertEquals("budget-data", q.id());
        assertEquals(2, q.version());
        assertEquals(ScoringStrategy.STAIRCASE, q.strategy());
        assertEquals(24, q.questions().count(), "update docs/questionnaires.md when the number of questions changes");
        assertEquals(List.of("publier", "diffuser"), q.axes().stream().map(Axis::id).toList());
        assertEquals(List.of("documents", "format", "rythme", "annexes", "portail", "pedagogie"),
                q.axes().stream().flatMap(a -> a.themes().stream()).map(Theme::id).toList());
        List<String> levelIds = q.levels().stream().map(l -> l.id()).toList();
        List<String> problems = new ArrayList<>();
        for (Theme theme : q.axes().stream().flatMap(a -> a.themes().stream()).toList()) {
            Set<String> steps = new HashSet<>();
            theme.questions().stream().filter(Question::scored).forEach(x -> steps.add(x.step()));
            if (!steps.equals(Set.copyOf(levelIds.subList(1, levelIds.size())))) {
                problems.add(theme.id() + " has steps " + steps);
            }
            if (theme.questions().stream().noneMatch(x -> levelIds.get(1).equals(x.step()) && x.relevance() == null)) {
                problems.add(theme.id() + " has no always-relevant first step");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The climb as the partnership means it: the first "no" ends an activity, intermediate answers count in part. */
    @Test
    void budgetDataV2OptsIntoTheStaircaseRules() {
        StaircaseRules rules = budget().staircase();
        assertTrue(rules.stopAtFirstNo());
        assertTrue(rules.partialCredit());
        // a draft's unanswered step counts as not done (submission already asks every required step)
        assertFalse(rules.incomplete());
        // the annexes stay four questions, one step each: a matrix would be one step, and its N/A is for all rows
        for (String id : List.of("ann.rob", "ann.dette", "ann.budgets_annexes", "ann.budget_vert")) {
            assertFalse(budget().question(id).orElseThrow().type() == QuestionType.MATRIX, id);
        }
    }

    @Test
    void budgetDataV2HelpTextsCiteTheirLegalReferences() {
        Map<String, List<String>> references = new LinkedHashMap<>();
        references.put("doc.compte", List.of("article 205", "0.8.3", "2026", "2027"));
        references.put("fmt.scdl", List.of("0.8.3"));
        references.put("ryt.dernier", List.of("L1612-2", "L1612-12", "15 avril", "30 avril"));
        references.put("ped.synthese", List.of("L2313-1", "DGCL", "2 809", "L5211-36"));
        references.put("ann.rob", List.of("L2312-1", "2016-834"));
        references.put("ann.budget_vert", List.of("article 191", "3 500"));
        assertEquals(List.of(), missingReferences(budget(), references));
    }

    @Test
    void budgetDataV2PromisesNoNationalConsolidation() {
        Questionnaire q = budget();
        List<String> promises = new ArrayList<>();
        q.levels().forEach(l -> check(promises, "level " + l.id(), l.description()));
        q.axes().forEach(a -> a.themes().forEach(t -> check(promises, "theme " + t.id(), t.description())));
        q.questions().forEach(x -> {
            check(promises, x.id() + " text", x.text());
            x.options().forEach(o -> check(promises, x.id() + " option " + o.id(), o.label()));
        });
        assertEquals(List.of(), promises);
        String help = text(q.question("por.visibilite").orElseThrow().help(), "fr");
        assertTrue(help.contains("pas aujourd'hui de consolidation nationale"), help);
    }

    @Test
    void budgetDataV2IsFairWhereTheLawDoesNotApply() {
        Questionnaire q = budget();
        // below the thresholds, the law asks nothing: the top step counts as passed, the lower ones leave the climb
        assertEquals(CountAs.FULL, q.question("ann.budget_vert").orElseThrow().notApplicableScore());
        for (String id : List.of("ann.rob", "ann.budgets_annexes", "doc.autres", "ped.synthese")) {
            assertTrue(q.question(id).orElseThrow().notApplicableAllowed(), id);
            assertEquals(CountAs.LEFT_OUT, q.question(id).orElseThrow().notApplicableScore(), id);
        }
        Question format = q.question("fmt.format").orElseThrow();
        assertEquals(score(format, "CSV"), score(format, "ODS"), "ODS is not ranked below CSV");
    }

    // ------------------------------------------------------------------ helpers

    static List<String> gated() {
        return List.of("par.socle", "par.licence", "par.formats", "par.mise_a_jour", "par.fraicheur", "par.portail",
                "par.profils", "par.contact", "pro.metadonnees", "pro.schemas", "val.dataviz", "val.accessibilite",
                "val.connaissance", "val.reutilisateurs");
    }

    private static void check(List<String> promises, String where, LocalizedText text) {
        if (text != null && text.values().values().stream()
                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("consolidation"))) {
            promises.add(where + " mentions a national consolidation");
        }
    }

    private static List<String> missingReferences(Questionnaire q, Map<String, List<String>> references) {
        List<String> missing = new ArrayList<>();
        references.forEach((id, needles) -> {
            Question question = q.question(id).orElse(null);
            if (question == null) {
                missing.add(id + " is missing");
                return;
            }
            for (String needle : needles) {
                if (!text(question.help(), "fr").contains(needle)) {
                    missing.add(id + " (fr) lacks " + needle);
                }
                // the English text cites the same articles and decrees (numbers and article ids, not French words)
                String english = needle.replace("1er janvier", "1 January").replace("22 décembre", "22 December")
                        .replace("deux mois", "two months").replace("trois mois", "three months")
                        .replace("15 avril", "15 April").replace("30 avril", "30 April")
                        .replace("40 000 €", "€40,000").replace("3 500", "3,500").replace("2 809", "2,809")
                        .replace("50 agents", "50 staff");
                if (!text(question.help(), "en").contains(english)) {
                    missing.add(id + " (en) lacks " + english);
                }
            }
        });
        return missing;
    }

    private static String text(LocalizedText text, String language) {
        return text.values().get(language);
    }

    private static List<String> optionIds(Question question) {
        return question.options().stream().map(Option::id).toList();
    }

    /** The score of the option whose French label names this format. */
    private static int score(Question question, String format) {
        return question.options().stream().filter(o -> text(o.label(), "fr").contains(format))
                .mapToInt(o -> (int) o.score()).findFirst()
                .orElseThrow(() -> new AssertionError(question.id() + " has no option naming " + format));
    }
}
