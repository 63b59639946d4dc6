package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One energy line of an enterprise (worksheet 2-4), or one energy saving of an option.
 *
 * @param type                 the energy kind
 * @param quantity             the physical amount as entered, with its unit
 * @param steamEnthalpyMjPerKg for steam measured by mass: its specific enthalpy in MJ/kg when known
 *                             (then standard coal and CO2 follow from the heat it carries), else
 *                             {@code null}
 * @param source               where the line came from, or {@code null}
 */
public record EnergyUse(EnergyType type, Quantity quantity, BigDecimal steamEnthalpyMjPerKg, Source source) {

    public EnergyUse {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static EnergyUse of(EnergyType type, String amount, Unit unit) {
        return new EnergyUse(type, Quantity.of(amount, unit), null, null);
    }

    public EnergyUse withSource(Source newSource) {
        return new EnergyUse(type, quantity, steamEnthalpyMjPerKg, newSource);
    }
}
