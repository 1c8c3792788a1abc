package org.odmaturity.plan;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an organisation's peers scored, per axis: the SUBMITTED and VALIDATED diagnostics of the same campaign whose
 * organisations have the same type, the diagnostic itself excluded, each read from its latest score snapshot. The
 * figures are given only when the group is large enough ({@code shown}); otherwise they are null.
 *
 * @param count            how many peer diagnostics there are
 * @param shown            whether {@code count} reaches {@code minimumGroupSize}
 * @param minimumGroupSize the configured minimum ({@code odm.peers.minimum-group-size})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Peers(int count, boolean shown, int minimumGroupSize, List<AxisPeers> axes) {

    public Peers {
        axes = List.copyOf(axes);
    }

    /** One axis: average and quartiles of the peers' axis scores (one decimal), null when not shown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AxisPeers(String id, Double average, Double q1, Double median, Double q3) {

        /**
         * The statistics of some scores: average, and quartiles by linear interpolation between the closest ranks
         * (the quantile at p of n sorted values is at position (n − 1) × p, counting from 0); all null when there is
         * no score. Rounded half-up to one decimal.
         */
        public static AxisPeers of(String id, double[] scores) {
            if (scores.length == 0) {
                return new AxisPeers(id, null, null, null, null);
            }
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double average = Arrays.stream(sorted).sum() / sorted.length;
            return new AxisPeers(id, round(average), round(quantile(sorted, 0.25)), round(quantile(sorted, 0.5)),
                    round(quantile(sorted, 0.75)));
        }

        public static AxisPeers hidden(String id) {
            return new AxisPeers(id, null, null, null, null);
        }

        static double quantile(double[] sorted, double p) {
            double position = (sorted.length - 1) * p;
            int below = (int) Math.floor(position);
            int above = Math.min(below + 1, sorted.length - 1);
            return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        }

        private static double round(double value) {
            return PlanGenerator.round(value, 1);
        }
    }
}
