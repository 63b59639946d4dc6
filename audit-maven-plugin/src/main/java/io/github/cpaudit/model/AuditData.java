package io.github.cpaudit.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the calculations read, as domain records: the enterprises in roster order, their
 * baseline-year energy, production, water and indicator values, the indicator system, and the
 * project's factor choices. Built once per build from the project's files.
 *
 * @param baselineYear    the audit's baseline year; the records below are of that year
 * @param enterprises     in roster order
 * @param energy          energy uses by enterprise id
 * @param production      product outputs by enterprise id
 * @param water           water use by enterprise id (absent when not reported)
 * @param indicatorValues indicator values by enterprise id, then indicator id
 * @param indicatorSystem the industry's indicator system, or {@code null} when the project has none yet
 * @param gridRegion      全国 or the regional grid the project chose
 * @param gridFactor      the project's own grid factor, or {@code null}
 */
public record AuditData(int baselineYear, List<Enterprise> enterprises, Map<String, List<EnergyUse>> energy,
        Map<String, List<ProductOutput>> production, Map<String, WaterUse> water,
        Map<String, Map<String, IndicatorValue>> indicatorValues, IndicatorSystem indicatorSystem,
        String gridRegion, GridFactor gridFactor) {

    public AuditData {
        enterprises = List.copyOf(enterprises);
        energy = Map.copyOf(energy);
        production = Map.copyOf(production);
        water = Map.copyOf(water);
        indicatorValues = Map.copyOf(indicatorValues);
    }
}
