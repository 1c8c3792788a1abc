package org.odmaturity.comparison.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * What the synthesis's vector pictures share: the report font (DejaVu Sans from the JasperReports font extension, so
 * that the PDF exporter writes their labels as text in the embedded font), the colours of the classes (a sequential
 * blue scale that stays ordered in grey-scale) and the hatching of hidden figures (a pattern, not a colour).
 */
final class PictureStyle {

    static final String FAMILY = "DejaVu Sans";
    static final Color TEXT = new Color(0x3A, 0x3A, 0x3A);
    static final Color OUTLINE = new Color(0x6A, 0x6A, 0x6A);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color HATCH = new Color(0x92, 0x92, 0x92);
    private static final Color LIGHTEST = new Color(0xE3, 0xE3, 0xFD);
    private static final Color DARKEST = new Color(0x00, 0x00, 0x91);

    private PictureStyle() {
    }

    /** The fill of class {@code index} of {@code count} ordered classes, lightest first. */
    static Color classColor(int index, int count) {
        if (count <= 1) {
            return DARKEST;
        }
        double t = Math.max(0, Math.min(1, index / (double) (count - 1)));
        return new Color(mix(LIGHTEST.getRed(), DARKEST.getRed(), t), mix(LIGHTEST.getGreen(), DARKEST.getGreen(), t),
                mix(LIGHTEST.getBlue(), DARKEST.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    /** Dark text on light fills, white on dark ones (relative luminance, WCAG). */
    static Color textOn(Color fill) {
        return luminance(fill) > 0.25 ? Color.BLACK : Color.WHITE;
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The report font at a size in points; the extension's font when it is there (it always is in the service). */
    static Font font(JasperReportsContext context, float size, boolean bold, Locale locale) {
        int style = bold ? Font.BOLD : Font.PLAIN;
        Font font = context == null ? null
                : FontUtil.getInstance(context).getAwtFontFromBundles(FAMILY, style, size, locale, true);
        return font != null ? font : new Font(FAMILY, style, 1).deriveFont(size);
    }

    /** Fills a shape with white and grey diagonal hatching (hidden or missing figures), as vector lines. */
    static void hatch(Graphics2D g, Shape shape) {
        g.setColor(Color.WHITE);
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        g.setColor(HATCH);
        g.setStroke(new BasicStroke(0.6f));
        Rectangle2D b = shape.getBounds2D();
        double step = 3.5;
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += step) {
            g.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g.setClip(clip);
    }
}
