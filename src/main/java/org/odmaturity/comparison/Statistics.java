package org.odmaturity.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Count, mean, quartiles, minimum and maximum of some scores. Quartiles by linear interpolation between the closest
 * ranks: the quantile at p of n sorted values is at position (n − 1) × p, counting from 0 (the rule of the plan's peer
 * comparison and of most spreadsheet software's QUARTILE.INC). Figures are rounded half-up to one decimal; all null when
 * there is no value. Plain Java.
 */
public record Statistics(int count, Double mean, Double min, Double q1, Double median, Double q3, Double max) {

    public static final Statistics EMPTY = new Statistics(0, null, null, null, null, null, null);

    /** The statistics of some values (the array is not changed). */
    public static Statistics of(double[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Statistics(sorted.length, round(sum / sorted.length), round(sorted[0]), round(quantile(sorted, 0.25)),
                round(quantile(sorted, 0.5)), round(quantile(sorted, 0.75)), round(sorted[sorted.length - 1]));
    }

    /** The quantile at p (0–1) of sorted values, by linear interpolation. */
    static double quantile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static Double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
