package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Figures of a totals row that are not sums, from the sums of the rows shown (after
 * {@code enterprise=} and {@code top=}): templates call {@code $totals.waterReuse($total)}.
 */
public final class TotalFigures {

    private final FigureFormatter formatter;

    TotalFigures(FigureFormatter formatter) {
        this.formatter = formatter;
    }

    /** 水重复利用率 of the totals row's {@code reused} and {@code fresh} (m³), or "—". */
    public String waterReuse(Row total) {
        Optional<BigDecimal> fresh = total.numberOf("fresh");
        if (fresh.isEmpty()) {
            return "—";
        }
        BigDecimal reused = total.numberOf("reused").orElse(BigDecimal.ZERO);
        return formatter.format(Percentages.waterReuseRate(new Quantity(reused, Unit.M3),
                new Quantity(fresh.get(), Unit.M3), List.of()), Kind.PERCENT);
    }
}
