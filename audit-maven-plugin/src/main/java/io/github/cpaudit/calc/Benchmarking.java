package io.github.cpaudit.calc;

import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Benchmarking of one indicator across enterprises (worksheet 2-11, formulas.md §3): best, median and
 * worst value, and the share of enterprises meeting each level.
 */
public final class Benchmarking {

    private static final BigDecimal TWO = new BigDecimal(2);

    private Benchmarking() {
    }

    /**
     * @param indicator  the indicator
     * @param levelCount the number of benchmark levels of its system
     * @param values     the enterprises' values (missing ones left out by the caller or {@code null})
     */
    public static IndicatorBenchmark of(Indicator indicator, int levelCount, List<IndicatorValue> values) {
        List<IndicatorValue> given = values.stream().filter(Objects::nonNull)
                .filter(value -> value.kind() != IndicatorValue.Kind.NOT_APPLICABLE).toList();
        List<Source> sources = given.stream().map(IndicatorValue::source).filter(Objects::nonNull).toList();
        int count = given.size();

        List<Figure> shares = new ArrayList<>();
        for (int level = 0; level < levelCount; level++) {
            if (count == 0) {
                shares.add(Figure.unavailable("没有企业提供该指标的数据（no values）", sources));
                continue;
            }
            int meeting = 0;
            for (IndicatorValue value : given) {
                if (meets(indicator, value, level)) {
                    meeting++;
                }
            }
            shares.add(Figure.of(Percentages.share(meeting, count), sources));
        }

        if (indicator.isQualitative() || count == 0) {
            Figure none = Figure.unavailable(indicator.isQualitative() ? "定性指标没有数值（qualitative）"
                    : "没有企业提供该指标的数据（no values）", sources);
            return new IndicatorBenchmark(indicator, count, none, none, none, shares);
        }
        // sorted best first
        Comparator<BigDecimal> bestFirst = indicator.direction() == Direction.LOWER_IS_BETTER
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<BigDecimal> sorted = given.stream().map(IndicatorValue::number).sorted(bestFirst).toList();
        return new IndicatorBenchmark(indicator, count, Figure.of(sorted.get(0), sources),
                Figure.of(median(sorted), sources), Figure.of(sorted.get(count - 1), sources), shares);
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones. */
    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MathContext.DECIMAL128);
    }

    private static boolean meets(Indicator indicator, IndicatorValue value, int level) {
        if (indicator.isQualitative()) {
            return value.bestLevel() != null && value.bestLevel() <= level;
        }
        return value.number() != null && indicator.direction().meets(value.number(), indicator.benchmarks().get(level));
    }
}
