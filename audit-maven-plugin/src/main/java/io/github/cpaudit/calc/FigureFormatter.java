package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place that rounds numbers for presentation (formulas.md §8). Calculations keep full
 * precision; only this class rounds, following GB/T 8170 (round half to even, 四舍六入五成双) unless
 * the project chooses half-up. Results are plain numbers without unit or percent sign (the table
 * header carries the unit).
 */
public final class FigureFormatter {

    /** What a number is, which fixes how it is rounded. */
    public enum Kind {
        /** tce, to 0.1. */
        TCE(1),
        /** tCO2, to 0.1. */
        CO2(1),
        /** A percentage already in percent (85.3 for 85.3 %), to 0.1. */
        PERCENT(1),
        /** An IRR given as a fraction (0.21406), shown in percent to 0.01 (21.41). */
        IRR(2),
        /** Money in 万元, to 0.01. */
        MONEY(2),
        /** Payback in years, to 0.01. */
        PAYBACK(2),
        /** A ratio such as NPVR, to 0.001. */
        RATIO(3),
        /** Unit consumption and other intensities, to 4 significant digits. */
        INTENSITY(-1),
        /**
         * A coefficient or factor (kgce/m³, tCO2/MWh): as written when it has at most 5 significant
         * digits (the standards' table values: 0.5500 stays 0.5500, 1.3300 stays 1.3300), else
         * rounded to 5 significant digits without trailing zeros (a computed one, from a measured
         * NCV, does not print 34 digits). Tables, notes and {@code audit:value} all print a factor so.
         */
        FACTOR(-1),
        /** A quantity as the data give it (physical amounts, counts, factors): no rounding. */
        AS_GIVEN(-1);

        private final int scale;

        Kind(int scale) {
            this.scale = scale;
        }
    }

    private static final int INTENSITY_DIGITS = 4;
    private static final int FACTOR_DIGITS = 5;

    private final RoundingMode rounding;

    public FigureFormatter(RoundingMode rounding) {
        if (rounding != RoundingMode.HALF_EVEN && rounding != RoundingMode.HALF_UP) {
            throw new IllegalArgumentException("GB/T 8170 half-even or half-up only: " + rounding);
        }
        this.rounding = rounding;
    }

    /** GB/T 8170: round half to even (the default). */
    public static FigureFormatter gbt8170() {
        return new FigureFormatter(RoundingMode.HALF_EVEN);
    }

    /** Round half up (四舍五入), when the project chooses it. */
    public static FigureFormatter halfUp() {
        return new FigureFormatter(RoundingMode.HALF_UP);
    }

    public String format(BigDecimal value, Kind kind) {
        if (kind == Kind.INTENSITY) {
            return significant(value, INTENSITY_DIGITS);
        }
        if (kind == Kind.FACTOR) {
            if (value.precision() <= FACTOR_DIGITS) {
                return value.toPlainString();
            }
            return value.round(new MathContext(FACTOR_DIGITS, rounding)).stripTrailingZeros().toPlainString();
        }
        if (kind == Kind.AS_GIVEN) {
            return plain(value);
        }
        BigDecimal shown = kind == Kind.IRR ? value.movePointRight(2) : value;
        return shown.setScale(kind.scale, rounding).toPlainString();
    }

    /** A number as given: not rounded, without trailing zeros ("12.5", "0"). */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A figure, or "无" for a missing payback or IRR and "—" for any other missing figure. */
    public String format(Figure figure, Kind kind) {
        if (figure.isAvailable()) {
            return format(figure.value(), kind);
        }
        return kind == Kind.PAYBACK || kind == Kind.IRR ? "无" : "—";
    }

    private String significant(BigDecimal value, int digits) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(digits, rounding));
        if (rounded.precision() < digits) {
            // keep trailing zeros so that 4.9 shows as 4.900: four significant digits are promised
            rounded = rounded.setScale(rounded.scale() + digits - rounded.precision(), rounding);
        }
        return rounded.toPlainString();
    }
}
