package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.odmaturity.campaign.Campaign;
import org.odmaturity.diagnostic.Diagnostic;
import org.odmaturity.diagnostic.DiagnosticMode;
import org.odmaturity.diagnostic.DiagnosticService;
import org.odmaturity.diagnostic.DiagnosticStatus;
import org.odmaturity.organization.Organization;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.plan.pdf.PlanPdfRenderer;
import org.odmaturity.plan.pdf.PlanReport;
import org.odmaturity.questionnaire.load.ParseResult;
import org.odmaturity.questionnaire.load.QuestionnaireParser;
import org.odmaturity.questionnaire.model.Questionnaire;
import org.odmaturity.questionnaire.registry.QuestionnaireRegistry;
import org.odmaturity.scoring.AnswerInput;
import org.odmaturity.scoring.AnswerValidation;
import org.odmaturity.scoring.AnswerValidator;
import org.odmaturity.scoring.Answers;
import org.odmaturity.scoring.ScoringEngine;
import org.odmaturity.testsupport.PdfTools;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.odmaturity.http.JsonValues;

/**
 * The plan report and its PDF for a questionnaire whose results read in points with two decimals (docs/scoring.md,
 * section 7): questionnaires/examples/eu-odm-style.v1.yaml and its answers file, 8 of 21 points (38.10 %).
 */
class PointsPlanReportTest {

    private static final Path EXAMPLES = Path.of("questionnaires", "examples");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Questionnaire load() throws IOException {
        ParseResult result = new QuestionnaireParser().parse("eu-odm-style.v1.yaml",
                Files.readAllBytes(EXAMPLES.resolve("eu-odm-style.v1.yaml")));
        assertTrue(result.valid(), () -> result.errors().toString());
        return result.questionnaire();
    }

    private static Answers answers(Questionnaire q) throws IOException {
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(EXAMPLES.resolve("eu-odm-style.v1.answers.json").toFile());
        List<AnswerInput> inputs = new ArrayList<>();
        for (JsonNode a : root.get("answers")) {
            inputs.add(new AnswerInput(a.get("question").textValue(), JsonValues.plain(a.get("value")),
                    a.path("notApplicable").asBoolean(false)));
        }
        AnswerValidation validation = AnswerValidator.validate(q, inputs);
        assertEquals(List.of(), validation.problems());
        return validation.answers();
    }

    private static PlanReport report(String language) throws IOException {
        Questionnaire q = load();
        Answers answers = answers(q);
        Diagnostic d = new Diagnostic();
        d.id = 43L;
        d.mode = DiagnosticMode.SELF_ASSESSMENT;
        d.status = DiagnosticStatus.SUBMITTED;
        Organization o = new Organization();
        o.id = 8L;
        o.name = "Commune de Munster";
        o.siren = "216803130";
        o.type = OrganizationType.COMMUNE;
        o.departementCode = "68";
        Campaign c = new Campaign();
        c.id = 4L;
        c.name = "Diagnostic 2026";
        c.year = 2026;
        DiagnosticService.State state = new DiagnosticService.State(d, o, c, null,
                new QuestionnaireRegistry.Entry(q, "eu-odm-style.v1.yaml", "b".repeat(64), "", true), Map.of(),
                ScoringEngine.score(q, answers));
        PlanGenerator.Suggestion suggestion = PlanGenerator.suggest(q, state.score(), answers);
        Peers peers = new Peers(0, false, 5, q.axes().stream().map(a -> Peers.AxisPeers.hidden(a.id())).toList());
        return PlanReportAssembler.assemble(state, answers, suggestion, Plan.of(suggestion, 0), peers, language, false,
                TODAY);
    }

    @Test
    void totalsReadInPoints() throws IOException {
        PlanReport fr = report("fr");
        assertEquals("8", fr.overallScoreText());
        assertEquals("/ 21 points", fr.overallOutOf());
        assertEquals("Suiveurs", fr.overallLevel());
        assertEquals(List.of("4 / 8 points", "2 / 4 points", "2 / 5 points", "0 / 4 points"),
                fr.axes().stream().map(PlanReport.AxisSection::scoreOutOf).toList());
        assertEquals(List.of("0 points", "7,35 points", "13,65 points", "17,85 points"),
                fr.levels().stream().map(PlanReport.LevelInfo::thresholdText).toList());
        // a weakness: pol.strategy, 0 of 2 points
        assertTrue(fr.axes().get(0).weaknesses().stream().anyMatch(w -> "0 / 2 points".equals(w.scoreOutOf())),
                () -> fr.axes().get(0).weaknesses().toString());
        PlanReport en = report("en");
        assertEquals(List.of("0 points", "7.35 points", "13.65 points", "17.85 points"),
                en.levels().stream().map(PlanReport.LevelInfo::thresholdText).toList());
        assertEquals("Followers", en.overallLevel());
    }

    @Test
    void thePdfPrintsPoints() throws IOException {
        byte[] pdf = new PlanPdfRenderer().render(report("fr"));
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        for (String expected : List.of("/ 21 points", "4 / 8 points", "2 / 5 points", "0 / 2 points",
                "à partir de 7,35 points", "à partir de 17,85 points", "Suiveurs",
                "Chaque réponse rapporte des points")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        // the summary table's cell shrinks its font to fit, and pdftotext then reads "4/8 points"
        assertTrue(java.util.regex.Pattern.compile("Politique 4 ?/ ?8 points — Suiveurs").matcher(text).find(), text);
        assertTrue(!text.contains("/ 100"), "no score out of 100 in a questionnaire read in points");
    }
}
