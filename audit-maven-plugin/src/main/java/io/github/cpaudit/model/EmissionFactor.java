package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A CO2 emission factor: tCO2 per one {@code unit} of an energy carrier.
 *
 * @param tco2PerUnit tCO2 per unit
 * @param unit        the unit it is given per (t, 万m³, GJ)
 * @param basis       the guideline or source it comes from, named in the report
 */
public record EmissionFactor(BigDecimal tco2PerUnit, Unit unit, String basis) {

    private static final BigDecimal THOUSAND = new BigDecimal(1000);

    /**
     * The guidelines' recipe: net calorific value × carbon content × oxidation rate × 44/12.
     *
     * @param ncvGjPerUnit   net calorific value in GJ per {@code unit}
     * @param carbonTcPerTj  carbon content in tC/TJ
     * @param oxidationRate  oxidation rate as a fraction (0.98 for 98 %)
     */
    public static EmissionFactor fromNcv(BigDecimal ncvGjPerUnit, Unit unit, BigDecimal carbonTcPerTj,
            BigDecimal oxidationRate, String basis) {
        // GJ × tC/TJ / 1000 = tC; × 44/12 = tCO2 (multiply first, divide once, to stay exact)
        BigDecimal value = ncvGjPerUnit.multiply(carbonTcPerTj).multiply(oxidationRate).multiply(new BigDecimal(44))
                .divide(THOUSAND.multiply(new BigDecimal(12)), MathContext.DECIMAL128);
        return new EmissionFactor(value, unit, basis);
    }
}
