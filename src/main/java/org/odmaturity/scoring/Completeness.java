package org.odmaturity.scoring;

/**
 * How many of the relevant questions are answered.
 *
 * @param answered relevant questions with a value or declared not applicable
 * @param relevant relevant questions, scored or not
 * @param ratio    answered / relevant, rounded half-up to 3 decimals; 1.0 when {@code relevant} is 0
 */
public record Completeness(int answered, int relevant, double ratio) {

    static Completeness of(int answered, int relevant) {
        double ratio = relevant == 0 ? 1.0 : Rounding.round(answered / (double) relevant, 3);
        return new Completeness(answered, relevant, ratio);
    }
}
