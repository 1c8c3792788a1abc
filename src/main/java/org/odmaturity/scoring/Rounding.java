package org.odmaturity.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Output rounding: half-up on the shortest decimal form of the double (so 66.666… gives 66.7, 12.25 gives 12.3). */
final class Rounding {

    private Rounding() {
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
