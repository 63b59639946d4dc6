package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.EconomicInputs;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Economics of an option (formulas.md §5): depreciation, tax, annual net cash flow, payback, NPV,
 * NPVR and IRR. IRR is found by bisection in DECIMAL128 to 1e-12, far finer than the 0.01 % shown;
 * the cash flows (−I, F, …, F + residual) change sign once, so the root is unique when it exists.
 */
public final class EconomicAnalysis {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal IRR_PRECISION = new BigDecimal("1e-12");
    private static final BigDecimal TWO = new BigDecimal(2);

    private EconomicAnalysis() {
    }

    public static EconomicResult analyse(EconomicInputs in) {
        if (in.years() <= 0) {
            throw new AuditException("方案的计算期（折旧年限）应为正整数（years must be positive），实际为 " + in.years() + "。");
        }
        List<Source> sources = in.source() == null ? List.of() : List.of(in.source());
        BigDecimal investment = in.investment().subtract(in.subsidy());
        BigDecimal n = BigDecimal.valueOf(in.years());
        BigDecimal depreciation = investment.subtract(in.residual()).divide(n, MC);
        BigDecimal tax = in.taxRate().multiply(in.annualNetSaving().subtract(depreciation), MC).max(BigDecimal.ZERO);
        BigDecimal cashFlow = in.annualNetSaving().subtract(tax);

        Figure payback = cashFlow.signum() > 0 ? Figure.of(investment.divide(cashFlow, MC), sources)
                : Figure.unavailable("年净现金流量不为正（F ≤ 0），投资无法回收：无", sources);
        BigDecimal npv = npv(investment, cashFlow, in.residual(), in.years(), in.discountRate());
        Figure npvr = investment.signum() != 0 ? Figure.of(npv.divide(investment, MC), sources)
                : Figure.unavailable("净投资为 0，净现值率无意义：无", sources);

        BigDecimal undiscounted = cashFlow.multiply(n, MC).add(in.residual());
        Figure irr = undiscounted.compareTo(investment) > 0
                ? Figure.of(irr(investment, cashFlow, in.residual(), in.years()), sources)
                : Figure.unavailable("现金流量之和不超过投资，不存在正的内部收益率：无", sources);
        return new EconomicResult(investment, depreciation, tax, cashFlow, payback, npv, npvr, irr, in.discountRate(), in);
    }

    /** NPV = Σ_{j=1..n} F/(1+r)^j + residual/(1+r)^n − I. */
    static BigDecimal npv(BigDecimal investment, BigDecimal cashFlow, BigDecimal residual, int years, BigDecimal rate) {
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate), MC);
        BigDecimal factor = BigDecimal.ONE;
        BigDecimal annuity = BigDecimal.ZERO;
        for (int year = 1; year <= years; year++) {
            factor = factor.multiply(discount, MC);
            annuity = annuity.add(factor, MC);
        }
        return cashFlow.multiply(annuity, MC).add(residual.multiply(factor, MC), MC).subtract(investment, MC);
    }

    /** The rate with NPV = 0; only called when NPV(0) &gt; 0, so the root is positive. */
    private static BigDecimal irr(BigDecimal investment, BigDecimal cashFlow, BigDecimal residual, int years) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ONE;
        // NPV falls towards −I as the rate grows: widen until it is negative
        while (npv(investment, cashFlow, residual, years, high).signum() > 0) {
            low = high;
            high = high.multiply(TWO);
        }
        while (high.subtract(low).compareTo(IRR_PRECISION) > 0) {
            BigDecimal middle = low.add(high).divide(TWO, MC);
            if (npv(investment, cashFlow, residual, years, middle).signum() > 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low.add(high).divide(TWO, MC);
    }
}
