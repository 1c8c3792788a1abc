package org.odmaturity.plan.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** The report's colours, shared by the chart customizers (the templates repeat them as hex values). */
final class ChartStyle {

    /** "Bleu France": the organisation's own results. */
    static final Color BLUE = new Color(0x00, 0x00, 0x91);
    /** The peers' average: a warm contrast that stays readable in grey-scale. */
    static final Color PEERS = new Color(0xC8, 0x64, 0x2B);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color TEXT = new Color(0x3A, 0x3A, 0x3A);
    static final Stroke OWN_LINE = new BasicStroke(1.6f);
    static final Stroke PEER_LINE = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] { 4f, 3f }, 0f);

    private ChartStyle() {
    }
}
