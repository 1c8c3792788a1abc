package org.odmaturity.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.questionnaire.model.Option;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.AxisScore;
import org.odmaturity.scoring.ScoreCard;
import org.odmaturity.scoring.ScoringEngine;

/**
 * Scoring sanity checks on realistic organisations. The profiles, their scores and levels are documented in
 * docs/questionnaires.md ("Reference profiles"): change both together. The same organisations answer version 2 in
 * {@link QuestionnaireProfilesV2Test}, which uses the helpers below.
 */
class QuestionnaireProfilesTest {

    /** Marks a question answered "not applicable". */
    static final Object NA = new Object();

    // ================================================================== od-maturity (weighted points)

    /** Commune of about 3,800 inhabitants: a few PDF files on its website, no portal, no referent. */
    static Map<String, Object> odBeginnerCommune() {
        return answers(
                "pil.type_orga", "commune", "pil.obligation", "inconnu",
                "pil.referent", "aucun", "pil.portage", "evoque", "pil.comite", "aucune", "pil.circuit", "aucun",
                "pil.strategie", "aucun", "pil.budget", "aucun", "pil.rh", "aucun",
                "pil.rgpd", "cas_par_cas", "pil.secrets", "intuition", "pil.participation", "demandes",
                "pil.partenariat", "informe",
                "par.publication", "site", "par.socle", List.of("deliberations"), "par.licence", "aucune",
                "par.formats", "pdf", "par.mise_a_jour", "irreguliere", "par.cada", NA,
                "par.outils_internes", "aucun", "par.portail", "site_seul", "par.profils", "brut",
                "par.contact", "generique",
                "par.formation", "aucune", "par.sensibilisation", List.of("aucune"), "par.appui", "connu",
                "par.services", "referent_seul",
                "pro.inventaire", "aucun", "pro.metadonnees", "titre", "pro.qualite", "relecture",
                "pro.schemas", "inconnus", "pro.identifiants", "non", "pro.achats", "jamais",
                "pro.adresses", "partielle", "pro.urbanisme", "pdf", "pro.communs", "non",
                "pro.usage_nationales", List.of("insee"), "pro.integration", "consultation", "pro.signalement", "rien",
                "val.dataviz", "jamais", "val.usage_interne", "individuel", "val.communication", "rare",
                "val.connaissance", "aucune", "val.reutilisateurs", "non", "val.promotion", "non",
                "val.evenements", "non", "val.ambassadeurs", "aucun",
                "val.indicateurs", "aucun", "val.benefice", false,
                "val.priorites", "Publier nos délibérations et notre budget sur DataGrandEst.");
    }

    /** Intercommunality: named referent and roadmap, regular publication on a harvested portal, little promotion. */
    static Map<String, Object> odIntermediateEpci() {
        return answers(
                "pil.type_orga", "epci", "pil.obligation", "soumise",
                "pil.referent", "nomme", "pil.portage", "evoque", "pil.comite", "ponctuelle", "pil.circuit", "procedure",
                "pil.strategie", "feuille_route", "pil.budget", "ponctuel", "pil.rh", "implicite",
                "pil.rgpd", "regle", "pil.secrets", "liste", "pil.participation", "demandes",
                "pil.partenariat", "participe",
                "par.publication", "portail", "par.socle", List.of("deliberations", "budget"),
                "par.licence", "systematique", "par.formats", "ouverts", "par.mise_a_jour", "irreguliere",
                "par.cada", "parfois",
                "par.outils_internes", "tableur", "par.portail", "moissonne", "par.profils", "apercu",
                "par.contact", "generique",
                "par.formation", "autoformation", "par.sensibilisation", List.of("direction", "elus"),
                "par.appui", "utilise", "par.services", "aide",
                "pro.inventaire", "partiel", "pro.metadonnees", "description", "pro.qualite", "checklist",
                "pro.schemas", "certains", "pro.identifiants", "parfois", "pro.achats", "parfois",
                "pro.adresses", "publiee", "pro.urbanisme", "cnig", "pro.communs", "signalements",
                "pro.usage_nationales", List.of("sirene", "ban", "foncier", "insee"), "pro.integration", "manuelle",
                "pro.signalement", "ponctuel",
                "val.dataviz", "occasionnel", "val.usage_interne", "services", "val.communication", "rare",
                "val.connaissance", "hasard", "val.reutilisateurs", "sollicites", "val.promotion", "ponctuel",
                "val.evenements", "participe", "val.ambassadeurs", "referent",
                "val.indicateurs", "ponctuel", "val.benefice", false,
                "val.priorites", "Passer les délibérations au schéma SCDL et dresser l'inventaire des données.");
    }

    /** Département: resourced strategy, planned publication with schemas and API, reuses recorded, yearly report. */
    static Map<String, Object> odAdvancedDepartement() {
        return answers(
                "pil.type_orga", "departement", "pil.obligation", "soumise",
                "pil.referent", "coordonne", "pil.portage", "elu", "pil.comite", "reguliere", "pil.circuit", "procedure",
                "pil.strategie", "strategie", "pil.budget", "identifie", "pil.rh", "referent",
                "pil.rgpd", "analyse", "pil.secrets", "liste", "pil.participation", "demandes",
                "pil.partenariat", "participe",
                "par.publication", "programme",
                "par.socle", List.of("deliberations", "budget", "subventions", "marches", "equipements"),
                "par.licence", "systematique", "par.formats", "ouverts", "par.mise_a_jour", "planifiee",
                "par.cada", "parfois",
                "par.outils_internes", "portail", "par.portail", "moissonne", "par.profils", "apercu",
                "par.contact", "suivi",
                "par.formation", "plan", "par.sensibilisation", List.of("direction", "elus"),
                "par.appui", "utilise", "par.services", "guide",
                "pro.inventaire", "complet", "pro.metadonnees", "complete", "pro.qualite", "checklist",
                "pro.schemas", "tous", "pro.identifiants", "codes", "pro.achats", "clause",
                "pro.adresses", "publiee", "pro.urbanisme", NA, "pro.communs", "signalements",
                "pro.usage_nationales", List.of("sirene", "ban", "foncier", "insee", "ocsge"),
                "pro.integration", "integrees", "pro.signalement", "ponctuel",
                "val.dataviz", "principaux", "val.usage_interne", "services", "val.communication", "annonces",
                "val.connaissance", "recensees", "val.reutilisateurs", "contacts", "val.promotion", "regulier",
                "val.evenements", "coorganise", "val.ambassadeurs", "reseau",
                "val.indicateurs", "bilan", "val.benefice", true,
                "val.priorites", "Automatiser les mises à jour et exposer le catalogue en DCAT-AP.");
    }

    @Test
    void odMaturityBeginnerCommuneIsAtAwareness() {
        ScoreCard card = score(ShippedQuestionnaires.OD_MATURITY, odBeginnerCommune());
        assertLevels(card, 11.3, "eveil", Map.of(
                "piloter", new Expected(13.9, "eveil"), "partager", new Expected(12.6, "eveil"),
                "produire", new Expected(13.2, "eveil"), "valoriser", new Expected(5.0, "eveil")));
    }

    @Test
    void odMaturityIntermediateEpciIsStructured() {
        ScoreCard card = score(ShippedQuestionnaires.OD_MATURITY, odIntermediateEpci());
        assertLevels(card, 49.9, "structuration", Map.of(
                "piloter", new Expected(53.4, "structuration"), "partager", new Expected(53.5, "structuration"),
                "produire", new Expected(56.4, "structuration"), "valoriser", new Expected(34.6, "premiers-pas")));
    }

    @Test
    void odMaturityAdvancedDepartementIsManaged() {
        ScoreCard card = score(ShippedQuestionnaires.OD_MATURITY, odAdvancedDepartement());
        assertLevels(card, 74.0, "maitrise", Map.of(
                "piloter", new Expected(77.0, "maitrise"), "partager", new Expected(77.1, "maitrise"),
                "produire", new Expected(71.6, "maitrise"), "valoriser", new Expected(68.8, "maitrise")));
    }

    @Test
    void odMaturityBeginnerWhoPublishesNothingSeesNoPortalQuestions() {
        Map<String, Object> answers = odBeginnerCommune();
        answers.put("par.publication", "aucune");
        for (String gated : List.of("par.socle", "par.licence", "par.formats", "par.mise_a_jour", "par.portail",
                "par.profils", "par.contact", "pro.metadonnees", "pro.schemas", "val.dataviz", "val.connaissance",
                "val.reutilisateurs")) {
            answers.remove(gated);
        }
        ScoreCard card = score(ShippedQuestionnaires.OD_MATURITY, answers);
        assertTrue(card.notRelevant().containsAll(List.of("par.portail", "pro.schemas", "val.connaissance")),
                "portal questions are hidden: " + card.notRelevant());
        assertEquals("eveil", card.overall().level());
        assertTrue(card.overall().score() < odScore(odBeginnerCommune()),
                "publishing nothing must not score better than publishing a little");
    }

    // ================================================================== budget-data (staircase)

    /** The same commune: budget documents as PDF on its website, the legal summary presentation online. */
    static Map<String, Object> budgetBeginnerCommune() {
        return answers(
                "doc.budget_primitif", "pdf", "doc.compte", "pdf",
                "fmt.format", "pdf", "fmt.scdl", "non", "fmt.source", "ressaisie", "fmt.acces", "fichier",
                "ryt.dernier", "aucun",
                "por.lieu", "nulle_part", "por.licence", "aucune",
                "ped.synthese", true, "ped.guide", "non", "ped.dataviz", "non", "ped.reutilisation", "aucune");
    }

    /** The intercommunality: SCDL-valid budget and accounts on the portal within a month, partly described. */
    static Map<String, Object> budgetIntermediateEpci() {
        return answers(
                "doc.budget_primitif", "donnees", "doc.compte", "donnees", "doc.autres", "certains",
                "doc.historique", new BigDecimal("2"),
                "fmt.format", "ouvert", "fmt.scdl", "valide", "fmt.source", "export", "fmt.acces", "stable",
                "ryt.dernier", "dernier", "ryt.procedure", "ecrite", "ryt.delai", "mois", "ryt.execution", false,
                "por.lieu", "portail", "por.licence", "ouverte", "por.metadonnees", "partielles",
                "por.visibilite", "reference",
                "ped.synthese", true, "ped.guide", "schema", "ped.dataviz", "statique", "ped.reutilisation", "aucune");
    }

    /** The département: every decision, six years, generated from XML, API, interactive visualisation. */
    static Map<String, Object> budgetAdvancedDepartement() {
        return answers(
                "doc.budget_primitif", "donnees", "doc.compte", "donnees", "doc.autres", "tous",
                "doc.historique", new BigDecimal("6"),
                "fmt.format", "ouvert", "fmt.scdl", "valide", "fmt.source", "xml", "fmt.acces", "api",
                "ryt.dernier", "dernier", "ryt.procedure", "ecrite", "ryt.delai", "mois", "ryt.execution", true,
                "por.lieu", "portail", "por.licence", "ouverte", "por.metadonnees", "completes",
                "por.visibilite", "schema",
                "ped.synthese", true, "ped.guide", "guide", "ped.dataviz", "interactive",
                "ped.reutilisation", "connues");
    }

    @Test
    void budgetBeginnerCommuneIsNotPublished() {
        ScoreCard card = score(ShippedQuestionnaires.BUDGET_DATA, budgetBeginnerCommune());
        assertLevels(card, 6.3, "non-publie", Map.of(
                "publier", new Expected(0.0, "non-publie"), "diffuser", new Expected(12.5, "non-publie")));
        assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 25.0), themeScores(card));
    }

    @Test
    void budgetIntermediateEpciIsStandardised() {
        ScoreCard card = score(ShippedQuestionnaires.BUDGET_DATA, budgetIntermediateEpci());
        assertLevels(card, 54.2, "conforme", Map.of(
                "publier", new Expected(58.3, "conforme"), "diffuser", new Expected(50.0, "conforme")));
        assertEquals(List.of(50.0, 50.0, 75.0, 50.0, 50.0), themeScores(card));
    }

    @Test
    void budgetAdvancedDepartementIsRegularAndDocumented() {
        ScoreCard card = score(ShippedQuestionnaires.BUDGET_DATA, budgetAdvancedDepartement());
        assertLevels(card, 93.8, "regulier", Map.of(
                "publier", new Expected(100.0, "explique"), "diffuser", new Expected(87.5, "regulier")));
        assertEquals(List.of(100.0, 100.0, 100.0, 100.0, 75.0), themeScores(card));
    }

    @Test
    void budgetFirstMissingStepStopsTheClimb() {
        // the département without the SCDL schema: the format activity falls back to "published"
        Map<String, Object> answers = budgetAdvancedDepartement();
        answers.put("fmt.scdl", "inspire");
        ScoreCard card = score(ShippedQuestionnaires.BUDGET_DATA, answers);
        assertEquals(List.of(100.0, 25.0, 100.0, 100.0, 75.0), themeScores(card));
    }

    // ================================================================== bounds, both questionnaires

    @Test
    void profilesAreOrderedOnEveryAxis() {
        assertOrdered(score(ShippedQuestionnaires.OD_MATURITY, odBeginnerCommune()),
                score(ShippedQuestionnaires.OD_MATURITY, odIntermediateEpci()),
                score(ShippedQuestionnaires.OD_MATURITY, odAdvancedDepartement()));
        assertOrdered(score(ShippedQuestionnaires.BUDGET_DATA, budgetBeginnerCommune()),
                score(ShippedQuestionnaires.BUDGET_DATA, budgetIntermediateEpci()),
                score(ShippedQuestionnaires.BUDGET_DATA, budgetAdvancedDepartement()));
    }

    @Test
    void bestAnswersReachTheTopLevelAndWorstAnswersTheFirst() {
        for (String file : List.of(ShippedQuestionnaires.OD_MATURITY, ShippedQuestionnaires.BUDGET_DATA)) {
            Questionnaire q = ShippedQuestionnaires.load(file);
            ScoreCard best = score(file, extremeAnswers(q, true));
            assertEquals(100.0, best.overall().score(), file);
            assertEquals(q.levels().get(q.levels().size() - 1).id(), best.overall().level(), file);
            ScoreCard worst = score(file, extremeAnswers(q, false));
            assertEquals(0.0, worst.overall().score(), file);
            assertEquals(q.levels().get(0).id(), worst.overall().level(), file);
        }
    }

    // ================================================================== helpers

    record Expected(double score, String level) {
    }

    static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (map.put((String) pairs[i], pairs[i + 1]) != null) {
                throw new IllegalArgumentException("answered twice: " + pairs[i]);
            }
        }
        return map;
    }

    /** Validates and scores a profile; a profile must be valid and answer every relevant question. */
    static ScoreCard score(String file, Map<String, Object> profile) {
        Questionnaire q = ShippedQuestionnaires.load(file);
        List<AnswerInput> inputs = new ArrayList<>();
        profile.forEach((id, value) -> inputs.add(value == NA
                ? new AnswerInput(id, null, true)
                : new AnswerInput(id, value, false)));
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        assertEquals(List.of(), validation.problems(), file + ": the profile's answers must be valid");
        ScoreCard card = ScoringEngine.score(q, validation.answers());
        assertEquals(card.completeness().relevant(), card.completeness().answered(),
                file + ": the profile must answer every relevant question");
        return card;
    }

    /**
     * Validates and scores a profile whose answers to questions scored by the facilitator have been given these points
     * (question id → points), as at validation.
     */
    static ScoreCard score(String file, Map<String, Object> profile, Map<String, Double> facilitatorPoints) {
        Questionnaire q = ShippedQuestionnaires.load(file);
        List<AnswerInput> inputs = new ArrayList<>();
        profile.forEach((id, value) -> inputs.add(value == NA
                ? new AnswerInput(id, null, true)
                : new AnswerInput(id, value, false)));
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        assertEquals(List.of(), validation.problems(), file + ": the profile's answers must be valid");
        List<org.odmaturity.scoring.Answer> assessed = new ArrayList<>();
        facilitatorPoints.forEach((id, points) -> assessed.add(
                validation.answers().get(id).orElseThrow(() -> new AssertionError(id + " is not answered"))
                        .assessed(points)));
        ScoreCard card = ScoringEngine.score(q, validation.answers().with(assessed));
        assertEquals(card.completeness().relevant(), card.completeness().answered(),
                file + ": the profile must answer every relevant question");
        assertEquals(List.of(), card.pending(), file + ": every answer scored by the facilitator has its points");
        return card;
    }

    private static double odScore(Map<String, Object> profile) {
        return score(ShippedQuestionnaires.OD_MATURITY, profile).overall().score();
    }

    static void assertLevels(ScoreCard card, double overall, String overallLevel,
            Map<String, Expected> axes) {
        assertEquals(overall, card.overall().score(), 0.05, "overall score");
        assertEquals(overallLevel, card.overall().level(), "overall level");
        assertEquals(axes.size(), card.axes().size());
        for (AxisScore axis : card.axes()) {
            Expected expected = axes.get(axis.id());
            assertEquals(expected.score(), axis.score(), 0.05, "score of axis " + axis.id());
            assertEquals(expected.level(), axis.level(), "level of axis " + axis.id());
        }
    }

    static List<Double> themeScores(ScoreCard card) {
        return card.axes().stream().flatMap(a -> a.themes().stream()).map(t -> t.score()).toList();
    }

    static void assertOrdered(ScoreCard beginner, ScoreCard intermediate, ScoreCard advanced) {
        assertTrue(beginner.overall().score() < intermediate.overall().score());
        assertTrue(intermediate.overall().score() < advanced.overall().score());
        for (int i = 0; i < beginner.axes().size(); i++) {
            String axis = beginner.axes().get(i).id();
            assertTrue(beginner.axes().get(i).score() < intermediate.axes().get(i).score(), axis);
            assertTrue(intermediate.axes().get(i).score() < advanced.axes().get(i).score(), axis);
        }
    }

    /** The best (or worst) answer to every question, so that every question is relevant (or as few as can be). */
    static Map<String, Object> extremeAnswers(Questionnaire q, boolean best) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Question question : q.questions().toList()) {
            List<Option> options = question.options();
            Object value = switch (question.type()) {
                case SINGLE_CHOICE -> (best ? options.get(options.size() - 1) : options.get(0)).id();
                case MULTIPLE_CHOICE -> best
                        ? options.stream().filter(o -> !o.exclusive()).map(Option::id).toList()
                        : List.of(options.stream().filter(Option::exclusive).findFirst().orElseThrow().id());
                case YES_NO -> best;
                case NUMBER -> best ? new BigDecimal("10") : BigDecimal.ZERO;
                case SCALE -> new BigDecimal(best ? question.scale().max() : question.scale().min());
                case TEXT -> "Réponse libre.";
                case MATRIX -> question.rows().stream().collect(java.util.stream.Collectors.toMap(
                        org.odmaturity.questionnaire.model.MatrixRow::id,
                        r -> (best ? options.get(options.size() - 1) : options.get(0)).id()));
            };
            map.put(question.id(), value);
        }
        return map;
    }
}
