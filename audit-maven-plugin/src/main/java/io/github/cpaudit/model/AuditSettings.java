package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The project's choices (from {@code audit.yaml}) that the calculations need besides factors: the
 * option economics and the balance tolerance.
 *
 * @param costClasses             investment limits of the cost classes, or {@code null} when not
 *                                set (then an option's class is the one written in the data)
 * @param acceptedPayback         accepted payback in years by cost class (中费, 高费); a class left
 *                                out has none and its options' feasibility is not judged
 * @param discountRate            i as a fraction (0.08)
 * @param taxRate                 t as a fraction (0.25)
 * @param balanceTolerancePercent allowed balance deviation in percent (5)
 * @param naturalGas              the project's own natural gas NCV, or {@code null} for GB/T 2589's
 *                                table value and the guidelines' default factor
 * @param energyLimits            energy-consumption limits per product (reference data), or {@code null}
 * @param emissionLimits          discharge-standard limits (reference data), or {@code null}
 * @param coalOverrides           the project's own standard-coal coefficients by energy type
 * @param co2Overrides            the project's own CO2 factors by fuel
 */
public record AuditSettings(CostClassLimits costClasses, Map<CostClass, BigDecimal> acceptedPayback,
        BigDecimal discountRate, BigDecimal taxRate, BigDecimal balanceTolerancePercent, NaturalGasNcv naturalGas,
        ReferenceLimitSet energyLimits, ReferenceLimitSet emissionLimits,
        Map<EnergyType, StandardCoalCoefficients.Coefficient> coalOverrides, Map<EnergyType, EmissionFactor> co2Overrides) {

    public AuditSettings {
        acceptedPayback = Map.copyOf(acceptedPayback);
        coalOverrides = Map.copyOf(coalOverrides);
        co2Overrides = Map.copyOf(co2Overrides);
    }

    /** The toolkit's defaults: no cost-class limits or accepted payback, 8 %, 25 %, 5 %, table NCVs. */
    public static AuditSettings defaults() {
        return new AuditSettings(null, Map.of(), new BigDecimal("0.08"), EconomicInputs.DEFAULT_TAX_RATE,
                new BigDecimal(5), null, null, null, Map.of(), Map.of());
    }
}
