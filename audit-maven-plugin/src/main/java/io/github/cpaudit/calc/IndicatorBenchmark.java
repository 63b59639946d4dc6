package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Indicator;

import java.util.List;

/**
 * One row of worksheet 2-11: an indicator across the enterprises.
 *
 * @param indicator    the indicator
 * @param count        the enterprises with a value (not applicable and missing ones excluded)
 * @param best         the best value (min for ≤, max for ≥); not available for qualitative ones
 * @param median       the median (mean of the two middle values for an even count)
 * @param worst        the worst value
 * @param shareMeeting per level, best first: the percentage of {@code count} meeting it
 */
public record IndicatorBenchmark(Indicator indicator, int count, Figure best, Figure median, Figure worst,
        List<Figure> shareMeeting) {

    public IndicatorBenchmark {
        shareMeeting = List.copyOf(shareMeeting);
    }
}
