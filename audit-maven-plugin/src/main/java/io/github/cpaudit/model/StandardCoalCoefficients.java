package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Standard-coal coefficients per energy type (kgce per unit), by default GB/T 2589's reference table
 * (formulas.md §1). A project may override any entry; the report states the values it used.
 *
 * @param coefficients the coefficient of each known energy type; a type not listed has none
 */
public record StandardCoalCoefficients(Map<EnergyType, Coefficient> coefficients) {

    /** kgce per MJ of heat; also used for steam whose enthalpy is known. */
    public static final BigDecimal KGCE_PER_MJ_HEAT = new BigDecimal("0.03412");

    /**
     * A coefficient in kgce per one {@code unit}.
     *
     * @param kgcePerUnit kgce per unit
     * @param unit        the unit it is given per (kg, m³, kWh, MJ)
     * @param basis       where it comes from, e.g. {@code GB/T 2589-2020 参考折标系数}
     */
    public record Coefficient(BigDecimal kgcePerUnit, Unit unit, String basis) {
    }

    public StandardCoalCoefficients {
        coefficients = Map.copyOf(coefficients);
    }

    /** GB/T 2589's reference coefficients as formulas.md §1 lists them. */
    public static StandardCoalCoefficients defaults() {
        String basis = "GB/T 2589 参考折标系数";
        Map<EnergyType, Coefficient> table = new EnumMap<>(EnergyType.class);
        table.put(EnergyType.RAW_COAL, new Coefficient(new BigDecimal("0.7143"), Unit.KG, basis));
        table.put(EnergyType.CLEANED_COAL, new Coefficient(new BigDecimal("0.9000"), Unit.KG, basis));
        table.put(EnergyType.COKE, new Coefficient(new BigDecimal("0.9714"), Unit.KG, basis));
        table.put(EnergyType.CRUDE_OIL, new Coefficient(new BigDecimal("1.4286"), Unit.KG, basis));
        table.put(EnergyType.FUEL_OIL, new Coefficient(new BigDecimal("1.4286"), Unit.KG, basis));
        table.put(EnergyType.GASOLINE, new Coefficient(new BigDecimal("1.4714"), Unit.KG, basis));
        table.put(EnergyType.KEROSENE, new Coefficient(new BigDecimal("1.4714"), Unit.KG, basis));
        table.put(EnergyType.DIESEL, new Coefficient(new BigDecimal("1.4571"), Unit.KG, basis));
        table.put(EnergyType.LPG, new Coefficient(new BigDecimal("1.7143"), Unit.KG, basis));
        table.put(EnergyType.NATURAL_GAS, new Coefficient(new BigDecimal("1.3300"), Unit.M3, basis));
        table.put(EnergyType.ELECTRICITY, new Coefficient(new BigDecimal("0.1229"), Unit.KWH, basis + "（当量值）"));
        table.put(EnergyType.HEAT, new Coefficient(KGCE_PER_MJ_HEAT, Unit.MJ, basis));
        table.put(EnergyType.STEAM, new Coefficient(new BigDecimal("0.1286"), Unit.KG, "GB/T 2589-2008 参考折标系数（低压蒸汽）"));
        return new StandardCoalCoefficients(table);
    }

    public Optional<Coefficient> coefficient(EnergyType type) {
        return Optional.ofNullable(coefficients.get(type));
    }

    /** A copy with one entry replaced (a project override). */
    public StandardCoalCoefficients with(EnergyType type, Coefficient coefficient) {
        Map<EnergyType, Coefficient> table = new EnumMap<>(EnergyType.class);
        table.putAll(coefficients);
        table.put(type, coefficient);
        return new StandardCoalCoefficients(table);
    }

    /** A copy whose natural-gas coefficient follows the project's net calorific value. */
    public StandardCoalCoefficients withNaturalGas(NaturalGasNcv ncv) {
        return with(EnergyType.NATURAL_GAS, ncv.standardCoalCoefficient());
    }
}
