package org.odmaturity.comparison.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.odmaturity.comparison.geo.DepartementMap;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The map of départements as vector graphics for the PDF: each outline of {@link DepartementMap} filled with the
 * colour of its class (or hatched when its figure is hidden), its code written on it, and under the map a legend that
 * names every class in words. The PDF exporter draws it through a {@code Graphics2D} that writes PDF paths and text:
 * no bitmap. Immutable.
 */
public final class DepartementMapPicture extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    static final float LEGEND_LINE = 12.5f;

    /**
     * A département in drawing coordinates ({@link DepartementMap.Drawing}).
     *
     * @param classIndex the class of its figure, -1 when the figure is hidden or missing (hatched)
     */
    public record Area(String code, List<double[]> rings, double labelX, double labelY, int classIndex)
            implements Serializable {
        public Area {
            rings = List.copyOf(rings);
        }
    }

    /** A line of the legend: a class (or -1: hatched) and what it means. */
    public record LegendEntry(int classIndex, String label) implements Serializable {
    }

    private final double width;
    private final double height;
    private final List<Area> areas;
    private final int classCount;
    private final List<LegendEntry> legend;
    private final Locale locale;

    public DepartementMapPicture(DepartementMap.Drawing drawing, List<Area> areas, int classCount,
            List<LegendEntry> legend, Locale locale) {
        this.width = drawing.width();
        this.height = drawing.height();
        this.areas = List.copyOf(areas);
        this.classCount = classCount;
        this.legend = List.copyOf(legend);
        this.locale = locale;
    }

    public List<Area> areas() {
        return areas;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public int classCount() {
        return classCount;
    }

    /** The fill of an area: its class's colour, null for hatching. */
    public Color fill(Area area) {
        return area.classIndex() < 0 ? null : PictureStyle.classColor(area.classIndex(), classCount);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D box) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double legendHeight = legend.size() * LEGEND_LINE + 6;
            double mapHeight = Math.max(10, box.getHeight() - legendHeight);
            double scale = Math.min(box.getWidth() / Math.max(width, 1), mapHeight / Math.max(height, 1));
            double offsetX = box.getX() + (box.getWidth() - width * scale) / 2;
            double offsetY = box.getY();
            AffineTransform toBox = new AffineTransform(scale, 0, 0, scale, offsetX, offsetY);
            Font codeFont = PictureStyle.font(context, 7f, true, locale);
            g2.setFont(codeFont);
            FontMetrics metrics = g2.getFontMetrics();
            for (Area area : areas) {
                Path2D.Double path = new Path2D.Double();
                for (double[] ring : area.rings()) {
                    for (int i = 0; i + 1 < ring.length; i += 2) {
                        if (i == 0) {
                            path.moveTo(ring[i], ring[i + 1]);
                        } else {
                            path.lineTo(ring[i], ring[i + 1]);
                        }
                    }
                    path.closePath();
                }
                java.awt.Shape shape = toBox.createTransformedShape(path);
                Color fill = fill(area);
                if (fill == null) {
                    PictureStyle.hatch(g2, shape);
                } else {
                    g2.setColor(fill);
                    g2.fill(shape);
                }
                g2.setColor(PictureStyle.OUTLINE);
                g2.setStroke(new BasicStroke(0.6f));
                g2.draw(shape);
            }
            for (Area area : areas) {
                Color fill = fill(area);
                double x = offsetX + area.labelX() * scale;
                double y = offsetY + area.labelY() * scale;
                int textWidth = metrics.stringWidth(area.code());
                float left = (float) (x - textWidth / 2.0);
                float baseline = (float) (y + metrics.getAscent() / 2.0 - 1);
                if (fill == null) {
                    // a white plate keeps the code readable over the hatching
                    g2.setColor(Color.WHITE);
                    g2.fill(new Rectangle2D.Double(left - 1.5, baseline - metrics.getAscent() + 0.5, textWidth + 3,
                            metrics.getAscent() + 1.5));
                }
                g2.setColor(fill == null ? Color.BLACK : PictureStyle.textOn(fill));
                g2.drawString(area.code(), left, baseline);
            }
            drawLegend(context, g2, box.getX(), offsetY + height * scale + 8);
        } finally {
            g2.dispose();
        }
    }

    private void drawLegend(JasperReportsContext context, Graphics2D g, double x, double top) {
        g.setFont(PictureStyle.font(context, 7.5f, false, locale));
        FontMetrics metrics = g.getFontMetrics();
        double y = top;
        for (LegendEntry entry : legend) {
            Rectangle2D swatch = new Rectangle2D.Double(x, y, 16, 9);
            if (entry.classIndex() < 0) {
                PictureStyle.hatch(g, swatch);
            } else {
                g.setColor(PictureStyle.classColor(entry.classIndex(), classCount));
                g.fill(swatch);
            }
            g.setColor(PictureStyle.OUTLINE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(swatch);
            g.setColor(PictureStyle.TEXT);
            g.drawString(entry.label(), (float) (x + 22), (float) (y + 4.5 + metrics.getAscent() / 2.0 - 1));
            y += LEGEND_LINE;
        }
    }
}
