package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.odmaturity.plan.SampleQuestionnaire.Q;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.diagnostic.StoredAnswer;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.Answers;
import org.odmaturity.security.AppUser;

/** The report data in French and in English, from a diagnostic built in memory (no database). */
class PlanReportAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static DiagnosticService.State state(Answers answers, DiagnosticStatus status,
            Map<String, StoredAnswer> stored) {
        Diagnostic d = new Diagnostic();
        d.id = 42L;
        d.mode = DiagnosticMode.INTERVIEW;
        d.status = status;
        Organization o = new Organization();
        o.id = 7L;
        o.name = "Commune de Sélestat";
        o.siren = "216704478";
        o.type = OrganizationType.COMMUNE;
        o.departementCode = "67";
        Campaign c = new Campaign();
        c.id = 3L;
        c.name = "Diagnostic 2026";
        c.year = 2026;
        AppUser f = new AppUser();
        f.displayName = "Camille Animatrice";
        return new DiagnosticService.State(d, o, c, f,
                new QuestionnaireRegistry.Entry(Q, "sample-od-maturity.v1.yaml", "a".repeat(64), "", true), stored,
                SampleQuestionnaire.score(answers));
    }

    private static StoredAnswer stored(String question, String comment, String evidence, String note, boolean unsure) {
        StoredAnswer a = new StoredAnswer();
        a.questionId = question;
        a.comment = comment;
        a.evidence = evidence;
        a.note = note;
        a.unsure = unsure;
        return a;
    }

    private static PlanReport report(Answers answers, DiagnosticStatus status, Peers peers, String language,
            boolean notes) {
        Map<String, StoredAnswer> stored = new LinkedHashMap<>();
        stored.put("budget", stored("budget", "Une ligne est prévue en 2027.", null, "Voir le DGS", true));
        stored.put("formats", stored("formats", null, "https://data.example.org/", null, false));
        DiagnosticService.State state = state(answers, status, stored);
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(Q, state.score(), answers);
        return PlanReportAssembler.assemble(state, answers, suggestion, Plan.of(suggestion, 0), peers, language, notes,
                TODAY);
    }

    private static Peers hidden() {
        return new Peers(3, false, 5, Q.axes().stream().map(a -> Peers.AxisPeers.hidden(a.id())).toList());
    }

    private static Map<String, String> appendix(PlanReport report) {
        Map<String, String> answers = new LinkedHashMap<>();
        report.appendix().forEach(i -> answers.put(i.question(), i.answer()));
        return answers;
    }

    @Test
    void french() {
        PlanReport r = report(SampleQuestionnaire.workedExample(), DiagnosticStatus.SUBMITTED, hidden(), "fr", true);
        assertEquals("fr", r.language());
        assertEquals("Commune", r.organizationType());
        assertEquals("Exemple : diagnostic de maturité open data", r.questionnaireTitle());
        assertEquals("Entretien accompagné", r.modeLabel());
        assertEquals("Soumis", r.statusLabel());
        assertTrue(r.draft(), "not validated yet");
        assertEquals("Camille Animatrice", r.facilitator());
        assertEquals(TODAY, r.generatedOn());
        assertEquals(29.6, r.overallScore());
        assertEquals("Initié", r.overallLevel());
        assertEquals("Des premières actions existent, portées par quelques personnes.", r.overallLevelDescription());
        assertEquals(List.of("Débutant", "Initié", "Structuré", "Avancé", "Expert"),
                r.levels().stream().map(PlanReport.LevelInfo::label).toList());

        PlanReport.AxisSection piloter = r.axes().get(0);
        assertEquals("Piloter", piloter.title());
        assertEquals(33.3, piloter.score());
        assertEquals("Initié", piloter.level());
        assertEquals("Structuré", piloter.targetLevel());
        assertNull(piloter.peerAverage(), "fewer than 5 peers");
        assertEquals("Gouvernance", piloter.themes().get(0).title());
        assertEquals(List.of(), piloter.strengths(), "nothing above 50");
        assertEquals(List.of("Un budget est-il consacré aux données ?", "Qui est chargé de l'ouverture des données ?"),
                piloter.weaknesses().stream().map(PlanReport.QuestionLine::text).toList());
        assertEquals("Non", piloter.weaknesses().get(0).answer());
        assertEquals("Une personne, sans mission écrite", piloter.weaknesses().get(1).answer());

        PlanReport.AxisSection partager = r.axes().get(1);
        assertEquals("Partager", partager.title());
        assertEquals("Oui", partager.strengths().get(0).answer());
        assertEquals(List.of("3 jeux de données", "PDF, CSV"),
                partager.weaknesses().stream().map(PlanReport.QuestionLine::answer).toList());
        PlanReport.AxisSection produire = r.axes().get(2);
        assertNull(produire.score(), "only a not-applicable question");
        assertNull(produire.targetLevel());
        PlanReport.AxisSection valoriser = r.axes().get(3);
        assertEquals("Sans réponse", valoriser.weaknesses().get(0).answer());
        assertEquals(0.0, valoriser.weaknesses().get(0).score());

        PlanReport.ActionRow first = r.actions().get(0);
        assertEquals(1, first.rank());
        assertEquals("Demander aux utilisateurs de signaler leurs réutilisations sur le portail.", first.action());
        assertEquals("Valoriser", first.axis());
        assertEquals("Usages", first.theme());
        assertEquals("Faible", first.effort());
        assertEquals("Court terme (0 à 6 mois)", first.horizon());
        assertTrue(first.quickWin());
        assertEquals("Moyen", r.actions().get(3).effort());
        assertEquals("Moyen terme (6 à 18 mois)", r.actions().get(3).horizon());

        Map<String, String> answers = appendix(r);
        assertEquals("Une personne, sans mission écrite", answers.get("Qui est chargé de l'ouverture des données ?"));
        assertEquals("Non", answers.get("Un budget est-il consacré aux données ?"));
        assertEquals("Oui", answers.get("Publiez-vous des données en open data ?"));
        assertEquals("3 jeux de données", answers.get("Combien de jeux de données avez-vous publiés ?"));
        assertEquals("PDF, CSV", answers.get("Dans quels formats publiez-vous ?"));
        assertEquals("Non applicable",
                answers.get("Dans quelle mesure vos données suivent-elles les schémas de schema.data.gouv.fr ?"));
        assertEquals("Sans réponse", answers.get("Connaissez-vous des réutilisations de vos données ?"));
        assertEquals("Un atelier sur les schémas.", answers.get("Qu'attendez-vous de l'accompagnement régional ?"));
        PlanReport.AppendixItem budget = r.appendix().get(1);
        assertEquals("Piloter", budget.axis());
        assertEquals("Une ligne est prévue en 2027.", budget.comment());
        assertEquals("Voir le DGS", budget.note());
        assertTrue(budget.unsure());
        assertEquals("https://data.example.org/", r.appendix().get(4).evidence());

        assertFalse(r.peersShown());
        assertEquals(3, r.peerCount());
        assertEquals("Autres organisations de type « Commune » de la campagne « Diagnostic 2026 »", r.peerGroupLabel());
        assertTrue(r.scoringMethod().startsWith("Méthode des points pondérés."), r.scoringMethod());
    }

    @Test
    void english() {
        PlanReport r = report(SampleQuestionnaire.workedExample(), DiagnosticStatus.VALIDATED, hidden(), "en", true);
        assertEquals("en", r.language());
        assertEquals("Municipality", r.organizationType());
        assertEquals("Sample: open data maturity diagnostic", r.questionnaireTitle());
        assertEquals("Facilitated interview", r.modeLabel());
        assertEquals("Validated", r.statusLabel());
        assertFalse(r.draft());
        assertEquals("Initiated", r.overallLevel());
        assertEquals(List.of("Beginner", "Initiated", "Structured", "Advanced", "Expert"),
                r.levels().stream().map(PlanReport.LevelInfo::label).toList());
        assertEquals("Govern", r.axes().get(0).title());
        assertEquals("Structured", r.axes().get(0).targetLevel());
        assertEquals("Governance", r.axes().get(0).themes().get(0).title());
        assertEquals("Ask users to report their reuses on the portal.", r.actions().get(0).action());
        assertEquals("Promote", r.actions().get(0).axis());
        assertEquals("Low", r.actions().get(0).effort());
        assertEquals("Short term (0–6 months)", r.actions().get(0).horizon());
        assertEquals("Medium term (6–18 months)", r.actions().get(3).horizon());

        Map<String, String> answers = appendix(r);
        assertEquals("Someone, without a written mission", answers.get("Who is in charge of opening data?"));
        assertEquals("No", answers.get("Is there a budget for data?"));
        assertEquals("Yes", answers.get("Do you publish open data?"));
        assertEquals("3 datasets", answers.get("How many datasets have you published?"));
        assertEquals("PDF, CSV", answers.get("In which formats do you publish?"));
        assertEquals("Not applicable", answers.get("How far does your data follow the schema.data.gouv.fr schemas?"));
        assertEquals("No answer", answers.get("Do you know of reuses of your data?"));
        assertEquals("Other organisations of type “Municipality” in the campaign “Diagnostic 2026”",
                r.peerGroupLabel());
        assertTrue(r.scoringMethod().startsWith("Weighted points."), r.scoringMethod());
    }

    @Test
    void notesAreLeftOutForRespondents() {
        PlanReport r = report(SampleQuestionnaire.workedExample(), DiagnosticStatus.DRAFT, hidden(), "fr", false);
        assertTrue(r.appendix().stream().allMatch(i -> i.note() == null));
        assertEquals("Une ligne est prévue en 2027.", r.appendix().get(1).comment(), "comments are the respondents'");
    }

    @Test
    void peersWhenShown() {
        Peers peers = new Peers(6, true, 5, List.of(new Peers.AxisPeers("piloter", 40.0, 33.3, 33.3, 66.7),
                Peers.AxisPeers.hidden("partager"), Peers.AxisPeers.hidden("produire"),
                Peers.AxisPeers.hidden("valoriser")));
        PlanReport r = report(SampleQuestionnaire.workedExample(), DiagnosticStatus.DRAFT, peers, "en", true);
        assertTrue(r.peersShown());
        assertEquals(6, r.peerCount());
        assertEquals(40.0, r.axes().get(0).peerAverage());
        assertEquals(33.3, r.axes().get(0).peerFirstQuartile());
        assertEquals(66.7, r.axes().get(0).peerThirdQuartile());
        assertNull(r.axes().get(1).peerAverage());
    }

    @Test
    void aDiagnosticWithNoAnswersIsNotStarted() {
        PlanReport r = report(Answers.empty(), DiagnosticStatus.DRAFT, hidden(), "fr", true);
        assertNull(r.overallScore());
        assertNull(r.overallLevel());
        assertTrue(r.overallLevelDescription().startsWith("Diagnostic non commencé"));
        assertEquals(0.0, r.answeredRatio());
        r.axes().forEach(a -> {
            assertNull(a.score(), a.id());
            assertNull(a.level(), a.id());
            assertEquals("Initié", a.targetLevel(), a.id());
            assertEquals(List.of(), a.strengths());
            assertEquals(List.of(), a.weaknesses());
            a.themes().forEach(t -> assertNull(t.score()));
        });
        assertEquals(5, r.actions().size());
        assertTrue(r.appendix().stream().allMatch(i -> i.answer().equals("Sans réponse")));
        assertEquals(6, r.appendix().size(), "nb_jeux and formats are not relevant until publie is answered yes");
    }

    @Test
    void answerTexts() {
        PlanTexts fr = PlanTexts.of("fr");
        Answers answers = SampleQuestionnaire.answers("schemas", new java.math.BigDecimal(4), "nb_jeux",
                new java.math.BigDecimal("1250.5"), "publie", true, "formats", List.of());
        assertEquals("4 / 4 (Toujours)", PlanReportAssembler.answerText(Q.question("schemas").orElseThrow(), answers,
                Q, fr));
        assertEquals("1\u00a0250,5 jeux de données", PlanReportAssembler.answerText(Q.question("nb_jeux")
                .orElseThrow(), answers, Q, fr));
        assertEquals("1,250.5 datasets", PlanReportAssembler.answerText(Q.question("nb_jeux").orElseThrow(), answers,
                Q, PlanTexts.of("en")));
        assertEquals("Aucune option cochée", PlanReportAssembler.answerText(Q.question("formats").orElseThrow(),
                answers, Q, fr));
        assertEquals("3 / 4", PlanReportAssembler.answerText(Q.question("schemas").orElseThrow(),
                SampleQuestionnaire.answers("schemas", new java.math.BigDecimal(3)), Q, fr));
    }

    /**
     * Several recommendations for one answer, one without effort or horizon: each is a row of the report, and the PDF
     * shows "none" where the questionnaire gives no effort or horizon, never "null".
     */
    @Test
    void severalRecommendationsAreRowsAndAMissingHorizonPrintsNoNull() {
        Answers answers = SampleQuestionnaire.workedExample();
        org.odmaturity.scoring.ScoreCard card = org.odmaturity.scoring.ScoringEngine.score(SampleQuestionnaire.SEVERAL,
                answers);
        DiagnosticService.State base = state(answers, DiagnosticStatus.SUBMITTED, Map.of());
        DiagnosticService.State state = new DiagnosticService.State(base.diagnostic(), base.organization(),
                base.campaign(), base.facilitator(), new QuestionnaireRegistry.Entry(SampleQuestionnaire.SEVERAL,
                        "sample-od-maturity.v1.yaml", "b".repeat(64), "", true), Map.of(), card);
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(SampleQuestionnaire.SEVERAL, card, answers);
        Peers peers = new Peers(3, false, 5, SampleQuestionnaire.SEVERAL.axes().stream()
                .map(a -> Peers.AxisPeers.hidden(a.id())).toList());
        for (String language : List.of("fr", "en")) {
            PlanReport r = PlanReportAssembler.assemble(state, answers, suggestion, Plan.of(suggestion, 0), peers,
                    language, false, TODAY);
            List<PlanReport.ActionRow> rows = r.actions();
            assertEquals(7, rows.size());
            PlanReport.ActionRow second = rows.stream().filter(a -> a.action().startsWith(
                    "fr".equals(language) ? "Former le référent" : "Train the referent")).findFirst().orElseThrow();
            assertEquals(4, second.rank(), "after the quick wins and formats (docs/improvement-plan.md)");
            assertEquals(null, second.effort(), "the questionnaire gives none");
            assertEquals(null, second.horizon(), "the questionnaire gives none");
            PlanReport.ActionRow third = rows.get(6);
            assertEquals("fr".equals(language) ? "Élevé" : "High", third.effort());
            assertEquals("fr".equals(language) ? "Long terme (au-delà de 18 mois)" : "Long term (beyond 18 months)", third.horizon());

            String text = org.odmaturity.testsupport.PdfTools.text(new org.odmaturity.plan.pdf.PlanPdfRenderer()
                    .render(r));
            assertTrue(text.contains("fr".equals(language) ? "Former le référent." : "Train the referent."), text);
            assertTrue(text.contains("fr".equals(language) ? "Inscrire la mission au plan de charge."
                    : "Put the mission in the workload plan."), text);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("null"), text);
        }
    }

    /**
     * Issue 15 §4: a staircase activity reported incomplete (a required step unanswered) has no score in the report and
     * "Incomplet" / "Incomplete" in its level column; the rendered PDF says so (read back with pdftotext).
     */
    @Test
    void anIncompleteStaircaseActivityIsReportedAsSuch() throws Exception {
        org.odmaturity.questionnaire.model.Questionnaire q = new org.odmaturity.questionnaire.load.QuestionnaireParser()
                .parse("stairs.yaml", """
                        id: stairs
                        version: 1
                        languages: [fr, en]
                        defaultLanguage: fr
                        title: { fr: Escalier, en: Staircase }
                        scoring:
                          strategy: staircase
                          staircase: { stopAtFirstNo: true, unansweredSteps: incomplete }
                        levels:
                          - { id: initial, threshold: 0, label: { fr: Initial, en: Initial } }
                          - { id: defini, threshold: 50, label: { fr: Défini, en: Defined } }
                        axes:
                          - id: donnees
                            title: { fr: Données, en: Data }
                            themes:
                              - id: publication
                                title: { fr: Publication, en: Release }
                                questions:
                                  - { id: p1, type: yes-no, required: true, maxScore: 1, step: defini, text: { fr: P1, en: P1 } }
                              - id: normes
                                title: { fr: Normes, en: Standards }
                                questions:
                                  - { id: n1, type: yes-no, required: true, maxScore: 1, step: defini, text: { fr: N1, en: N1 } }
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).questionnaire();
        Answers answers = org.odmaturity.scoring.AnswerValidator.validate(q, List.of(
                new org.odmaturity.scoring.AnswerInput("p1", true, false))).answers();
        org.odmaturity.scoring.ScoreCard card = org.odmaturity.scoring.ScoringEngine.score(q, answers);
        DiagnosticService.State base = state(answers, DiagnosticStatus.SUBMITTED, new LinkedHashMap<>());
        DiagnosticService.State state = new DiagnosticService.State(base.diagnostic(), base.organization(),
                base.campaign(), base.facilitator(),
                new QuestionnaireRegistry.Entry(q, "stairs.v1.yaml", "b".repeat(64), "", true), Map.of(), card);
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(q, card, answers);
        Peers none = new Peers(3, false, 5, q.axes().stream().map(a -> Peers.AxisPeers.hidden(a.id())).toList());
        for (String language : List.of("fr", "en")) {
            PlanReport r = PlanReportAssembler.assemble(state, answers, suggestion, Plan.of(suggestion, 0), none,
                    language, true, TODAY);
            List<PlanReport.ThemeLine> themes = r.axes().get(0).themes();
            assertEquals(50.0, themes.get(0).score());
            assertNull(themes.get(1).score(), "an incomplete activity has no score");
            String incomplete = language.equals("fr") ? "Incomplet" : "Incomplete";
            assertEquals(incomplete, themes.get(1).level());
            assertEquals(language.equals("fr") ? "Normes (incomplet)" : "Standards (incomplete)",
                    themes.get(1).title(), "the chart of the axis labels it (it has no bar)");
            assertEquals(50.0, r.axes().get(0).score(), "the axis is the complete activity alone");
            if (org.odmaturity.testsupport.PdfTools.available()) {
                String text = org.odmaturity.testsupport.PdfTools.text(new org.odmaturity.plan.pdf.PlanPdfRenderer()
                        .render(r));
                assertTrue(text.contains(themes.get(1).title()), text);
            }
        }
    }
}
