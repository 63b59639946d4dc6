package io.github.cpaudit.calc;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A figure in two audit rounds, full precision; either side {@code null} when that round has none.
 *
 * @param before the earlier round's value
 * @param after  the later round's value
 */
public record RoundChange(BigDecimal before, BigDecimal after) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** after − before, or {@code null} when a side is missing. */
    public BigDecimal change() {
        return before == null || after == null ? null : after.subtract(before);
    }

    /** (after − before) / before × 100 %, or {@code null} when a side is missing or before is zero. */
    public BigDecimal rate() {
        BigDecimal change = change();
        return change == null || before.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(before, MathContext.DECIMAL128);
    }
}
