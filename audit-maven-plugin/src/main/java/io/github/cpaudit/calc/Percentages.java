package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The percentages of formulas.md §6 (产能利用率, 水重复利用率, 削减率, 金属利用率), in percent at full
 * precision. Numerator and denominator may be in different units of one dimension; a zero
 * denominator gives no number but a reason.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Percentages() {
    }

    /** 产能利用率 = output / design capacity × 100 %. */
    public static Figure capacityUtilisation(Quantity output, Quantity capacity, List<Source> sources) {
        return percent(output, capacity, "设计产能为零或缺失（no design capacity），产能利用率无法计算", sources);
    }

    /** 水重复利用率 = reused / (reused + fresh) × 100 %. */
    public static Figure waterReuseRate(Quantity reused, Quantity fresh, List<Source> sources) {
        BigDecimal total = reused.value().add(fresh.in(reused.unit()));
        return percent(reused, new Quantity(total, reused.unit()), "用水总量为零（no water use），重复利用率无法计算", sources);
    }

    /** 削减率 = reduction / baseline × 100 %. */
    public static Figure reductionRate(Quantity reduction, Quantity baseline, List<Source> sources) {
        return percent(reduction, baseline, "基准年数值为零（zero baseline），削减率无法计算", sources);
    }

    /** 金属利用率 = metal in product (deposited) / metal input × 100 %, both as element mass. */
    public static Figure metalUtilisation(Quantity deposited, Quantity input, List<Source> sources) {
        return percent(deposited, input, "金属投入量为零（no metal input），利用率无法计算", sources);
    }

    /** part ÷ whole × 100 at full precision (a share of enterprises, of items provided …); null when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
    }

    /** {@link #share(BigDecimal, BigDecimal)} of two counts. */
    public static BigDecimal share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static Figure percent(Quantity part, Quantity whole, String reasonWhenZero, List<Source> sources) {
        BigDecimal denominator = whole.in(part.unit());
        if (denominator.signum() == 0) {
            return Figure.unavailable(reasonWhenZero, sources);
        }
        return Figure.of(part.value().multiply(HUNDRED).divide(denominator, MathContext.DECIMAL128), sources);
    }
}
