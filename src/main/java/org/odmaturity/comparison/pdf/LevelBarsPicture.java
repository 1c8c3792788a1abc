package org.odmaturity.comparison.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The level counts of some distributions as 100 % stacked horizontal bars, as vector graphics: one bar per node
 * (lowest level on the left, in the colours of the map's classes), each segment's count written in it when it fits,
 * a scale in percent and a legend naming the levels in order. The same counts are printed as text in the
 * distributions table, so nothing depends on colour alone. Immutable.
 */
public final class LevelBarsPicture extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final double LABEL_WIDTH = 120;
    private static final double ROW = 22;
    private static final double BAR = 14;

    /** A node's bar: its title and how many diagnostics reach each level, in the order of {@code levels}. */
    public record Bar(String title, boolean overall, List<Integer> counts) implements Serializable {
        public Bar {
            counts = List.copyOf(counts);
        }

        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final List<Bar> bars;
    private final List<String> levels;
    private final String scaleLabel;
    private final Locale locale;

    /**
     * @param levels     the level labels, lowest first
     * @param scaleLabel the caption of the scale, e.g. "% des organisations"
     */
    public LevelBarsPicture(List<Bar> bars, List<String> levels, String scaleLabel, Locale locale) {
        this.bars = List.copyOf(bars);
        this.levels = List.copyOf(levels);
        this.scaleLabel = scaleLabel;
        this.locale = locale;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<String> levels() {
        return levels;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D box) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font label = PictureStyle.font(context, 8f, false, locale);
            Font bold = PictureStyle.font(context, 8f, true, locale);
            Font small = PictureStyle.font(context, 7f, false, locale);
            NumberFormat integers = NumberFormat.getIntegerInstance(locale);
            double left = box.getX() + LABEL_WIDTH;
            double barWidth = box.getWidth() - LABEL_WIDTH - 8;
            double legendHeight = legendHeight(g2, small, box.getWidth());
            double available = box.getHeight() - legendHeight - 16;
            double row = Math.min(ROW, available / Math.max(1, bars.size()));
            double bar = Math.min(BAR, row - 4);
            double y = box.getY();
            // the scale's grid first, so that the bars lie over it
            g2.setColor(PictureStyle.GRID);
            g2.setStroke(new BasicStroke(0.5f));
            for (int p = 0; p <= 100; p += 25) {
                double x = left + barWidth * p / 100;
                g2.draw(new Line2D.Double(x, y - 2, x, y + row * bars.size() - 2));
            }
            for (Bar b : bars) {
                g2.setFont(b.overall() ? bold : label);
                FontMetrics fm = g2.getFontMetrics();
                g2.setColor(PictureStyle.TEXT);
                g2.drawString(fit(b.title(), fm, LABEL_WIDTH - 8), (float) box.getX(),
                        (float) (y + bar / 2 + fm.getAscent() / 2.0 - 1));
                int total = b.total();
                double x = left;
                g2.setFont(small);
                FontMetrics sm = g2.getFontMetrics();
                for (int i = 0; i < b.counts().size(); i++) {
                    int count = b.counts().get(i);
                    if (count == 0 || total == 0) {
                        continue;
                    }
                    double w = barWidth * count / total;
                    Color fill = PictureStyle.classColor(i, levels.size());
                    g2.setColor(fill);
                    g2.fill(new Rectangle2D.Double(x, y, w, bar));
                    g2.setColor(Color.WHITE);
                    g2.setStroke(new BasicStroke(0.8f));
                    g2.draw(new Line2D.Double(x + w, y, x + w, y + bar));
                    String text = integers.format(count);
                    if (sm.stringWidth(text) + 4 <= w) {
                        g2.setColor(PictureStyle.textOn(fill));
                        g2.drawString(text, (float) (x + (w - sm.stringWidth(text)) / 2),
                                (float) (y + bar / 2 + sm.getAscent() / 2.0 - 1));
                    }
                    x += w;
                }
                y += row;
            }
            g2.setFont(small);
            FontMetrics sm = g2.getFontMetrics();
            g2.setColor(PictureStyle.TEXT);
            for (int p = 0; p <= 100; p += 25) {
                double x = left + barWidth * p / 100;
                String text = integers.format(p);
                g2.drawString(text, (float) (x - sm.stringWidth(text) / 2.0), (float) (y + sm.getAscent()));
            }
            g2.drawString(scaleLabel, (float) box.getX(), (float) (y + sm.getAscent()));
            drawLegend(g2, small, box.getX(), y + 16, box.getWidth());
        } finally {
            g2.dispose();
        }
    }

    private double legendHeight(Graphics2D g, Font font, double width) {
        return legendRows(g.getFontMetrics(font), width) * 12 + 2;
    }

    private int legendRows(FontMetrics fm, double width) {
        int rows = 1;
        double x = 0;
        for (String level : levels) {
            double w = 18 + fm.stringWidth(level) + 14;
            if (x > 0 && x + w > width) {
                rows++;
                x = 0;
            }
            x += w;
        }
        return rows;
    }

    private void drawLegend(Graphics2D g, Font font, double left, double top, double width) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double x = 0;
        double y = top;
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            double w = 18 + fm.stringWidth(level) + 14;
            if (x > 0 && x + w > width) {
                x = 0;
                y += 12;
            }
            Rectangle2D swatch = new Rectangle2D.Double(left + x, y, 14, 8);
            g.setColor(PictureStyle.classColor(i, levels.size()));
            g.fill(swatch);
            g.setColor(PictureStyle.OUTLINE);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(swatch);
            g.setColor(PictureStyle.TEXT);
            g.drawString(level, (float) (left + x + 18), (float) (y + 4 + fm.getAscent() / 2.0 - 1));
            x += w;
        }
    }

    /** The text, cut with an ellipsis to fit a width. */
    static String fit(String text, FontMetrics fm, double width) {
        if (text == null) {
            return "";
        }
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
