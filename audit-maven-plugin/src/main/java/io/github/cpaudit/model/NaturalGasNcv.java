package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A project's own net calorific value of natural gas, from which both its standard-coal coefficient
 * and its CO2 factor follow (formulas.md §1 and §2).
 *
 * @param kjPerM3       net calorific value in kJ/m³ (the defaults assume 38,931)
 * @param carbonTcPerTj carbon content in tC/TJ (the guidelines' default 15.3)
 * @param oxidationRate oxidation rate as a fraction (default 0.99)
 * @param basis         where the value comes from, named in the report
 */
public record NaturalGasNcv(BigDecimal kjPerM3, BigDecimal carbonTcPerTj, BigDecimal oxidationRate, String basis) {

    /** kJ in one kgce (29,307.6 kJ/kgce, i.e. 7,000 kcal). */
    public static final BigDecimal KJ_PER_KGCE = new BigDecimal("29307.6");
    /** GB/T 2589's range for natural gas, kgce/m³. */
    public static final BigDecimal MIN_KGCE_PER_M3 = new BigDecimal("1.1000");
    public static final BigDecimal MAX_KGCE_PER_M3 = new BigDecimal("1.3300");

    /** A project NCV with the guidelines' default carbon content and oxidation rate. */
    public static NaturalGasNcv of(String kjPerM3, String basis) {
        return new NaturalGasNcv(new BigDecimal(kjPerM3), new BigDecimal("15.3"), new BigDecimal("0.99"), basis);
    }

    /** Whether the NCV gives a coefficient inside GB/T 2589's range. */
    public boolean inRange() {
        BigDecimal coefficient = coefficient();
        return coefficient.compareTo(MIN_KGCE_PER_M3) >= 0 && coefficient.compareTo(MAX_KGCE_PER_M3) <= 0;
    }

    /**
     * kgce/m³ = NCV / 29,307.6, which must lie within 1.1000–1.3300.
     *
     * @throws AuditException when the NCV gives a coefficient outside GB/T 2589's range
     */
    public StandardCoalCoefficients.Coefficient standardCoalCoefficient() {
        if (!inRange()) {
            throw new AuditException("天然气低位发热量不在合理范围内（natural gas NCV out of range）："
                    + kjPerM3.toPlainString() + " kJ/m³ 折合 " + coefficient().round(new MathContext(5)).toPlainString()
                    + " kgce/m³，GB/T 2589 给出的范围是 1.1000–1.3300 kgce/m³（约 32,238–38,979 kJ/m³）。");
        }
        return new StandardCoalCoefficients.Coefficient(coefficient(), Unit.M3, basis);
    }

    private BigDecimal coefficient() {
        return kjPerM3.divide(KJ_PER_KGCE, MathContext.DECIMAL128);
    }

    /** tCO2 per 万m³: NCV in GJ/10⁴m³ (kJ/m³ ÷ 100) × carbon content × oxidation rate × 44/12. */
    public EmissionFactor co2Factor() {
        BigDecimal gjPerWanM3 = kjPerM3.movePointLeft(2);
        return EmissionFactor.fromNcv(gjPerWanM3, Unit.WAN_M3, carbonTcPerTj, oxidationRate, basis);
    }
}
