package org.odmaturity.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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
 * One of the service's PDF documents as JasperReports lays it out: a main template and its subreports, compiled at
 * build time from {@code src/main/jasperreports/*.jrxml} into {@code reports/*.jasper} on the classpath, and the
 * document's own labels ({@code reports/<bundle>_fr|en.properties}). The templates are loaded once, on first use, and
 * shared (a compiled report is immutable); each {@link #render} fills and exports its own print, so it is safe from any
 * number of threads. The document's data is one record, read as the main report's single row through
 * {@link RecordDataSource}. Exported as a tagged PDF (language, title and metadata) with the embedded DejaVu fonts, in
 * French or British English ({@link #locale}).
 *
 * <p>Used by the improvement plan ({@code plan.pdf}) and the regional synthesis ({@code comparison.pdf}).
 */
public final class JasperPdf {

    /** Who wrote the document, in its metadata. */
    public static final String AUTHOR = "od-maturity";

    static {
        // JasperReports measures text and draws charts with AWT: never let it look for a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The document's metadata (its language is the render's locale). */
    public record Metadata(String title, String subject, String keywords) {
    }

    private record Templates(JasperReport main, Map<String, JasperReport> subreports) {
    }

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final String main;
    private final Map<String, String> subreports;
    private final String bundle;
    private volatile Templates templates;

    /**
     * @param main       the main template's name ({@code reports/<main>.jasper})
     * @param subreports the subreports' names by the parameter that hands each to the report that embeds it
     * @param bundle     the labels' bundle name ({@code reports/<bundle>_fr|en.properties})
     */
    public JasperPdf(String main, Map<String, String> subreports, String bundle) {
        this.main = main;
        this.subreports = Map.copyOf(subreports);
        this.bundle = bundle;
    }

    /** {@code en} gives British English (dates "7 December 2026"), anything else French. */
    public static Locale locale(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.UK : Locale.FRANCE;
    }

    /** The document's own labels in a locale. */
    public ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("reports." + bundle, locale, JasperPdf.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Fills the templates with one record and exports the PDF.
     *
     * @param metadata the metadata, from the labels in the document's locale
     * @throws JRException           when JasperReports cannot fill or export
     * @throws IllegalStateException when a compiled template is missing or unreadable
     */
    public byte[] render(Record row, String language, java.util.function.Function<ResourceBundle, Metadata> metadata)
            throws JRException {
        Templates loaded = templates();
        Locale locale = locale(language);
        ResourceBundle labels = labels(locale);
        Map<String, Object> parameters = new HashMap<>(loaded.subreports());
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        JasperPrint print = JasperFillManager.getInstance(context).fill(loaded.main(), parameters,
                RecordDataSource.of(row));
        return export(print, locale, metadata.apply(labels));
    }

    /** Loads the compiled templates now rather than on the first {@link #render} (e.g. to warm up at startup). */
    public void preload() {
        templates();
    }

    private byte[] export(JasperPrint print, Locale locale, Metadata metadata) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(metadata.title());
        configuration.setMetadataAuthor(AUTHOR);
        configuration.setMetadataCreator(AUTHOR);
        configuration.setMetadataSubject(metadata.subject());
        configuration.setMetadataKeywords(metadata.keywords());
        configuration.setDisplayMetadataTitle(true);
        configuration.setTagged(true);
        configuration.setTagLanguage(locale.getLanguage());
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
        // Text of charts and pictures as PDF text in the embedded report font rather than glyph outlines: smaller,
        // faster, searchable.
        pages.setForceSvgShapes(false);
        exporter.setConfiguration(pages);
        exporter.exportReport();
        return out.toByteArray();
    }

    private Templates templates() {
        Templates loaded = templates;
        if (loaded == null) {
            synchronized (this) {
                loaded = templates;
                if (loaded == null) {
                    Map<String, JasperReport> compiled = new HashMap<>();
                    subreports.forEach((parameter, name) -> compiled.put(parameter, load(name)));
                    loaded = new Templates(load(main), Map.copyOf(compiled));
                    templates = loaded;
                }
            }
        }
        return loaded;
    }

    private static JasperReport load(String name) {
        String path = "reports/" + name + ".jasper";
        try (InputStream in = JasperPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Compiled report template not found on the classpath: " + path);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Could not load the report template " + path, e);
        }
    }
}
