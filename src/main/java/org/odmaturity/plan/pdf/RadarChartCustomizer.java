package org.odmaturity.plan.pdf;


import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.ui.RectangleInsets;

import net.sf.jasperreports.components.charts.ChartComponent;
import net.sf.jasperreports.components.charts.ChartCustomizer;

/**
 * Styles the summary's radar: the organisation in blue, the peers' average (second series, when shown) as a dashed
 * warm line, no frame. Named by the {@code customizerClass} of the spider chart in {@code plan.jrxml} and instantiated
 * by JasperReports for each fill.
 */
public class RadarChartCustomizer implements ChartCustomizer {

    @Override
    public void customize(JFreeChart chart, ChartComponent component) {
        chart.setBorderVisible(false);
        chart.setBackgroundPaint(null); // transparent: the draft watermark shows through like elsewhere
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemPaint(ChartStyle.TEXT);
            chart.getLegend().setBackgroundPaint(null);
        }
        if (chart.getPlot() instanceof SpiderWebPlot plot) {
            plot.setOutlineVisible(false);
            plot.setBackgroundPaint(null);
            plot.setInsets(new RectangleInsets(4, 4, 4, 4));
            plot.setInteriorGap(0.22);
            plot.setSeriesPaint(0, ChartStyle.BLUE);
            plot.setSeriesOutlinePaint(0, ChartStyle.BLUE);
            plot.setSeriesOutlineStroke(0, ChartStyle.OWN_LINE);
            plot.setSeriesPaint(1, ChartStyle.PEERS);
            plot.setSeriesOutlinePaint(1, ChartStyle.PEERS);
            plot.setSeriesOutlineStroke(1, ChartStyle.PEER_LINE);
            plot.setAxisLinePaint(ChartStyle.GRID);
            plot.setLabelPaint(ChartStyle.TEXT);
        }
    }
}
