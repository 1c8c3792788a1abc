package org.odmaturity.plan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Lays out a {@link PlanReport} as the improvement-plan PDF (A4, French or English).
 *
 * <p>
 * The templates are JRXML files under {@code src/main/jasperreports}, compiled at build time into
 * {@code reports/*.jasper} on the classpath; they are loaded once, on first use, and shared by every call (a compiled
 * report is immutable). Each call fills and exports its own print, so {@link #render} is safe from any number of threads.
 * The report's own labels come from the resource bundle {@code reports/plan_fr|en.properties}; everything else is in the
 * {@link PlanReport}, which the main report reads as its single row (see {@link RecordDataSource}).
 * </p>
 */
@ApplicationScoped
public class PlanPdfRenderer {

    /** Compiled templates, by the name of the parameter that hands a subreport to the report that embeds it. */
    static final Map<String, String> SUBREPORTS = Map.of(
            "SR_LEVELS", "plan_levels",
            "SR_AXIS_TABLE", "plan_axis_table",
            "SR_AXES", "plan_axes",
            "SR_QUESTIONS", "plan_questions",
            "SR_ACTIONS", "plan_actions",
            "SR_APPENDIX", "plan_appendix");
    static final String MAIN = "plan";
    static final String AUTHOR = "od-maturity";

    static {
        // JasperReports measures text and draws charts with AWT: never let it look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private volatile Templates templates;

    private record Templates(JasperReport main, Map<String, JasperReport> subreports) {
    }

    /** Renders the report as PDF bytes. */
    public byte[] render(PlanReport report) {
        Objects.requireNonNull(report, "report");
        Templates loaded = templates();
        Locale locale = locale(report.language());
        Map<String, Object> parameters = new HashMap<>(loaded.subreports());
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        ResourceBundle labels = labels(locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(loaded.main(), parameters,
                    RecordDataSource.of(report));
            return export(print, report, labels);
        } catch (JRException | RuntimeException e) {
            throw new PlanPdfException("Could not render the improvement plan of " + report.organizationName(), e);
        }
    }

    /** Loads the compiled templates now rather than on the first {@link #render} (e.g. to warm up at startup). */
    public void preload() {
        templates();
    }

    private byte[] export(JasperPrint print, PlanReport report, ResourceBundle labels) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(labels.getString("document.title") + " — " + nonNull(report.organizationName()));
        configuration.setMetadataAuthor(AUTHOR);
        configuration.setMetadataCreator(AUTHOR);
        configuration.setMetadataSubject(labels.getString("document.subject") + " — " + nonNull(report.campaignName())
                + " " + report.campaignYear());
        configuration.setMetadataKeywords(labels.getString("document.keywords"));
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagged(true);
        configuration.setTagLanguage(locale(report.language()).getLanguage());
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
        // Chart labels as PDF text in the embedded report font rather than glyph outlines: smaller, faster, searchable.
        pages.setForceSvgShapes(false);
        exporter.setConfiguration(pages);
        exporter.exportReport();
        return out.toByteArray();
    }

    static Locale locale(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.UK : Locale.FRANCE;
    }

    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("reports.plan", locale, PlanPdfRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Templates templates() {
        Templates loaded = templates;
        if (loaded == null) {
            synchronized (this) {
                loaded = templates;
                if (loaded == null) {
                    Map<String, JasperReport> subreports = new HashMap<>();
                    SUBREPORTS.forEach((parameter, name) -> subreports.put(parameter, load(name)));
                    loaded = new Templates(load(MAIN), Map.copyOf(subreports));
                    templates = loaded;
                }
            }
        }
        return loaded;
    }

    private static JasperReport load(String name) {
        String path = "reports/" + name + ".jasper";
        try (InputStream in = PlanPdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PlanPdfException("Compiled report template not found on the classpath: " + path, null);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new PlanPdfException("Could not load the report template " + path, e);
        }
    }
}
