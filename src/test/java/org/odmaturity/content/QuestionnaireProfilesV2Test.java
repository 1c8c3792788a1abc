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
import java.util.LinkedHashMap;
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
                "par.publication", "site",
                "par.socle", Map.of("deliberations", "hors_schema", "budget", "non", "equipements", "non"),
                "par.licence", "aucune",
                "par.formats", "pdf", "par.mise_a_jour", "irreguliere", "par.fraicheur", new BigDecimal("20"),
                "par.cada", NA, "par.decp", "inconnu", "par.subventions", "non", "par.dsp", "inconnu",
                "par.outils_internes", "aucun", "par.portail", "site_seul", "par.profils", "brut",
                "par.contact", "generique", "par.mutualisation", "aucune", "par.formation", "aucune",
                "par.sensibilisation", List.of("aucune"), "par.appui", "connu", "par.services", "referent_seul",
                "pro.inventaire", "aucun", "pro.metadonnees", "titre", "pro.qualite", "relecture",
                "pro.inspire", "aucune", "pro.schemas", "inconnus", "pro.identifiants", "non",
                "pro.achats", "jamais", "pro.adresses", "partielle", "pro.urbanisme", "non", "pro.communs", "non",
                "pro.transition", "aucune", "pro.usage_nationales", usage(
                        "insee", "consultee", "sirene", "non", "rna", "non", "pci", "non", "ban", "non", "cog", "non",
                        "dvf", "non", "ocsge", "non", "finances", "non", "rge", "sans_objet", "roae", "sans_objet",
                        "rome", "sans_objet", "rpg", "sans_objet"),
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
                "par.socle", Map.of("deliberations", "hors_schema", "budget", "schema", "equipements", "non"),
                "par.licence", "systematique", "par.formats", "structures", "par.mise_a_jour", "irreguliere", "par.fraicheur", new BigDecimal("55"),
                "par.cada", "parfois", "par.decp", "profil", "par.subventions", "donnees", "par.dsp", "clause",
                "par.outils_internes", "tableur", "par.portail", "moissonne", "par.profils", "apercu",
                "par.contact", "generique", "par.mutualisation", "convention", "par.formation", "autoformation",
                "par.sensibilisation", List.of("direction", "elus"), "par.appui", "utilise", "par.services", "aide",
                "pro.inventaire", "partiel", "pro.metadonnees", "description", "pro.qualite", "checklist",
                "pro.inspire", "metadonnees", "pro.schemas", "certains", "pro.identifiants", "parfois",
                "pro.achats", "parfois", "pro.adresses_communes", new BigDecimal("70"), "pro.urbanisme", "cnig",
                "pro.communs", "signalements", "pro.transition", "reperees",
                "pro.usage_nationales", usage(
                        "sirene", "consultee", "ban", "consultee", "pci", "consultee", "dvf", "consultee",
                        "insee", "consultee", "cog", "non", "rna", "non", "rge", "non", "ocsge", "non",
                        "finances", "non", "roae", "sans_objet", "rome", "sans_objet", "rpg", "sans_objet"),
                "pro.integration", "manuelle", "pro.signalement", "ponctuel", "val.dataviz", "occasionnel",
                "val.usage_interne", "services", "val.communication", "rare", "val.accessibilite", "partiel",
                "val.connaissance", "hasard", "val.reutilisateurs", "sollicites", "val.promotion", "ponctuel",
                "val.evenements", "participe", "val.elus", "presentation", "val.indicateurs", "ponctuel",
                "val.benefice", false,
                "val.priorites", "Passer les délibérations au schéma SCDL d'ici juin et dresser l'inventaire des données "
                        + "avant la fin de l'année.");
    }

    /** The département of v1: resourced strategy, planned publication, INSPIRE services, reuses recorded. */
    static Map<String, Object> odAdvancedDepartement() {
        return answers(
                "pil.type_orga", "departement", "pil.obligation", "soumise", "pil.referent", "coordonne",
                "pil.portage", "elu", "pil.comite", "reguliere", "pil.circuit", "procedure", "pil.roles", "publies",
                "pil.strategie", "strategie", "pil.budget", "identifie", "pil.rgpd", "analyse",
                "pil.secrets", "liste", "pil.participation", "demandes", "pil.partenariat", "participe",
                "par.publication", "programme",
                "par.socle", Map.of("deliberations", "schema", "budget", "schema", "equipements", "schema"),
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
                "pro.usage_nationales", usage(
                        "sirene", "integree", "ban", "integree", "pci", "integree", "dvf", "integree",
                        "insee", "integree", "ocsge", "integree", "rge", "integree", "cog", "integree",
                        "rna", "consultee", "rome", "consultee", "rpg", "consultee", "finances", "consultee",
                        "roae", "sans_objet"),
                "pro.integration", "integrees", "pro.signalement", "ponctuel", "val.dataviz", "principaux",
                "val.usage_interne", "services", "val.communication", "annonces",
                "val.accessibilite", "alternatives", "val.connaissance", "recensees",
                "val.reutilisateurs", "contacts", "val.promotion", "regulier", "val.evenements", "coorganise",
                "val.elus", NA, "val.indicateurs", "bilan", "val.benefice", true,
                "val.priorites", "Automatiser d'ici juin la mise à jour des dix jeux les plus consultés (service SIG) et "
                        + "exposer le catalogue en DCAT-AP avant décembre (direction du numérique) ; attendu de "
                        + "DataGrandEst : un appui pour le moissonnage.");
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
                "par.socle", Map.of("deliberations", "schema", "budget", "schema", "equipements", "non"),
                "par.licence", "systematique", "par.formats", "structures", "par.mise_a_jour", "planifiee", "par.fraicheur", new BigDecimal("100"),
                "par.cada", NA, "par.decp", "verifie", "par.subventions", NA, "par.dsp", NA,
                "par.outils_internes", "chaine", "par.portail", "integre", "par.profils", "apercu",
                "par.contact", "generique", "par.mutualisation", "chaines", "par.formation", "referent",
                "par.sensibilisation", List.of("fresque", "elus"), "par.appui", "utilise",
                "par.services", "autonomes", "pro.inventaire", "priorise", "pro.metadonnees", "complete",
                "pro.qualite", "checklist", "pro.inspire", "metadonnees", "pro.schemas", "tous",
                "pro.identifiants", "codes", "pro.achats", "parfois", "pro.adresses", "continue",
                "pro.urbanisme", NA, "pro.communs", "signalements", "pro.transition", "publiees",
                "pro.usage_nationales", usage(
                        "ban", "integree", "pci", "integree", "cog", "integree", "sirene", "consultee",
                        "rna", "consultee", "dvf", "consultee", "insee", "consultee", "finances", "consultee",
                        "ocsge", "non", "rge", "sans_objet", "roae", "sans_objet", "rome", "sans_objet",
                        "rpg", "sans_objet"),
                "pro.integration", "integrees",
                "pro.signalement", "ponctuel", "val.dataviz", "occasionnel", "val.usage_interne", "services",
                "val.communication", "annonces", "val.accessibilite", "alternatives", "val.connaissance", "hasard",
                "val.reutilisateurs", "sollicites", "val.promotion", "ponctuel", "val.evenements", "participe",
                "val.elus", "formation", "val.indicateurs", "bilan", "val.benefice", false,
                "val.priorites", "Publier la liste des équipements au schéma SCDL avant l'été (la secrétaire de mairie, "
                        + "avec la chaîne de la communauté de communes) et renouveler la convention de mutualisation "
                        + "en décembre ; attendu de DataGrandEst : la formation des nouveaux élus.");
    }

    /** A matrix answer: row id → option id, in the order given. */
    static Map<String, String> usage(String... pairs) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rows.put(pairs[i], pairs[i + 1]);
        }
        return rows;
    }

    /**
     * The facilitator's points for each profile's priorities ({@code val.priorites}, rubric 0–3): the beginner's are
     * general intentions (1), the EPCI's are dated and drawn from the diagnostic (2), the département's and the small
     * commune's are dated, each with its owner and what is expected of regional support (3).
     */
    static final double BEGINNER_PRIORITIES = 1;
    static final double EPCI_PRIORITIES = 2;
    static final double DEPARTEMENT_PRIORITIES = 3;
    static final double SMALL_COMMUNE_PRIORITIES = 3;

    /** Scores an od-maturity v2 profile once the facilitator has given its priorities their points. */
    static ScoreCard od(Map<String, Object> profile, double priorities) {
        return score(OD, profile, Map.of("val.priorites", priorities));
    }

    @Test
    void beginnerCommuneIsAtAwareness() {
        assertLevels(od(odBeginnerCommune(), BEGINNER_PRIORITIES), 9.3, "eveil", Map.of(
                "piloter", new Expected(13.3, "eveil"), "partager", new Expected(9.8, "eveil"),
                "produire", new Expected(8.6, "eveil"), "valoriser", new Expected(5.2, "eveil")));
    }

    @Test
    void intermediateEpciIsStructured() {
        assertLevels(od(odIntermediateEpci(), EPCI_PRIORITIES), 49.9, "structuration", Map.of(
                "piloter", new Expected(53.9, "structuration"), "partager", new Expected(54.8, "structuration"),
                "produire", new Expected(48.6, "structuration"), "valoriser", new Expected(39.9, "premiers-pas")));
    }

    @Test
    void advancedDepartementIsManaged() {
        assertLevels(od(odAdvancedDepartement(), DEPARTEMENT_PRIORITIES), 74.9, "maitrise", Map.of(
                "piloter", new Expected(78.1, "maitrise"), "partager", new Expected(77.6, "maitrise"),
                "produire", new Expected(72.7, "maitrise"), "valoriser", new Expected(70.0, "maitrise")));
    }

    /** Issue 16, "Done when": a small commune doing everything it can (with a shared referent) reaches "Maîtrise". */
    @Test
    void smallCommuneDoingAllItCanReachesManaged() {
        ScoreCard card = od(odSmallCommune(), SMALL_COMMUNE_PRIORITIES);
        assertLevels(card, 72.2, "maitrise", Map.of(
                "piloter", new Expected(77.2, "maitrise"), "partager", new Expected(80.3, "exemplarite"),
                "produire", new Expected(73.1, "maitrise"), "valoriser", new Expected(54.3, "structuration")));
        assertTrue(card.overall().score() >= 60.0, "at least the level Maîtrise (threshold 60)");
        // the obligations the law does not impose on it (access requests, grants, planning transferred) leave its score
        List<String> notApplicable = card.axes().stream().flatMap(a -> a.themes().stream())
                .flatMap(t -> t.questions().stream()).filter(x -> QuestionScore.NOT_APPLICABLE.equals(x.status()))
                .map(QuestionScore::id).toList();
        assertEquals(List.of("par.cada", "par.subventions", "par.dsp", "pro.urbanisme"), notApplicable);
        // before the facilitator scores its priorities, they are pending: left out, never counted as zero
        ScoreCard beforeScoring = score(OD, odSmallCommune());
        assertEquals(List.of("val.priorites"), beforeScoring.pending());
        assertTrue(beforeScoring.overall().score() >= 60.0, "Maîtrise does not wait for the facilitator");
    }

    /**
     * The matrices' plan actions come from the weakest row's option and name only the rows answered with it: the
     * small commune is told to publish its facilities (not its decisions or budget, already in the schema).
     */
    @Test
    void planActionsOfTheMatricesTargetTheWeakestRows() {
        Map<String, Object> answers = odSmallCommune();
        ScoreCard card = od(answers, SMALL_COMMUNE_PRIORITIES);
        Questionnaire q = ShippedQuestionnaires.load(OD);
        List<org.odmaturity.scoring.AnswerInput> inputs = new java.util.ArrayList<>();
        answers.forEach((id, value) -> inputs.add(value == NA ? new org.odmaturity.scoring.AnswerInput(id, null, true)
                : new org.odmaturity.scoring.AnswerInput(id, value, false)));
        var suggestion = org.odmaturity.plan.PlanGenerator.suggest(q, card,
                org.odmaturity.scoring.AnswerValidator.validate(q, inputs).answers());
        var socle = suggestion.actions().stream().filter(a -> a.questionId().equals("par.socle")).findFirst()
                .orElseThrow();
        assertEquals("option:non", socle.source());
        QuestionScore socleScore = card.axes().stream().flatMap(a -> a.themes().stream())
                .flatMap(t -> t.questions().stream()).filter(x -> x.id().equals("par.socle")).findFirst().orElseThrow();
        assertEquals(List.of("equipements"), socleScore.rows().stream().filter(r -> "non".equals(r.option()))
                .map(org.odmaturity.scoring.RowScore::id).toList());
        assertEquals(66.7, socleScore.score(), 0.05); // 4 of 6 points: two datasets in the schema, one missing
        var usage = suggestion.actions().stream().filter(a -> a.questionId().equals("pro.usage_nationales"))
                .findFirst().orElseThrow();
        // OCS GE is the one useful dataset it does not use: the weakest row
        assertEquals("option:non", usage.source());
    }

    @Test
    void smallCommuneReachesTheTopOfGovernanceWithASharedReferent() {
        // gouvernance: shared referent, council reviewing the roadmap, traced approvals, one owner for every dataset
        ScoreCard card = od(odSmallCommune(), SMALL_COMMUNE_PRIORITIES);
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
        ScoreCard aloneCard = od(alone, SMALL_COMMUNE_PRIORITIES);
        assertEquals(64.0, aloneCard.overall().score(), 0.05);
        assertEquals(66.7, aloneCard.axes().get(0).themes().get(0).score(), 0.05);
    }

    @Test
    void beginnerWhoPublishesNothingSeesNoPortalQuestions() {
        Map<String, Object> answers = odBeginnerCommune();
        answers.put("par.publication", "aucune");
        QuestionnaireContentV2Test.gated().forEach(answers::remove);
        ScoreCard card = od(answers, BEGINNER_PRIORITIES);
        assertTrue(card.notRelevant().containsAll(List.of("par.portail", "par.fraicheur", "val.accessibilite")),
                "portal questions are hidden: " + card.notRelevant());
        assertEquals("eveil", card.overall().level());
        assertTrue(card.overall().score() < od(odBeginnerCommune(), BEGINNER_PRIORITIES).overall().score(),
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
        assertLevels(card, 12.5, "non-publie", Map.of(
                "publier", new Expected(12.5, "non-publie"), "diffuser", new Expected(12.5, "non-publie")));
        // partial credit: the budget as PDF (1 of 2 points at the first step) moves "documents" half-way to 25, the
        // debt statement as PDF moves "annexes" from 25 half-way to 50
        assertEquals(List.of(12.5, 0.0, 0.0, 37.5, 0.0, 25.0), themeScores(card));
        // stop at the first "no": the steps after one answered and not passed are not asked (their answers ignored)
        assertTrue(card.notRelevant().containsAll(List.of("doc.compte", "doc.autres", "doc.historique", "fmt.scdl",
                "fmt.source", "fmt.acces", "ann.budgets_annexes", "ann.budget_vert", "por.licence", "ped.dataviz")),
                card.notRelevant().toString());
    }

    @Test
    void budgetIntermediateEpciIsStandardised() {
        ScoreCard card = score(BUDGET, budgetIntermediateEpci());
        assertLevels(card, 64.1, "conforme", Map.of(
                "publier", new Expected(65.6, "conforme"), "diffuser", new Expected(62.5, "conforme")));
        assertEquals(List.of(62.5, 62.5, 75.0, 62.5, 62.5, 62.5), themeScores(card));
    }

    @Test
    void budgetAdvancedDepartementIsRegularAndDocumented() {
        ScoreCard card = score(BUDGET, budgetAdvancedDepartement());
        assertLevels(card, 95.3, "regulier", Map.of(
                "publier", new Expected(96.9, "regulier"), "diffuser", new Expected(93.8, "regulier")));
        assertEquals(List.of(100.0, 100.0, 100.0, 87.5, 100.0, 87.5), themeScores(card));
    }

    @Test
    void budgetSmallCommuneIsNotHeldBackByWhatTheLawDoesNotAskOfIt() {
        ScoreCard card = score(BUDGET, budgetSmallCommune());
        assertLevels(card, 85.9, "regulier", Map.of(
                "publier", new Expected(90.6, "regulier"), "diffuser", new Expected(81.3, "regulier")));
        // no orientation debate, no green-budget annex below 3,500 inhabitants: the annexes activity still tops out
        assertEquals(List.of(100.0, 87.5, 75.0, 100.0, 100.0, 62.5), themeScores(card));
        Map<String, Object> withoutAnnex = budgetSmallCommune();
        withoutAnnex.put("ann.budget_vert", "non");
        assertEquals(75.0, themeScores(score(BUDGET, withoutAnnex)).get(3), "a body subject to it must publish it");
    }

    @Test
    void budgetFirstMissingStepStopsTheClimb() {
        Map<String, Object> answers = budgetAdvancedDepartement();
        answers.put("fmt.scdl", "inspire");
        ScoreCard card = score(BUDGET, answers);
        // "format" stays at "publie": a file near the schema is half of the step (partial credit), and the later
        // steps of the activity are not asked any more (stop at the first "no"), their answers ignored
        assertEquals(List.of(100.0, 37.5, 100.0, 87.5, 100.0, 87.5), themeScores(card));
        assertEquals(List.of("fmt.source", "fmt.acces"), card.notRelevant());
    }

    // ================================================================== bounds

    @Test
    void profilesAreOrderedOnEveryAxis() {
        assertOrdered(od(odBeginnerCommune(), BEGINNER_PRIORITIES), od(odIntermediateEpci(), EPCI_PRIORITIES),
                od(odAdvancedDepartement(), DEPARTEMENT_PRIORITIES));
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
