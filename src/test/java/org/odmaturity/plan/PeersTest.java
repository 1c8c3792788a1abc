package org.odmaturity.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Average and quartiles of the peer comparison (linear interpolation between closest ranks). */
class PeersTest {

    @Test
    void fivePeers() {
        assertEquals(new Peers.AxisPeers("piloter", 40.0, 33.3, 33.3, 66.7),
                Peers.AxisPeers.of("piloter", new double[] {66.7, 0, 33.3, 66.7, 33.3}));
    }

    @Test
    void interpolatesBetweenRanks() {
        assertEquals(new Peers.AxisPeers("a", 2.5, 1.8, 2.5, 3.3), Peers.AxisPeers.of("a", new double[] {4, 1, 3, 2}));
        assertEquals(new Peers.AxisPeers("a", 7.0, 7.0, 7.0, 7.0), Peers.AxisPeers.of("a", new double[] {7}));
    }

    @Test
    void nothingToCompare() {
        assertEquals(Peers.AxisPeers.hidden("a"), Peers.AxisPeers.of("a", new double[0]));
    }
}
