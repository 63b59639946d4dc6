package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;

/**
 * 单位产品综合能耗 against the limit standard's value for the product (formulas.md §6): above the
 * limit is 超限额 (a finding and a reason for a mandatory audit); without an intensity it cannot be
 * judged.
 */
public final class EnergyLimitCheck {

    /** The verdict printed in worksheet 2-4. */
    public enum Status {
        WITHIN("否"),
        EXCEEDED("超限额"),
        NOT_JUDGED("—");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private EnergyLimitCheck() {
    }

    /**
     * @param intensity the unit consumption in the limit's unit
     * @param limit     the limit value (data, per product and unit)
     */
    public static Status check(Figure intensity, BigDecimal limit) {
        if (!intensity.isAvailable()) {
            return Status.NOT_JUDGED;
        }
        // "> limit": a value equal to the limit is within it
        return intensity.value().compareTo(limit) > 0 ? Status.EXCEEDED : Status.WITHIN;
    }
}
