package org.odmaturity.plan.pdf;

import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.odmaturity.pdf.JasperPdf;
import org.odmaturity.pdf.PdfTiming;

import net.sf.jasperreports.engine.JRException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Lays out a {@link PlanReport} as the improvement-plan PDF (A4, French or English), with the templates
 * {@code src/main/jasperreports/plan*.jrxml} and the labels {@code reports/plan_fr|en.properties} through
 * {@link JasperPdf} (templates loaded once and shared, safe from any number of threads). Everything else is in the
 * {@link PlanReport}, which the main report reads as its single row.
 */
@ApplicationScoped
// created at start, so that its meters are exported (at zero) before the first event
@Startup
public class PlanPdfRenderer {

    /** Compiled templates, by the name of the parameter that hands a subreport to the report that embeds it. */
    static final Map<String, String> SUBREPORTS = Map.of(
            "SR_LEVELS", "plan_levels",
            "SR_AXIS_TABLE", "plan_axis_table",
            "SR_AXES", "plan_axes",
            "SR_QUESTIONS", "plan_questions",
            "SR_ACTIONS", "plan_actions",
            "SR_APPENDIX", "plan_appendix",
            "SR_FOLLOW_UP", "plan_follow_up");

    private static final JasperPdf PDF = new JasperPdf("plan", SUBREPORTS, "plan");

    /** {@code odm.pdf.render{kind=plan}}: every document of this kind is rendered here. */
    private final PdfTiming timing;

    @Inject
    public PlanPdfRenderer(MeterRegistry meters) {
        this.timing = new PdfTiming("plan", meters);
    }

    /** A renderer whose meter nobody reads (unit tests, benchmarks). */
    public PlanPdfRenderer() {
        this(new SimpleMeterRegistry());
    }

    /** Renders the report as PDF bytes. */
    public byte[] render(PlanReport report) {
        Objects.requireNonNull(report, "report");
        try {
            return timing.time(() -> PDF.render(report, report.language(), labels -> new JasperPdf.Metadata(
                    labels.getString("document.title") + " — " + nonNull(report.organizationName()),
                    labels.getString("document.subject") + " — " + nonNull(report.campaignName()) + " "
                            + report.campaignYear(),
                    labels.getString("document.keywords"))));
        } catch (JRException | RuntimeException e) {
            throw new PlanPdfException("Could not render the improvement plan of " + report.organizationName(), e);
        }
    }

    /** Loads the compiled templates now rather than on the first {@link #render} (e.g. to warm up at startup). */
    public void preload() {
        PDF.preload();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
