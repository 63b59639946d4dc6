package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * An enterprise's value of one indicator. A value that is absent from the data is "missing", which
 * is not the same as {@link Kind#NOT_APPLICABLE} (不适用).
 *
 * @param kind      measured number, qualitative result, or not applicable
 * @param number    the measured value in the indicator's unit (MEASURED only)
 * @param bestLevel for QUALITATIVE: the best level whose requirements are met (0 = Ⅰ), or
 *                  {@code null} when none is met
 * @param source    where the value came from, or {@code null}
 */
public record IndicatorValue(Kind kind, BigDecimal number, Integer bestLevel, Source source) {

    /** What kind of value an enterprise gave. */
    public enum Kind { MEASURED, QUALITATIVE, NOT_APPLICABLE }

    public static IndicatorValue measured(String number) {
        return new IndicatorValue(Kind.MEASURED, new BigDecimal(number), null, null);
    }

    public static IndicatorValue measured(BigDecimal number, Source source) {
        return new IndicatorValue(Kind.MEASURED, number, null, source);
    }

    /** A qualitative indicator whose level {@code level} (and so every worse level) is met. */
    public static IndicatorValue meetsLevel(int level) {
        return new IndicatorValue(Kind.QUALITATIVE, null, level, null);
    }

    /** A qualitative indicator that meets no level's requirements. */
    public static IndicatorValue meetsNoLevel() {
        return new IndicatorValue(Kind.QUALITATIVE, null, null, null);
    }

    public static IndicatorValue notApplicable() {
        return new IndicatorValue(Kind.NOT_APPLICABLE, null, null, null);
    }

    public IndicatorValue withSource(Source newSource) {
        return new IndicatorValue(kind, number, bestLevel, newSource);
    }
}
