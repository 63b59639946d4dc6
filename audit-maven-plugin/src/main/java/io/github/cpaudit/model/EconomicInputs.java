package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the economic analysis of an option (worksheet 2-18) needs; money in 万元.
 *
 * @param investment      I, total investment before subsidies
 * @param subsidy         subsidies received (0 when none): the analysis uses I net of them
 * @param annualNetSaving P, savings and new revenue minus added operating cost, per year
 * @param years           n, the depreciation period and the horizon of NPV and IRR
 * @param residual        residual value, coming back in year n (0 when none)
 * @param taxRate         t as a fraction (0.25 by default)
 * @param discountRate    i as a fraction (e.g. 0.08)
 * @param source          where the figures came from, or {@code null}
 */
public record EconomicInputs(BigDecimal investment, BigDecimal subsidy, BigDecimal annualNetSaving, int years,
        BigDecimal residual, BigDecimal taxRate, BigDecimal discountRate, Source source) {

    /** The default income tax rate, 25 %. */
    public static final BigDecimal DEFAULT_TAX_RATE = new BigDecimal("0.25");

    public EconomicInputs {
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(annualNetSaving, "annualNetSaving");
        Objects.requireNonNull(discountRate, "discountRate");
        subsidy = subsidy == null ? BigDecimal.ZERO : subsidy;
        residual = residual == null ? BigDecimal.ZERO : residual;
        taxRate = taxRate == null ? DEFAULT_TAX_RATE : taxRate;
    }

    /** Without subsidy and residual value, at the default tax rate. */
    public static EconomicInputs of(String investment, String annualNetSaving, int years, String discountRate) {
        return new EconomicInputs(new BigDecimal(investment), null, new BigDecimal(annualNetSaving), years, null, null,
                new BigDecimal(discountRate), null);
    }

    public EconomicInputs withSubsidy(String value) {
        return new EconomicInputs(investment, new BigDecimal(value), annualNetSaving, years, residual, taxRate,
                discountRate, source);
    }

    public EconomicInputs withResidual(String value) {
        return new EconomicInputs(investment, subsidy, annualNetSaving, years, new BigDecimal(value), taxRate,
                discountRate, source);
    }
}
