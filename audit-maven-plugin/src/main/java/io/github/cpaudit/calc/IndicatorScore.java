package io.github.cpaudit.calc;

import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one indicator counted for an enterprise.
 *
 * @param indicator    the indicator
 * @param firstLevelId the first-level indicator it belongs to
 * @param status       scored, missing (scored 0), or not applicable (left out)
 * @param weight       its effective absolute weight after re-weighting (0 when left out)
 * @param bestLevel    the best level met (0 = Ⅰ), or {@code null} when none is met
 * @param value        the enterprise's value, or {@code null} when missing
 */
public record IndicatorScore(Indicator indicator, String firstLevelId, Status status, BigDecimal weight,
        Integer bestLevel, IndicatorValue value) {

    /** How the indicator entered the score. */
    public enum Status { SCORED, MISSING, NOT_APPLICABLE }

    /** Levels are cumulative: meeting Ⅰ means meeting Ⅱ and Ⅲ as well. */
    public boolean meets(int level) {
        return bestLevel != null && bestLevel <= level;
    }

    public boolean isApplicable() {
        return status != Status.NOT_APPLICABLE;
    }

    /**
     * How far a measured value is from {@code level}'s benchmark, positive when it falls short
     * (for ≤: x − benchmark; for ≥: benchmark − x); empty for qualitative or missing values.
     */
    public Optional<BigDecimal> gapTo(int level) {
        if (status != Status.SCORED || indicator.isQualitative()) {
            return Optional.empty();
        }
        BigDecimal benchmark = indicator.benchmarks().get(level);
        BigDecimal x = value.number();
        return Optional.of(indicator.direction() == Direction.LOWER_IS_BETTER ? x.subtract(benchmark)
                : benchmark.subtract(x));
    }
}
