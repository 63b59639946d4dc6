package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

/**
 * A data row the calculations could not use (a fuel without a CO2 factor, an amount in a unit of
 * the wrong kind): left out of every figure and reported with its place, never a silent zero.
 */
public record RefusedInput(Source source, String message) {

    /** {@code data/energy.csv:7: 燃料“洗精煤”没有二氧化碳排放因子…}. */
    public String format() {
        return source.format() + ": " + message;
    }
}
