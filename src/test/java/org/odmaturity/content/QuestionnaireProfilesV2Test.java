package org.odmaturity.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.content.QuestionnaireProfilesTest.NA;
import static org.odmaturity.content.QuestionnaireProfilesTest.answers;
import static org.odmaturity.content.QuestionnaireProfilesTest.assertLevels;
import static org.odmaturity.content.QuestionnaireProfilesTest.assertOrdered;
import static org.odmaturity.content.QuestionnaireProfilesTest.extremeAnswers;
import static org.odmaturity.content.QuestionnaireProfilesTest.score;
import static org.odmaturity.content.QuestionnaireProfilesTest.themeScores;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.content.QuestionnaireProfilesTest.Expected;
import org.odmaturity.questionnaire.model.Question;
import org.odmaturity.questionnaire.model.QuestionType;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.scoring.QuestionScore;
import org.odmaturity.scoring.ScoreCard;

/**
 * The reference profiles of {@link QuestionnaireProfilesTest} answering version 2 of both questionnaires, and the
 * profile issue 16 asks for: a small commune doing everything it can at its size, with a shared referent. Scores and
 * levels are documented in docs/questionnaires.md ("Reference profiles", version 2): change both together.
 */
class QuestionnaireProfilesV2Test {

    private static final String OD = ShippedQuestionnaires.OD_MATURITY_V2;
    private static final String BUDGET = ShippedQuestionnaires.BUDGET_DATA_V2;

    // ================================================================== od-maturity v2

    /** The commune of about 3,800 inhabitants of v1: a few PDF files on its website, no portal, no referent. */
    static Map<String, Object> odBeginnerCommune() {
        return answers(
                "pil.type_orga", "commune", "pil.obligation", "inconnu", "pil.referent", "aucun",
                "pil.portage", "evoque", "pil.comite", "aucune", "pil.circuit", "aucun", "pil.roles", "aucun",
                "pil.strategie", "aucun", "pil.budget", "aucun", "pil.rgpd", "cas_par_cas",
                "pil.secrets", "intuition", "pil.participation", "demandes", "pil.partenariat", "informe",
                "par.publication", "site", "par.socle", List.of("deliberations"), "par.licence", "aucune",
                "par.formats", "pdf", "par.mise_a_jour", "irreguliere", "par.fraicheur", new BigDecimal("20"),
                "par.cada", NA, "par.decp", "inconnu", "par.subventions", "non", "par.dsp", "inconnu",
                "par.outils_internes", "aucun", "par.portail", "site_seul", "par.profils", "brut",
                "par.contact", "generique", "par.mutualisation", "aucune", "par.formation", "aucune",
                "par.sensibilisation", List.of("aucune"), "par.appui", "connu", "par.services", "referent_seul",
                "pro.inventaire", "aucun", "pro.metadonnees", "titre", "pro.qualite", "relecture",
                "pro.inspire", "aucune", "pro.schemas", "inconnus", "pro.identifiants", "non",
                "pro.achats", "jamais", "pro.adresses", "partielle", "pro.urbanisme", "non", "pro.communs", "non",
                "pro.transition", "aucune", "pro.usage_nationales", List.of("insee"),
                "pro.integration", "consultation", "pro.signalement", "rien", "val.dataviz", "jamais",
                "val.usage_interne", "individuel", "val.communication", "rare", "val.accessibilite", "non",
                "val.connaissance", "aucune", "val.reutilisateurs", "non", "val.promotion", "non",
                "val.evenements", "non", "val.elus", "non", "val.indicateurs", "aucun", "val.benefice", false,
                "val.priorites", "Publier nos délibérations et notre budget sur DataGrandEst.");
    }

    /** The intercommunality of v1: named referent, roadmap, harvested portal, DECP sent by its buyer profile. */
    static Map<String, Object> odIntermediateEpci() {
        return answers(
                "pil.type_orga", "epci", "pil.obligation", "soumise", "pil.referent", "nomme",
                "pil.portage", "evoque", "pil.comite", "ponctuelle", "pil.circuit", "procedure",
                "pil.roles", "implicite", "pil.strategie", "feuille_route", "pil.budget", "ponctuel",
                "pil.rgpd", "regle", "pil.secrets", "liste", "pil.participation", "demandes",
                "pil.partenariat", "participe", "par.publication", "portail",
                "par.socle", List.of("deliberations", "budget"), "par.licence", "systematique",
                "par.formats", "structures", "par.mise_a_jour", "irreguliere", "par.fraicheur", new BigDecimal("55"),
                "par.cada", "parfois", "par.decp", "profil", "par.subventions", "donnees", "par.dsp", "clause",
                "par.outils_internes", "tableur", "par.portail", "moissonne", "par.profils", "apercu",
                "par.contact", "generique", "par.mutualisation", "convention", "par.formation", "autoformation",
                "par.sensibilisation", List.of("direction", "elus"), "par.appui", "utilise", "par.services", "aide",
                "pro.inventaire", "partiel", "pro.metadonnees", "description", "pro.qualite", "checklist",
                "pro.inspire", "metadonnees", "pro.schemas", "certains", "pro.identifiants", "parfois",
                "pro.achats", "parfois", "pro.adresses_communes", new BigDecimal("70"), "pro.urbanisme", "cnig",
                "pro.communs", "signalements", "pro.transition", "reperees",
                "pro.usage_nationales", List.of("sirene", "ban", "pci", "dvf", "insee"),
                "pro.integration", "manuelle", "pro.signalement", "ponctuel", "val.dataviz", "occasionnel",
                "val.usage_interne", "services", "val.communication", "rare", "val.accessibilite", "partiel",
                "val.connaissance", "hasard", "val.reutilisateurs", "sollicites", "val.promotion", "ponctuel",
                "val.evenements", "participe", "val.elus", "presentation", "val.indicateurs", "ponctuel",
                "val.benefice", false,
                "val.priorites", "Passer les délibérations au schéma SCDL et dresser l'inventaire des données.");
    }

    /** The département of v1: resourced strategy, planned publication, INSPIRE services, reuses recorded. */
    static Map<String, Object> odAdvancedDepartement() {
        return answers(
                "pil.type_orga", "departement", "pil.obligation", "soumise", "pil.referent", "coordonne",
                "pil.portage", "elu", "pil.comite", "reguliere", "pil.circuit", "procedure", "pil.roles", "publies",
                "pil.strategie", "strategie", "pil.budget", "identifie", "pil.rgpd", "analyse",
                "pil.secrets", "liste", "pil.participation", "demandes", "pil.partenariat", "participe",
                "par.publication", "programme", "par.socle", List.of("deliberations", "budget", "equipements"),
                "par.licence", "systematique", "par.formats", "structures", "par.mise_a_jour", "planifiee",
                "par.fraicheur", new BigDecimal("85"), "par.cada", "parfois", "par.decp", "verifie",
                "par.subventions", "a_jour", "par.dsp", "recues", "par.outils_internes", "portail",
                "par.portail", "moissonne", "par.profils", "apercu", "par.contact", "suivi",
                "par.mutualisation", "convention", "par.formation", "plan",
                "par.sensibilisation", List.of("direction", "elus"), "par.appui", "utilise", "par.services", "guide",
                "pro.inventaire", "complet", "pro.metadonnees", "complete", "pro.qualite", "checklist",
                "pro.inspire", "services", "pro.schemas", "tous", "pro.identifiants", "codes",
                "pro.achats", "clause", "pro.adresses_communes", new BigDecimal("80"), "pro.urbanisme", NA,
                "pro.communs", "signalements", "pro.transition", "publiees",
                "pro.usage_nationales", List.of("sirene", "ban", "pci", "dvf", "insee", "ocsge"),
                "pro.integration", "integrees", "pro.signalement", "ponctuel", "val.dataviz", "principaux",
                "val.usage_interne", "services", "val.communication", "annonces",
                "val.accessibilite", "alternatives", "val.connaissance", "recensees",
                "val.reutilisateurs", "contacts", "val.promotion", "regulier", "val.evenements", "coorganise",
                "val.elus", NA, "val.indicateurs", "bilan", "val.benefice", true,
                "val.priorites", "Automatiser les mises à jour et exposer le catalogue en DCAT-AP.");
    }

    /**
     * A commune of about 600 inhabitants (below every threshold of the CRPA) doing everything it can at its size: a
     * shared referent at its community of municipalities under an agreement, shared chains for contracts, addresses,
     * budget and council decisions, the council reviewing a short roadmap every year. It has no staff to run events,
     * a reusers' circle or an API: those stay below the top, as they should.
     */
    static Map<String, Object> odSmallCommune() {
        return answers(
                "pil.type_orga", "commune", "pil.obligation", "non_soumise", "pil.referent", "coordonne",
                "pil.portage", "elu", "pil.comite", "transversale", "pil.circuit", "tracee",
                "pil.roles", "inventaire", "pil.strategie", "feuille_route", "pil.budget", "pluriannuel",
                "pil.rgpd", "regle", "pil.secrets", "liste", "pil.participation", "demandes",
                "pil.partenariat", "participe", "par.publication", "portail",
                "par.socle", List.of("deliberations", "budget"), "par.licence", "systematique",
                "par.formats", "structures", "par.mise_a_jour", "planifiee", "par.fraicheur", new BigDecimal("100"),
                "par.cada", NA, "par.decp", "verifie", "par.subventions", NA, "par.dsp", NA,
                "par.outils_internes", "chaine", "par.portail", "integre", "par.profils", "apercu",
                "par.contact", "generique", "par.mutualisation", "chaines", "par.formation", "referent",
                "par.sensibilisation", List.of("fresque", "elus"), "par.appui", "utilise",
                "par.services", "autonomes", "pro.inventaire", "priorise", "pro.metadonnees", "complete",
                "pro.qualite", "checklist", "pro.inspire", "metadonnees", "pro.schemas", "tous",
                "pro.identifiants", "codes", "pro.achats", "parfois", "pro.adresses", "continue",
                "pro.urbanisme", NA, "pro.communs", "signalements", "pro.transition", "publiees",
                "pro.usage_nationales", List.of("sirene", "ban", "pci", "cog"), "pro.integration", "integrees",
                "pro.signalement", "ponctuel", "val.dataviz", "occasionnel", "val.usage_interne", "services",
                "val.communication", "annonces", "val.accessibilite", "alternatives", "val.connaissance", "hasard",
                "val.reutilisateurs", "sollicites", "val.promotion", "ponctuel", "val.evenements", "participe",
                "val.elus", "formation", "val.indicateurs", "bilan", "val.benefice", false,
                "val.priorites", "Tenir la convention avec la communauté de communes et publier les équipements.");
    }

    @Test
    void beginnerCommuneIsAtAwareness() {
        assertLevels(score(OD, odBeginnerCommune()), 9.2, "eveil", Map.of(
                "piloter", new Expected(13.3, "eveil"), "partager", new Expected(10.8, "eveil"),
                "produire", new Expected(8.4, "eveil"), "valoriser", new Expected(3.6, "eveil")));
    }

    @Test
    void intermediateEpciIsStructured() {
        assertLevels(score(OD, odIntermediateEpci()), 51.3, "structuration", Map.of(
                "piloter", new Expected(53.9, "structuration"), "partager", new Expected(55.6, "structuration"),
                "produire", new Expected(55.8, "structuration"), "valoriser", new Expected(37.8, "premiers-pas")));
    }

    @Test
    void advancedDepartementIsManaged() {
        assertLevels(score(OD, odAdvancedDepartement()), 75.1, "maitrise", Map.of(
                "piloter", new Expected(78.1, "maitrise"), "partager", new Expected(77.6, "maitrise"),
                "produire", new Expected(74.6, "maitrise"), "valoriser", new Expected(68.8, "maitrise")));
    }

    /** Issue 16, "Done when": a small commune doing everything it can (with a shared referent) reaches "Maîtrise". */
    @Test
    void smallCommuneDoingAllItCanReachesManaged() {
        ScoreCard card = score(OD, odSmallCommune());
        assertLevels(card, 72.4, "maitrise", Map.of(
                "piloter", new Expected(77.2, "maitrise"), "partager", new Expected(80.3, "exemplarite"),
                "produire", new Expected(76.5, "maitrise"), "valoriser", new Expected(51.8, "structuration")));
        assertTrue(card.overall().score() >= 60.0, "at least the level Maîtrise (threshold 60)");
        // the obligations the law does not impose on it (access requests, grants, planning transferred) leave its score
        List<String> notApplicable = card.axes().stream().flatMap(a -> a.themes().stream())
                .flatMap(t -> t.questions().stream()).filter(x -> QuestionScore.NOT_APPLICABLE.equals(x.status()))
                .map(QuestionScore::id).toList();
        assertEquals(List.of("par.cada", "par.subventions", "par.dsp", "pro.urbanisme"), notApplicable);
    }

    @Test
    void smallCommuneReachesTheTopOfGovernanceWithASharedReferent() {
        // gouvernance: shared referent, council reviewing the roadmap, traced approvals, one owner for every dataset
        ScoreCard card = score(OD, odSmallCommune());
        double gouvernance = card.axes().get(0).themes().get(0).score();
        assertEquals(93.3, gouvernance, 0.05);
        // without the shared arrangements (an informal referent, meetings as projects come, no shared chain, everything
        // on one person) the same commune loses eight points, its governance theme 26.6
        Map<String, Object> alone = odSmallCommune();
        alone.put("pil.referent", "informel");
        alone.put("pil.comite", "ponctuelle");
        alone.put("par.mutualisation", "aucune");
        alone.put("par.outils_internes", "tableur");
        alone.put("par.services", "referent_seul");
        ScoreCard aloneCard = score(OD, alone);
        assertEquals(64.2, aloneCard.overall().score(), 0.05);
        assertEquals(66.7, aloneCard.axes().get(0).themes().get(0).score(), 0.05);
    }

    @Test
    void beginnerWhoPublishesNothingSeesNoPortalQuestions() {
        Map<String, Object> answers = odBeginnerCommune();
        answers.put("par.publication", "aucune");
        QuestionnaireContentV2Test.gated().forEach(answers::remove);
        ScoreCard card = score(OD, answers);
        assertTrue(card.notRelevant().containsAll(List.of("par.portail", "par.fraicheur", "val.accessibilite")),
                "portal questions are hidden: " + card.notRelevant());
        assertEquals("eveil", card.overall().level());
        assertTrue(card.overall().score() < score(OD, odBeginnerCommune()).overall().score(),
                "publishing nothing must not score better than publishing a little");
    }

    // ================================================================== budget-data v2

    static Map<String, Object> budgetBeginnerCommune() {
        return answers(
                "doc.budget_primitif", "pdf", "doc.compte", "pdf", "fmt.format", "pdf", "fmt.scdl", "non",
                "fmt.source", "ressaisie", "fmt.acces", "fichier", "ryt.dernier", "aucun", "ann.rob", true,
                "ann.dette", "pdf", "ann.budgets_annexes", "non", "ann.budget_vert", "non", "por.lieu", "nulle_part",
                "por.licence", "aucune", "ped.synthese", true, "ped.guide", "non", "ped.dataviz", "non",
                "ped.reutilisation", "aucune");
    }

    static Map<String, Object> budgetIntermediateEpci() {
        return answers(
                "doc.budget_primitif", "donnees", "doc.compte", "donnees", "doc.autres", "certains",
                "doc.historique", new BigDecimal("2"), "fmt.format", "structure", "fmt.scdl", "valide",
                "fmt.source", "export", "fmt.acces", "stable", "ryt.dernier", "dernier", "ryt.procedure", "ecrite",
                "ryt.delai", "mois", "ryt.execution", false, "ann.rob", true, "ann.dette", "donnees",
                "ann.budgets_annexes", "certains", "ann.budget_vert", "pdf", "por.lieu", "portail",
                "por.licence", "ouverte", "por.metadonnees", "partielles", "por.visibilite", "reference",
                "ped.synthese", true, "ped.guide", "schema", "ped.dataviz", "statique",
                "ped.reutilisation", "aucune");
    }

    static Map<String, Object> budgetAdvancedDepartement() {
        return answers(
                "doc.budget_primitif", "donnees", "doc.compte", "donnees", "doc.autres", "tous",
                "doc.historique", new BigDecimal("6"), "fmt.format", "structure", "fmt.scdl", "valide",
                "fmt.source", "xml", "fmt.acces", "api", "ryt.dernier", "dernier", "ryt.procedure", "ecrite",
                "ryt.delai", "mois", "ryt.execution", true, "ann.rob", true, "ann.dette", "donnees",
                "ann.budgets_annexes", "tous", "ann.budget_vert", "pdf", "por.lieu", "portail",
                "por.licence", "ouverte", "por.metadonnees", "completes", "por.visibilite", "schema",
                "ped.synthese", true, "ped.guide", "guide", "ped.dataviz", "interactive",
                "ped.reutilisation", "connues");
    }

    /** The small commune: budget and accounts converted from the XML files by the shared chain, three years online. */
    static Map<String, Object> budgetSmallCommune() {
        return answers(
                "doc.budget_primitif", "donnees", "doc.compte", "donnees", "doc.autres", NA,
                "doc.historique", new BigDecimal("3"), "fmt.format", "structure", "fmt.scdl", "valide",
                "fmt.source", "xml", "fmt.acces", "stable", "ryt.dernier", "dernier", "ryt.procedure", "ecrite",
                "ryt.delai", "mois", "ryt.execution", false, "ann.rob", NA, "ann.dette", "donnees",
                "ann.budgets_annexes", "tous", "ann.budget_vert", NA, "por.lieu", "portail",
                "por.licence", "ouverte", "por.metadonnees", "completes", "por.visibilite", "schema",
                "ped.synthese", true, "ped.guide", "schema", "ped.dataviz", "statique",
                "ped.reutilisation", "aucune");
    }

    @Test
    void budgetBeginnerCommuneIsNotPublished() {
        ScoreCard card = score(BUDGET, budgetBeginnerCommune());
        assertLevels(card, 9.4, "non-publie", Map.of(
                "publier", new Expected(6.3, "non-publie"), "diffuser", new Expected(12.5, "non-publie")));
        assertEquals(List.of(0.0, 0.0, 0.0, 25.0, 0.0, 25.0), themeScores(card));
    }

    @Test
    void budgetIntermediateEpciIsStandardised() {
        ScoreCard card = score(BUDGET, budgetIntermediateEpci());
        assertLevels(card, 53.1, "conforme", Map.of(
                "publier", new Expected(56.3, "conforme"), "diffuser", new Expected(50.0, "conforme")));
        assertEquals(List.of(50.0, 50.0, 75.0, 50.0, 50.0, 50.0), themeScores(card));
    }

    @Test
    void budgetAdvancedDepartementIsRegularAndDocumented() {
        ScoreCard card = score(BUDGET, budgetAdvancedDepartement());
        assertLevels(card, 90.6, "regulier", Map.of(
                "publier", new Expected(93.8, "regulier"), "diffuser", new Expected(87.5, "regulier")));
        assertEquals(List.of(100.0, 100.0, 100.0, 75.0, 100.0, 75.0), themeScores(card));
    }

    @Test
    void budgetSmallCommuneIsNotHeldBackByWhatTheLawDoesNotAskOfIt() {
        ScoreCard card = score(BUDGET, budgetSmallCommune());
        assertLevels(card, 81.3, "regulier", Map.of(
                "publier", new Expected(87.5, "regulier"), "diffuser", new Expected(75.0, "regulier")));
        // no orientation debate, no green-budget annex below 3,500 inhabitants: the annexes activity still tops out
        assertEquals(List.of(100.0, 75.0, 75.0, 100.0, 100.0, 50.0), themeScores(card));
        Map<String, Object> withoutAnnex = budgetSmallCommune();
        withoutAnnex.put("ann.budget_vert", "non");
        assertEquals(75.0, themeScores(score(BUDGET, withoutAnnex)).get(3), "a body subject to it must publish it");
    }

    @Test
    void budgetFirstMissingStepStopsTheClimb() {
        Map<String, Object> answers = budgetAdvancedDepartement();
        answers.put("fmt.scdl", "inspire");
        assertEquals(List.of(100.0, 25.0, 100.0, 75.0, 100.0, 75.0), themeScores(score(BUDGET, answers)));
    }

    // ================================================================== bounds

    @Test
    void profilesAreOrderedOnEveryAxis() {
        assertOrdered(score(OD, odBeginnerCommune()), score(OD, odIntermediateEpci()),
                score(OD, odAdvancedDepartement()));
        assertOrdered(score(BUDGET, budgetBeginnerCommune()), score(BUDGET, budgetIntermediateEpci()),
                score(BUDGET, budgetAdvancedDepartement()));
    }

    @Test
    void bestAnswersReachTheTopLevelAndWorstAnswersTheFirst() {
        for (String file : List.of(OD, BUDGET)) {
            Questionnaire q = ShippedQuestionnaires.load(file);
            Map<String, Object> bestAnswers = extremeAnswers(q, true);
            // the v2 number questions are shares in per cent: the best answer is their maximum
            q.questions().filter(x -> x.type() == QuestionType.NUMBER && x.number().max() != null)
                    .map(Question::id).forEach(id -> bestAnswers.put(id,
                            BigDecimal.valueOf(q.question(id).orElseThrow().number().max())));
            ScoreCard best = score(file, bestAnswers);
            assertEquals(100.0, best.overall().score(), file);
            assertEquals(q.levels().get(q.levels().size() - 1).id(), best.overall().level(), file);
            ScoreCard worst = score(file, extremeAnswers(q, false));
            assertEquals(0.0, worst.overall().score(), file);
            assertEquals(q.levels().get(0).id(), worst.overall().level(), file);
        }
    }
}
