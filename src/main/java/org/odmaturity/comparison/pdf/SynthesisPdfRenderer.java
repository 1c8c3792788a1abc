package org.odmaturity.comparison.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.odmaturity.pdf.JasperPdf;
import org.odmaturity.pdf.PdfTiming;

import net.sf.jasperreports.engine.JRException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Lays out a {@link SynthesisReport} as the regional synthesis PDF (A4, French or English), with the templates
 * {@code src/main/jasperreports/synthesis*.jrxml} and the labels {@code reports/synthesis_fr|en.properties} through
 * {@link JasperPdf} (templates loaded once and shared, safe from any number of threads). Everything else is in the
 * {@link SynthesisReport}, which the main report reads as its single row. The map and the level bars are
 * {@code Graphics2DRenderable}s: the exporter draws them as PDF vector paths and text.
 */
@ApplicationScoped
// created at start, so that its meters are exported (at zero) before the first event
@Startup
public class SynthesisPdfRenderer {

    /** Compiled templates, by the name of the parameter that hands a subreport to the main report. */
    static final Map<String, String> SUBREPORTS = Map.of(
            "SR_LIST", "synthesis_list",
            "SR_DISTRIBUTIONS", "synthesis_distributions",
            "SR_AREAS", "synthesis_areas",
            "SR_ACTIONS", "synthesis_actions",
            "SR_WEAK_THEMES", "synthesis_weak_themes",
            "SR_CHANGES", "synthesis_changes");

    private static final JasperPdf PDF = new JasperPdf("synthesis", SUBREPORTS, "synthesis");

    /** {@code odm.pdf.render{kind=synthesis}}: every document of this kind is rendered here. */
    private final PdfTiming timing;

    @Inject
    public SynthesisPdfRenderer(MeterRegistry meters) {
        this.timing = new PdfTiming("synthesis", meters);
    }

    /** A renderer whose meter nobody reads (unit tests, benchmarks). */
    public SynthesisPdfRenderer() {
        this(new SimpleMeterRegistry());
    }

    /** Renders the report as PDF bytes. */
    public byte[] render(SynthesisReport report) {
        Objects.requireNonNull(report, "report");
        String campaign = (report.campaignName() == null ? "" : report.campaignName()) + " " + report.campaignYear();
        try {
            return timing.time(() -> PDF.render(report, report.language(), labels -> new JasperPdf.Metadata(
                    labels.getString("document.title") + " — " + campaign, labels.getString("document.subject"),
                    labels.getString("document.keywords"))));
        } catch (JRException | RuntimeException e) {
            throw new SynthesisPdfException("Could not render the regional synthesis of " + report.campaignName(), e);
        }
    }

    /** Loads the compiled templates now rather than on the first {@link #render}. */
    public void preload() {
        PDF.preload();
    }

    /** The report's locale: {@code en} gives British English (dates "7 December 2026"), anything else French. */
    static Locale locale(String language) {
        return JasperPdf.locale(language);
    }

    /** The report's own labels ({@code reports/synthesis_fr|en.properties}), also used by the assembler. */
    static ResourceBundle labels(Locale locale) {
        return PDF.labels(locale);
    }
}
