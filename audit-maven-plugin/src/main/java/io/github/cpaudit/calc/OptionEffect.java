package io.github.cpaudit.calc;

import io.github.cpaudit.model.OptionReductions;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An option with its energy savings turned into tce and CO2, and its class.
 *
 * @param option    the option as entered
 * @param tceSaved  standard coal saved (§1)
 * @param co2Reduced CO2 reduced: direct plus through the energy saved (§2)
 * @param synergy   协同, 降碳, 减污 or 其他
 * @param items     every reduction by 3-1 item, {@link SynergyAnalysis#ENERGY_ITEM} and
 *                  {@link SynergyAnalysis#CO2_ITEM} included
 */
public record OptionEffect(OptionReductions option, BigDecimal tceSaved, BigDecimal co2Reduced, SynergyClass synergy,
        Map<String, BigDecimal> items) {
}
