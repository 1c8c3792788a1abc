package org.odmaturity.comparison.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.odmaturity.comparison.ResultsFilter;
import org.odmaturity.comparison.StatusScope;
import org.odmaturity.comparison.geo.DepartementMap;
import org.odmaturity.organization.OrganizationType;
import org.odmaturity.testsupport.PdfTools;

/**
 * Renders synthesis reports of hand-made campaigns (see {@link SynthesisSamples}) to PDF, without the container, and
 * reads them back with poppler-utils (skipped when missing; .ci/run installs them). Each PDF is also written to
 * {@code <build dir>/synthesis-pdf/} for a person to look at.
 */
class SynthesisPdfRendererTest {

    private static SynthesisPdfRenderer renderer;
    private static byte[] frenchWithEvolution;

    @BeforeAll
    static void renderOnce() {
        renderer = new SynthesisPdfRenderer();
        frenchWithEvolution = render("fr-evolution", report(ResultsFilter.defaults(), "fr", true));
    }

    private static SynthesisReport report(ResultsFilter filter, String language, boolean withEvolution) {
        return SynthesisReportAssembler.assemble(SynthesisSamples.later().inputs(filter, language,
                withEvolution ? SynthesisSamples.earlier() : null), language, SynthesisSamples.TODAY);
    }

    @Test
    void frenchReportHasEverySection() {
        assertPdf(frenchWithEvolution);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(frenchWithEvolution);
        for (String expected : List.of("MATURITÉ OPEN DATA DES COLLECTIVITÉS", "Synthèse régionale",
                "Diagnostic régional 2026 · 2026", "7 décembre 2026", "Exemple : diagnostic de maturité open data",
                "sample-od-maturity · version 1", "Périmètre des chiffres", "Diagnostics validés",
                "1. Participation", "Invitées", "Validées", "Par type d'organisation", "Par taille",
                "Par département", "67 – Bas-Rhin", "Communes de moins de 3 500 habitants",
                "2. Résultats", "Score global et axes", "43,2", "27,5", "60,0", "Médiane",
                "Débutant 2 · Initié 3 · Structuré 3 · Avancé 3 · Expert 0", "Répartition par niveau de maturité",
                "% des organisations", "Résultats par thème", "Gouvernance",
                "3. Carte des départements", "54,2 · Structuré", "30,0 · Initié", "Structuré : de 40 à moins de 60",
                "Contours : " + DepartementMap.ATTRIBUTION,
                "4. Besoins d'accompagnement", "Actions les plus fréquentes", "81,8 %",
                "Publier un premier jeu de données simple", "Court terme (0 à 6 mois)", "Thèmes les plus faibles",
                "Au niveau « Débutant »",
                "5. Évolution depuis la campagne précédente", "Diagnostic régional 2025 · 2025", "32,5", "+21,7",
                "Initié → Structuré", "Structuré → Avancé",
                "Méthode et règle d'anonymat", "moins de 5 organisations", "à partir de 40",
                "elle ne recalcule jamais un ancien diagnostic")) {
            assertContains(text, expected);
        }
        int pages = PdfTools.pages(frenchWithEvolution);
        assertTrue(pages >= 7 && pages <= 12, "pages: " + pages);
        assertContains(text, "Page " + pages + " / " + pages);
        String info = PdfTools.flat(PdfTools.info(frenchWithEvolution));
        assertContains(info, "Title: Synthèse régionale — Diagnostic régional 2026 2026");
        assertContains(info, "Author: od-maturity");
        assertContains(info, "Tagged: yes");
        assertContains(info, "Page size: 595 x 842 pts (A4)");
        assertContains(new String(frenchWithEvolution, StandardCharsets.ISO_8859_1), "/Lang(fr)");
    }

    @Test
    void theLoneEpciIsNeverCountedNorNamed() {
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(frenchWithEvolution);
        assertFalse(text.contains("Organisation 300"), "an organisation's name in the public synthesis");
        // its type and its département read "moins de 5 organisations", not 1 or 0
        assertContains(text, "Établissement public de coopération intercommunale moins de 5 organisations");
        assertContains(text, "57 – Moselle moins de 5 organisations");
        byte[] epci = render("fr-epci", report(new ResultsFilter(StatusScope.VALIDATED, null, OrganizationType.EPCI,
                null, null), "fr", false));
        String epciText = PdfTools.text(epci);
        assertContains(epciText, "Aucun score ne peut être montré : moins de 5 organisations.");
        assertContains(epciText, "Les besoins d'accompagnement ne peuvent être montrés : moins de 5 organisations.");
        assertFalse(epciText.contains("90,0"), "the EPCI's score");
        assertFalse(epciText.contains("5. Évolution"), "no evolution without an earlier campaign");
    }

    @Test
    void englishReport() {
        byte[] pdf = render("en", report(ResultsFilter.defaults(), "en", false));
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        for (String expected : List.of("Regional synthesis", "7 December 2026", "1. Participation", "Invited",
                "By organisation type", "2. Results", "43.2", "Median", "3. Map of départements", "54.2 · Structured",
                "4. Support needs", "81.8 %", "Method and anonymity rule", "fewer than 5 organisations",
                "Outlines: " + DepartementMap.ATTRIBUTION)) {
            assertContains(text, expected);
        }
        assertFalse(text.contains("43,2"), "French number in the English report");
        assertFalse(text.contains("Synthèse"), "French label in the English report");
        assertFalse(text.contains("Evolution since"), "no evolution without an earlier campaign");
        assertContains(new String(pdf, StandardCharsets.ISO_8859_1), "/Lang(en)");
    }

    @Test
    void embeddedFontsAndVectorPicturesOnly() throws Exception {
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        List<String> fonts = PdfTools.fonts(frenchWithEvolution);
        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            assertTrue(font.endsWith(" yes"), "font not embedded: " + font + " in " + fonts);
            assertTrue(font.contains("DejaVu"), "unexpected font: " + font);
        }
        // the map and the bars are vector paths: the only raster images are the 1 × 1 placeholders that carry the
        // pictures' alternative texts (JasperReports adds one per image element with a tooltip)
        List<String> images = images(frenchWithEvolution);
        assertEquals(2, images.size(), "images: " + images);
        for (String image : images) {
            String[] columns = image.strip().split("\\s+");
            assertEquals(List.of("1", "1"), List.of(columns[3], columns[4]), "a real bitmap: " + image);
        }
        // the legend and the département codes drawn on the map are PDF text
        String text = PdfTools.text(frenchWithEvolution);
        assertContains(text, "Expert : 80 et plus");
        assertContains(text, "Structuré : de 40 à moins de 60");
    }

    @Test
    void picturesHaveAnAlternativeText() {
        String structure = SynthesisPdfTestSupport.structureTree(frenchWithEvolution);
        assertContains(structure, "/S/Image");
        assertContains(structure, "/Alt(Carte des d");
        assertContains(structure, "/Alt(Barres empil");
        assertContains(structure, "/S/H1");
    }

    @Test
    void userTextIsPrintedLiterally() {
        SynthesisReport sample = report(ResultsFilter.defaults(), "fr", false);
        SynthesisReport hostile = new SynthesisReport(sample.language(), "<b>Campagne</b> $P{x} {0} '", 2026,
                "$R{cover.title} <i>", sample.questionnaireId(), sample.questionnaireVersion(), sample.generatedOn(),
                sample.filters(), sample.statusScope(), sample.minimumGroupSize(), sample.invited(), sample.started(),
                sample.submitted(), sample.validated(), sample.byType(), sample.byBand(), sample.byDepartement(),
                sample.distributions(), sample.levelBars(), sample.themes(), sample.levels(), sample.mapByScore(),
                sample.map(), sample.areas(), sample.mapAttribution(), sample.needsBase(), sample.actions(),
                sample.weakThemes(), sample.lowestLevel(), false, null, null, null, List.of(), List.of());
        byte[] pdf = render("hostile", hostile);
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        assertContains(text, "<b>Campagne</b> $P{x} {0} ' · 2026");
        assertContains(text, "$R{cover.title} <i>");
    }

    @Test
    void aCampaignWithoutAnyDiagnosticStillGivesAReport() {
        SynthesisSamples empty = new SynthesisSamples(44, "Campagne vide", 2026);
        byte[] pdf = render("empty", SynthesisReportAssembler.assemble(
                empty.inputs(ResultsFilter.defaults(), "fr", null), "fr", SynthesisSamples.TODAY));
        assertPdf(pdf);
        assumeTrue(PdfTools.available(), "poppler-utils missing");
        String text = PdfTools.text(pdf);
        assertContains(text, "Campagne vide");
        assertContains(text, "Aucun score ne peut être montré");
        assertContains(text, "moins de 5 organisations");
    }

    /** The raster images of a PDF, as listed by pdfimages (one line per image). */
    private static List<String> images(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("synthesis-test", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfimages", "-list", file.toString()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            // two header lines, then one line per image
            return out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static byte[] render(String name, SynthesisReport report) {
        if (renderer == null) {
            renderer = new SynthesisPdfRenderer();
        }
        byte[] pdf = renderer.render(report);
        try {
            Path dir = buildDir().resolve("synthesis-pdf");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // only a convenience for looking at the output
        }
        return pdf;
    }

    private static Path buildDir() throws URISyntaxException {
        return Path.of(SynthesisPdfRendererTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }

    static void assertPdf(byte[] pdf) {
        assertTrue(pdf.length > 1000, "PDF too small: " + pdf.length);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1).contains("%%EOF"),
                "truncated PDF");
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: "
                + (text.length() > 4000 ? text.substring(0, 4000) + "…" : text));
    }
}
