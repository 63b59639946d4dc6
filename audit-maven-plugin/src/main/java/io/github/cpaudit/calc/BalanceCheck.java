package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Material, pollutant-factor and water balances (worksheets 2-20, 2-21; formulas.md §6):
 * 平衡偏差率 = (Σ inputs − Σ outputs) / Σ inputs × 100 %; a deviation whose size exceeds the
 * tolerance (default 5 %) is a finding that names the balance.
 */
public final class BalanceCheck {

    /** The default tolerance, 5 %. */
    public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = new BigDecimal(5);

    /**
     * One input or output of a balance.
     *
     * @param name     e.g. {@code 镀件带出}, {@code 废水}
     * @param quantity the amount (all items of a balance in one dimension)
     * @param source   where it came from, or {@code null}
     */
    public record Item(String name, Quantity quantity, Source source) {
    }

    /**
     * @param name        the balance, e.g. {@code 甲公司镍平衡}
     * @param inputTotal  Σ inputs in the first input's unit
     * @param outputTotal Σ outputs in the same unit
     * @param deviation   the deviation in percent (not available when Σ inputs is 0)
     * @param finding     the finding for the report when the deviation exceeds the tolerance
     */
    public record Result(String name, Quantity inputTotal, Quantity outputTotal, Figure deviation,
            Optional<String> finding) {

        public boolean isWithinTolerance() {
            return finding.isEmpty();
        }
    }

    private BalanceCheck() {
    }

    public static Result check(String name, List<Item> inputs, List<Item> outputs, BigDecimal tolerancePercent) {
        if (inputs.isEmpty()) {
            throw new AuditException("平衡“" + name + "”没有输入项（no inputs）。");
        }
        Unit unit = inputs.get(0).quantity().unit();
        BigDecimal in = sum(inputs, unit);
        BigDecimal out = sum(outputs, unit);
        List<Source> sources = Stream.concat(inputs.stream(), outputs.stream()).map(Item::source)
                .filter(Objects::nonNull).toList();
        Figure deviation = Percentages.percent(new Quantity(in.subtract(out), unit), new Quantity(in, unit),
                "输入合计为零（zero inputs），平衡偏差率无法计算", sources);
        Optional<String> finding = Optional.empty();
        if (deviation.isAvailable() && deviation.value().abs().compareTo(tolerancePercent) > 0) {
            finding = Optional.of(name + "的平衡偏差率为 " + FigureFormatter.gbt8170().format(deviation.value(),
                    FigureFormatter.Kind.PERCENT) + "%，超过允许的 " + tolerancePercent.toPlainString() + "%");
        }
        return new Result(name, new Quantity(in, unit), new Quantity(out, unit), deviation, finding);
    }

    public static Result check(String name, List<Item> inputs, List<Item> outputs) {
        return check(name, inputs, outputs, DEFAULT_TOLERANCE_PERCENT);
    }

    private static BigDecimal sum(List<Item> items, Unit unit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Item item : items) {
            sum = sum.add(item.quantity().in(unit), MathContext.DECIMAL128);
        }
        return sum;
    }
}
