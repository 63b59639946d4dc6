package io.github.cpaudit.calc;

import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.ReferenceLimit;

/**
 * An enterprise's 单位产品综合能耗 against the limit standard's value for a product it makes
 * (worksheet 2-4; 超限额 is a finding and a reason for a mandatory audit).
 *
 * @param product   the product the limit is for
 * @param limit     the limit (with its source)
 * @param intensity the enterprise's intensity in the limit's unit, or why there is none
 * @param status    否 / 超限额 / — (not judged)
 */
public record EnergyLimitResult(Enterprise enterprise, String product, ReferenceLimit limit, Figure intensity,
        EnergyLimitCheck.Status status) {
}
