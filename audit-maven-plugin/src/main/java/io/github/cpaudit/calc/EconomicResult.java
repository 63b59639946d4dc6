package io.github.cpaudit.calc;

import io.github.cpaudit.model.EconomicInputs;
import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The economic figures of an option (worksheet 2-18), full precision, money in 万元.
 *
 * @param netInvestment  I net of subsidies
 * @param depreciation   D = (I − residual) / n
 * @param tax            E = max(0, t·(P − D))
 * @param annualCashFlow F = P − E
 * @param payback        N = I / F in years, not available ("无") when F ≤ 0
 * @param npv            NPV at the discount rate, residual value included
 * @param npvr           NPV / I (not available when I is 0)
 * @param irr            IRR as a fraction, not available ("无") when the undiscounted cash flows do
 *                       not exceed I
 * @param discountRate   i, for the feasibility test
 * @param inputs         what the figures were computed from (I, P, n, residual, rates), for their 计算说明
 */
public record EconomicResult(BigDecimal netInvestment, BigDecimal depreciation, BigDecimal tax,
        BigDecimal annualCashFlow, Figure payback, BigDecimal npv, Figure npvr, Figure irr, BigDecimal discountRate,
        EconomicInputs inputs) {

    /**
     * Feasible when NPV ≥ 0, IRR ≥ i and N ≤ the accepted payback of the option's cost class.
     *
     * @param acceptedPayback the project's accepted payback in years for this option's class
     * @return the reasons it is not feasible (Chinese), empty when feasible
     */
    public List<String> infeasibilityReasons(BigDecimal acceptedPayback) {
        List<String> reasons = new ArrayList<>();
        if (npv.signum() < 0) {
            reasons.add("净现值小于 0（NPV < 0）");
        }
        if (!irr.isAvailable()) {
            reasons.add("没有内部收益率（no IRR）");
        } else if (irr.value().compareTo(discountRate) < 0) {
            reasons.add("内部收益率低于基准折现率（IRR < i）");
        }
        if (!payback.isAvailable()) {
            reasons.add("年净现金流量不为正，投资无法回收（no payback）");
        } else if (payback.value().compareTo(acceptedPayback) > 0) {
            reasons.add("投资偿还期超过可接受的 " + acceptedPayback.toPlainString() + " 年（payback too long）");
        }
        return reasons;
    }

    public boolean isFeasible(BigDecimal acceptedPayback) {
        return infeasibilityReasons(acceptedPayback).isEmpty();
    }
}
