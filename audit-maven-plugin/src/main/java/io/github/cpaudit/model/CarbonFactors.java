package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * CO2 factors of fuels and of purchased heat (formulas.md §2). Electricity is not here: its grid
 * factor depends on the baseline year and region (see {@link GridFactorTable}).
 *
 * @param fuels fuel factors; a fuel not listed has no factor and cannot be counted
 * @param heat  the factor of purchased heat (and steam or hot water through their heat), per GJ
 */
public record CarbonFactors(Map<EnergyType, EmissionFactor> fuels, EmissionFactor heat) {

    public CarbonFactors {
        fuels = Map.copyOf(fuels);
    }

    /** The defaults of the national enterprise GHG accounting guidelines as formulas.md §2 lists them. */
    public static CarbonFactors defaults() {
        String basis = "企业温室气体排放核算指南缺省值";
        Map<EnergyType, EmissionFactor> fuels = new EnumMap<>(EnergyType.class);
        fuels.put(EnergyType.RAW_COAL, factor("1.9003", Unit.T, basis));
        fuels.put(EnergyType.NATURAL_GAS, factor("21.622", Unit.WAN_M3, basis));
        fuels.put(EnergyType.DIESEL, factor("3.0959", Unit.T, basis));
        fuels.put(EnergyType.GASOLINE, factor("2.9251", Unit.T, basis));
        fuels.put(EnergyType.LPG, factor("3.1013", Unit.T, basis));
        fuels.put(EnergyType.FUEL_OIL, factor("3.1705", Unit.T, basis));
        fuels.put(EnergyType.COKE, factor("2.8604", Unit.T, basis));
        return new CarbonFactors(fuels, factor("0.11", Unit.GJ, basis));
    }

    private static EmissionFactor factor(String value, Unit unit, String basis) {
        return new EmissionFactor(new BigDecimal(value), unit, basis);
    }

    public Optional<EmissionFactor> fuel(EnergyType type) {
        return Optional.ofNullable(fuels.get(type));
    }

    /** A copy with one fuel's factor set by the project. */
    public CarbonFactors withFuel(EnergyType type, EmissionFactor factor) {
        Map<EnergyType, EmissionFactor> copy = new EnumMap<>(EnergyType.class);
        copy.putAll(fuels);
        copy.put(type, factor);
        return new CarbonFactors(copy, heat);
    }

    /** A copy whose natural-gas factor follows the project's net calorific value. */
    public CarbonFactors withNaturalGas(NaturalGasNcv ncv) {
        return withFuel(EnergyType.NATURAL_GAS, ncv.co2Factor());
    }
}
