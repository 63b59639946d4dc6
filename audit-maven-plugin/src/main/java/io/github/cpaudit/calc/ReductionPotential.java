package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduction potential of a ≤ intensity indicator (formulas.md §3): an enterprise above a level's
 * benchmark saves (x − benchmark) × output; the industry's potential is the sum. The saving is in
 * the indicator's numerator unit times the output's unit (e.g. L/m² × m² = L): the caller converts.
 */
public final class ReductionPotential {

    /**
     * One enterprise's intensity and output.
     *
     * @param enterprise the enterprise's name
     * @param intensity  x, in the indicator's unit
     * @param output     the output in the indicator's denominator unit
     * @param source     where the figures came from, or {@code null}
     */
    public record Input(String enterprise, BigDecimal intensity, BigDecimal output, Source source) {
    }

    /**
     * An enterprise's saving.
     *
     * @param enterprise the enterprise's name
     * @param saving     (x − benchmark) × output, 0 when it already meets the benchmark
     * @param source     where its figures came from, or {@code null}
     */
    public record Saving(String enterprise, BigDecimal saving, Source source) {
    }

    /**
     * The potential to one level.
     *
     * @param level     the level (0 = Ⅰ)
     * @param benchmark the level's benchmark
     * @param savings   per enterprise, in input order
     * @param total     the industry's potential
     */
    public record Result(int level, BigDecimal benchmark, List<Saving> savings, BigDecimal total) {

        public Result {
            savings = List.copyOf(savings);
        }
    }

    private ReductionPotential() {
    }

    /** The potential of reaching {@code level} (1 for Ⅱ, 0 for Ⅰ). */
    public static Result toLevel(Indicator indicator, int level, List<Input> enterprises) {
        if (indicator.direction() != Direction.LOWER_IS_BETTER) {
            throw new AuditException("只能对“≤”类强度指标计算削减潜力（potential needs a ≤ indicator）：“"
                    + indicator.name() + "”的方向是“" + indicator.direction().symbol() + "”。");
        }
        BigDecimal benchmark = indicator.benchmarks().get(level);
        List<Saving> savings = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Input input : enterprises) {
            BigDecimal excess = input.intensity().subtract(benchmark).max(BigDecimal.ZERO);
            BigDecimal saving = excess.multiply(input.output(), MathContext.DECIMAL128);
            savings.add(new Saving(input.enterprise(), saving, input.source()));
            total = total.add(saving, MathContext.DECIMAL128);
        }
        return new Result(level, benchmark, savings, total);
    }
}
