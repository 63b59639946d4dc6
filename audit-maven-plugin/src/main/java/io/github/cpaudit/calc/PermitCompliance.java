package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.util.List;

/**
 * Emission against the permitted quantity (formulas.md §6): within it 达标, else 超许可 with the
 * excess as a quantity and as a percentage of the permitted quantity.
 */
public final class PermitCompliance {

    /** The verdict printed in worksheet 2-7. */
    public enum Status {
        COMPLIANT("达标"),
        EXCEEDED("超许可");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /**
     * @param pollutant     the pollutant
     * @param status        达标 or 超许可
     * @param excess        emission − permitted in the permitted quantity's unit (0 when 达标)
     * @param excessPercent excess / permitted × 100 % (not available when the permitted quantity is 0)
     */
    public record Result(String pollutant, Status status, Quantity excess, Figure excessPercent) {
    }

    private PermitCompliance() {
    }

    public static Result check(String pollutant, Quantity emission, Quantity permitted, List<Source> sources) {
        BigDecimal emitted = emission.in(permitted.unit());
        BigDecimal excess = emitted.subtract(permitted.value());
        if (excess.signum() <= 0) {
            return new Result(pollutant, Status.COMPLIANT, new Quantity(BigDecimal.ZERO, permitted.unit()),
                    Figure.of(BigDecimal.ZERO, sources));
        }
        Quantity over = new Quantity(excess, permitted.unit());
        return new Result(pollutant, Status.EXCEEDED, over, Percentages.percent(over, permitted,
                "许可排放量为零（zero permitted quantity），超出比例无法计算", sources));
    }
}
