package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Unit consumption (intensity) such as 单位产品综合能耗 = total / output, in the indicator system's
 * units. Zero or missing output gives no number but a reason naming the enterprise (shown as "—").
 */
public final class UnitConsumption {

    private UnitConsumption() {
    }

    /**
     * @param what        the figure's name for messages, e.g. {@code 单位产品综合能耗}
     * @param enterprise  the enterprise's name, for the warning
     * @param total       the consumption (e.g. tce)
     * @param totalUnit   the numerator unit of the indicator (e.g. kgce)
     * @param output      the product output, or {@code null} when missing
     * @param outputUnit  the denominator unit of the indicator (e.g. m²)
     * @param sources     where total and output came from
     * @return the intensity in totalUnit/outputUnit, or a figure that is not available
     */
    public static Figure intensity(String what, String enterprise, Quantity total, Unit totalUnit,
            Quantity output, Unit outputUnit, List<Source> sources) {
        if (output == null || output.value().signum() == 0) {
            return Figure.unavailable("企业“" + enterprise + "”的产品产量为零或缺失（no output），"
                    + what + "无法计算，以“—”表示。", sources);
        }
        if (output.value().signum() < 0) {
            throw new AuditException("企业“" + enterprise + "”的产品产量为负数（negative output）："
                    + output.value().toPlainString() + " " + output.unit().symbol() + "。");
        }
        BigDecimal numerator = total.in(totalUnit);
        BigDecimal denominator = output.in(outputUnit);
        return Figure.of(numerator.divide(denominator, MathContext.DECIMAL128), sources);
    }

    /**
     * A consumption per unit of the enterprise's whole output (单位产品综合能耗, 单位产品取水量 …), in
     * {@code totalUnit} per the first product's unit; only when every product is counted in one
     * kind of unit, since m² and t do not add up.
     *
     * @param outputs the enterprise's products in the year, possibly none
     */
    public static Figure perOutput(String what, String enterprise, Quantity total, Unit totalUnit,
            List<ProductOutput> outputs, List<Source> sources) {
        if (outputs.isEmpty()) {
            return intensity(what, enterprise, total, totalUnit, null, null, sources);
        }
        Unit unit = outputs.get(0).output().unit();
        Optional<BigDecimal> output = totalOutput(outputs, unit);
        if (output.isEmpty()) {
            return Figure.unavailable("企业“" + enterprise + "”的产品计量单位不同（mixed product units），"
                    + what + "无法合计，以“—”表示。", sources);
        }
        return intensity(what, enterprise, total, totalUnit, new Quantity(output.get(), unit), unit, sources);
    }

    /** All the outputs in {@code unit}; empty when one of them is counted in another kind of unit. */
    public static Optional<BigDecimal> totalOutput(List<ProductOutput> outputs, Unit unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (ProductOutput output : outputs) {
            if (output.output().unit().dimension() != unit.dimension()) {
                return Optional.empty();
            }
            total = total.add(output.output().in(unit));
        }
        return Optional.of(total);
    }
}
