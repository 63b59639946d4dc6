package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An option's reductions per item of worksheet 3-1: expected ones, or verified ones once implemented.
 * Energy savings are given per energy type so that tce and CO2 follow from formulas.md §1 and §2.
 *
 * @param id                  the option's number (e.g. {@code F-03})
 * @param name                the option's name
 * @param investment          investment in 万元
 * @param implemented         implemented (2-22): the figures are the verified ones
 * @param energySavings       energy saved per type (negative for energy added, e.g. coal → electricity)
 * @param directCo2Reduction  CO2 reduced other than through energy, tCO2 (0 when none)
 * @param pollutantReductions reductions per pollutant item of 3-1 (废水排放量, COD, 氨氮, 重金属, SO2,
 *                            NOx, 颗粒物, VOCs, 危废 …), each in the item's 3-1 unit
 * @param otherSavings        other items of 3-1 that are not pollutants (新鲜水, 主要原辅材料, 经济效益)
 * @param source              where the option came from, or {@code null}
 */
public record OptionReductions(String id, String name, BigDecimal investment, boolean implemented,
        List<EnergyUse> energySavings, BigDecimal directCo2Reduction, Map<String, BigDecimal> pollutantReductions,
        Map<String, BigDecimal> otherSavings, Source source) {

    public OptionReductions {
        Objects.requireNonNull(investment, "investment");
        energySavings = List.copyOf(energySavings);
        directCo2Reduction = directCo2Reduction == null ? BigDecimal.ZERO : directCo2Reduction;
        // keep the writer's item order for the roll-up table
        pollutantReductions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pollutantReductions));
        otherSavings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(otherSavings));
    }
}
