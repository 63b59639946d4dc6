package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A second-level indicator of an indicator system.
 *
 * @param id           a stable key used by the data (e.g. {@code water-per-rinse})
 * @param name         the name printed in tables (e.g. {@code 单位产品每次清洗取水量})
 * @param unit         the indicator's unit as printed (e.g. {@code L/m²}); empty for qualitative ones
 * @param weight       ω_ij within the first-level indicator; {@code null} for members of an
 *                     {@link IndicatorGroup}, which share the group's weight equally
 * @param direction    ≤, ≥ or qualitative
 * @param benchmarks   the benchmark value of each level, best level first (empty when qualitative)
 * @param requirements the requirement text of each level, best first (qualitative; may be empty)
 * @param limiting     a limiting indicator (限定性指标)
 */
public record Indicator(String id, String name, String unit, BigDecimal weight, Direction direction,
        List<BigDecimal> benchmarks, List<String> requirements, boolean limiting) implements IndicatorItem {

    public Indicator {
        benchmarks = List.copyOf(benchmarks);
        requirements = List.copyOf(requirements);
        unit = unit == null ? "" : unit;
    }

    /** A quantitative indicator; benchmarks as decimal strings, best level first. */
    public static Indicator quantitative(String id, String name, String unit, String weight, Direction direction,
            boolean limiting, String... benchmarks) {
        return new Indicator(id, name, unit, weight == null ? null : new BigDecimal(weight), direction,
                java.util.Arrays.stream(benchmarks).map(BigDecimal::new).toList(), List.of(), limiting);
    }

    /** A qualitative indicator; requirement texts best level first (may be none). */
    public static Indicator qualitative(String id, String name, String weight, boolean limiting, String... requirements) {
        return new Indicator(id, name, "", weight == null ? null : new BigDecimal(weight), Direction.QUALITATIVE,
                List.of(), List.of(requirements), limiting);
    }

    public boolean isQualitative() {
        return direction == Direction.QUALITATIVE;
    }

    /** A copy with another weight (used when normalising absolute weights on load). */
    public Indicator withWeight(BigDecimal newWeight) {
        return new Indicator(id, name, unit, newWeight, direction, benchmarks, requirements, limiting);
    }
}
