package io.github.cpaudit.model;

import java.math.BigDecimal;

/** Which way an indicator is better. */
public enum Direction {
    /** ≤: lower is better (consumption, emission per unit). */
    LOWER_IS_BETTER("≤"),
    /** ≥: higher is better (utilisation, reuse rate). */
    HIGHER_IS_BETTER("≥"),
    /** Qualitative: the data says which levels' requirements are met. */
    QUALITATIVE("定性");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Whether {@code value} meets {@code benchmark}; boundaries meet (≤ 8 is met by 8). Exact decimal
     * comparison: no tolerance is needed between two decimals read from data.
     */
    public boolean meets(BigDecimal value, BigDecimal benchmark) {
        return switch (this) {
            case LOWER_IS_BETTER -> value.compareTo(benchmark) <= 0;
            case HIGHER_IS_BETTER -> value.compareTo(benchmark) >= 0;
            case QUALITATIVE -> throw new IllegalStateException("qualitative indicators have no benchmark values");
        };
    }
}
