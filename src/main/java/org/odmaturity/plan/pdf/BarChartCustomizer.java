package org.odmaturity.plan.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Styles an axis's theme bar chart: flat blue bars without shadow, the score written after each bar in the report's
 * locale ("64,8"), light grid, theme names on up to two lines. Named by the {@code customizerClass} of the bar chart in
 * {@code plan_axes.jrxml}; JasperReports makes one per fill.
 */
public class BarChartCustomizer extends JRAbstractChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setBorderVisible(false);
        chart.setBackgroundPaint(null); // transparent: the draft watermark shows through like elsewhere
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(null);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinesVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(0.38f);
        categories.setTickLabelPaint(ChartStyle.TEXT);
        categories.setAxisLineVisible(false);
        categories.setCategoryMargin(0.35);
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickLabelPaint(ChartStyle.TEXT);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.09);
            bars.setSeriesPaint(0, ChartStyle.BLUE);
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", scoreFormat()));
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            bars.setItemLabelAnchorOffset(4);
        }
    }

    private DecimalFormat scoreFormat() {
        Object locale = getParameterValue(JRParameter.REPORT_LOCALE);
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale instanceof Locale l ? l : Locale.FRANCE));
    }
}
