package org.odmaturity.plan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.testsupport.PdfTools;

/**
 * Renders plan reports to PDF and reads them back with poppler-utils (pdftotext, pdfinfo, pdffonts). The checks that
 * need those tools are skipped when they are missing; .ci/run installs them. Each PDF is also written to
 * {@code <build dir>/plan-pdf/} for a person to look at.
 */
class PlanPdfRendererTest {

    private static PlanPdfRenderer renderer;
    private static byte[] completeFr;

    @BeforeAll
    static void renderOnce() {
        renderer = new PlanPdfRenderer();
        completeFr = render("complete-fr", PlanReportSamples.complete("fr"));
    }

    @AfterAll
    static void release() {
        renderer = null;
        completeFr = null;
    }

    @Test
    void completeFrenchReportHasEverySection() {
        assertPdf(completeFr);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(completeFr);
        for (String expected : List.of(PlanReportSamples.ORGANIZATION, "Plan d'amélioration", "28 novembre 2026",
                "Entretien accompagné", "Hélène Lefèvre-Nguyễn", "Brouillon",
                "1. Synthèse", "64,8", "/ 100", "Questions répondues : 93 %", "Votre collectivité", "Moyenne des pairs",
                "14 diagnostics", "EPCI de 50 000 à 150 000 habitants",
                "Piloter", "Partager", "Produire", "Valoriser", "Initial", "Émergent", "Intermédiaire", "Avancé", "Exemplaire",
                "à partir de 25", "Axe 1 · Piloter", "Axe 4 · Valoriser", "Stratégie et gouvernance", "71,3 / 100",
                "Points forts", "Points à améliorer", "Q1 42,7 · Q3 65,5",
                "3. Plan d'action", "Désigner officiellement un référent open data", "★ Gain rapide", "Action ajoutée",
                "15 action(s), dont 4 gain(s) rapide(s)", "15/03/2027", "Service SIG",
                "Annexe · Réponses détaillées", "Q40.", "12 000 €", "Réponse incertaine", "Note de l'animation",
                "Méthode de calcul", "odm-collectivites", "sha256:9f2c4e1b7a0d", "œ")) {
            assertContains(text, expected);
        }
        int pages = PdfTools.pages(completeFr);
        assertTrue(pages >= 8, "pages: " + pages);
        assertContains(text, "Page 2 / " + pages);
        assertContains(text, "Page " + pages + " / " + pages);
        String info = PdfTools.flat(PdfTools.info(completeFr));
        assertContains(info, "Title: Plan d'amélioration — " + PlanReportSamples.ORGANIZATION);
        assertContains(info, "Author: od-maturity");
        assertContains(info, "Subject: Diagnostic de maturité open data — Campagne nationale de diagnostic 2026");
        assertContains(info, "Tagged: yes");
        assertContains(info, "Page size: 595 x 842 pts (A4)");
    }

    @Test
    void documentLanguageIsDeclared() {
        assertContains(new String(completeFr, StandardCharsets.ISO_8859_1), "/Lang(fr)");
        byte[] en = render("complete-en-lang", PlanReportSamples.complete("en"));
        assertContains(new String(en, StandardCharsets.ISO_8859_1), "/Lang(en)");
    }

    @Test
    void englishReport() {
        byte[] pdf = render("complete-en", PlanReportSamples.complete("en"));
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        for (String expected : List.of("Improvement plan", "28 November 2026", "1. Summary", "64.8", "Overall score",
                "Steer", "Share", "Produce", "Promote", "Intermediate", "Axis 1 · Steer", "Strengths",
                "Areas for improvement", "3. Action plan", "★ Quick win", "Appendix · Detailed answers", "Scoring method",
                "Questions answered: 93 %", "€12,000", "DRAFT")) {
            assertContains(text, expected);
        }
        assertFalse(text.contains("Synthèse"), "French label in the English report");
        assertFalse(text.contains("64,8"), "French number in the English report");
        assertContains(PdfTools.flat(PdfTools.info(pdf)), "Title: Improvement plan — ");
    }

    @Test
    void onlyEmbeddedFonts() {
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        List<String> fonts = PdfTools.fonts(completeFr);
        assertFalse(fonts.isEmpty(), "no font listed");
        for (String font : fonts) {
            assertTrue(font.endsWith(" yes"), "font not embedded: " + font + " in " + fonts);
            assertTrue(font.contains("DejaVu"), "unexpected font: " + font);
        }
        List<String> hostileFonts = PdfTools.fonts(render("hostile-fonts", PlanReportSamples.hostile()));
        hostileFonts.forEach(font -> assertTrue(font.endsWith(" yes"), "font not embedded: " + font));
    }

    @Test
    void hostileUserTextIsPrintedLiterally() {
        PlanReport hostile = PlanReportSamples.hostile();
        byte[] pdf = render("hostile", hostile);
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        for (String expected : List.of("<script>alert(1)</script>", "$P{x}", "$F{y}", "$R{z}", "${expr} {0} '",
                "$V{PAGE_NUMBER}", "<b>Validé</b>", "<u>Avancé</u>", "<b>gras</b>", "{0} ' \" & < > $P{x}",
                "Réponse incertaine")) {
            assertContains(text, expected);
        }
        // The 300-character word is broken across lines, not cut: all its letters are there.
        String noSpaces = text.replace(" ", "");
        assertContains(noSpaces, "x".repeat(300));
        // The 10,000-character comment is printed whole, over several pages.
        String comment = hostile.appendix().get(0).comment();
        String compact = comment.replace(" ", "");
        assertContains(noSpaces, compact.substring(compact.length() - 600));
        assertTrue(PdfTools.pages(pdf) > PdfTools.pages(completeFr), "the long texts should add pages");
    }

    @Test
    void notStartedReport() {
        for (String language : List.of("fr", "en")) {
            byte[] pdf = render("not-started-" + language, PlanReportSamples.notStarted(language));
            assertPdf(pdf);
            assumeTrue(PdfTools.available(), "poppler-utils missing");
            String text = PdfTools.text(pdf);
            if (language.equals("fr")) {
                for (String expected : List.of("Commune de Saint-Étienne-du-Grès", "2 mars 2026", "Diagnostic non commencé",
                        "Aucune action n'est encore inscrite au plan.", "Aucune réponse n'a encore été enregistrée pour cet axe.",
                        "Sans réponse", "groupe de collectivités comparables est trop petit (2 diagnostic(s))",
                        "Aucun point fort identifié", "Piloter", "Valoriser")) {
                    assertContains(text, expected);
                }
            } else {
                assertContains(text, "Diagnostic not started");
                assertContains(text, "No action has been added to the plan yet.");
            }
        }
    }

    @Test
    void draftMarkerOnEveryPage() {
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        int pages = PdfTools.pages(completeFr);
        for (int page = 1; page <= pages; page++) {
            assertContains(PdfTools.pageText(completeFr, page), "BROUILLON");
        }
        PlanReport draft = PlanReportSamples.complete("fr");
        PlanReport validated = new PlanReport(draft.language(), draft.organizationName(), draft.organizationType(),
                draft.departement(), draft.campaignName(), draft.campaignYear(), draft.questionnaireTitle(),
                draft.questionnaireId(), draft.questionnaireVersion(), draft.contentHash(), draft.modeLabel(), "Validé",
                false, draft.facilitator(), draft.generatedOn(), draft.overallScore(), draft.overallLevel(),
                draft.overallLevelDescription(), draft.answeredRatio(), draft.levels(), draft.axes(), draft.peersShown(),
                draft.peerCount(), draft.peerGroupLabel(), draft.actions(), draft.appendix(), draft.scoringMethod());
        String text = PdfTools.text(render("validated", validated));
        assertFalse(text.contains("BROUILLON"), "a validated report has no draft marker");
        assertContains(text, "Validé");
    }

    @Test
    void concurrentRenderingGivesCompleteReports() throws Exception {
        PlanReport report = PlanReportSamples.complete("fr");
        String expected = PdfTools.available() ? PdfTools.text(completeFr) : null;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                PlanReport one = i % 3 == 0 ? PlanReportSamples.complete("en") : report;
                results.add(pool.submit(() -> renderer.render(one)));
            }
            for (int i = 0; i < results.size(); i++) {
                byte[] pdf = results.get(i).get(2, TimeUnit.MINUTES);
                assertPdf(pdf);
                if (expected != null && i % 3 != 0) {
                    assertEquals(expected, PdfTools.text(pdf), "concurrent render " + i + " differs");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] render(String name, PlanReport report) {
        byte[] pdf = renderer.render(report);
        try {
            Path dir = buildDir().resolve("plan-pdf");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // only a convenience for looking at the output
        }
        return pdf;
    }

    private static Path buildDir() throws URISyntaxException {
        // <build dir>/test-classes
        return Path.of(PlanPdfRendererTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    private static void assertPdf(byte[] pdf) {
        assertTrue(pdf.length > 1000, "PDF too small: " + pdf.length);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1).contains("%%EOF"), "truncated PDF");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: "
                + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text));
    }
}
