package io.github.cpaudit.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the calculations read, as domain records: the enterprises in roster order, their
 * baseline-year energy, production, water, indicator values, emissions and materials, their
 * permits, equipment and balances, the industry's options, scores and targets, the indicator
 * system, and the project's factor and economic choices. Built once per build from the project's
 * files.
 *
 * @param baselineYear    the audit's baseline year; the yearly records below are of that year
 * @param enterprises     in roster order
 * @param energy          energy uses by enterprise id
 * @param production      product outputs by enterprise id
 * @param water           water use by enterprise id (absent when not reported)
 * @param indicatorValues indicator values by enterprise id, then indicator id
 * @param indicatorSystem the industry's indicator system, or {@code null} when the project has none yet
 * @param gridRegion      全国 or the regional grid the project chose
 * @param gridFactor      the project's own grid factor, or {@code null}
 * @param emissions       baseline-year emissions, in the data's order
 * @param permits         permitted quantities, in the data's order
 * @param materials       baseline-year materials, in the data's order
 * @param equipment       processes, equipment and products, in the data's order
 * @param options         cleaner-production options with their reductions, in the data's order
 * @param scorings        weighted-sum scores per purpose, first-seen order
 * @param targets         the industry's targets, in the data's order
 * @param balances        balances per enterprise and subject, first-seen order
 * @param issues          the common issues the audit found, in the data's order
 * @param settings        economics and balance tolerance
 * @param written         every table's rows as written, by table key, all years (for the columns
 *                        sheets print as written)
 */
public record AuditData(int baselineYear, List<Enterprise> enterprises, Map<String, List<EnergyUse>> energy,
        Map<String, List<ProductOutput>> production, Map<String, WaterUse> water,
        Map<String, Map<String, IndicatorValue>> indicatorValues, IndicatorSystem indicatorSystem,
        String gridRegion, GridFactor gridFactor, List<Emission> emissions, List<Permit> permits,
        List<Material> materials, List<EquipmentItem> equipment, List<Option> options, List<Scoring> scorings,
        List<Target> targets, List<Balance> balances, List<CommonIssue> issues, AuditSettings settings,
        Map<String, List<WrittenRow>> written) {

    public AuditData {
        enterprises = List.copyOf(enterprises);
        issues = List.copyOf(issues);
        energy = ordered(energy);
        production = ordered(production);
        water = ordered(water);
        indicatorValues = ordered(indicatorValues);
        emissions = List.copyOf(emissions);
        permits = List.copyOf(permits);
        materials = List.copyOf(materials);
        equipment = List.copyOf(equipment);
        options = List.copyOf(options);
        scorings = List.copyOf(scorings);
        targets = List.copyOf(targets);
        balances = List.copyOf(balances);
        written = ordered(written);
    }

    /**
     * An unmodifiable copy in the mapper's order (the roster's, the file's): Map.copyOf's order
     * changes from run to run, and a 计算说明 lists rows in the order it walks them.
     */
    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /** The rows of a table as written, in the data's order; none when the project has no such table. */
    public List<WrittenRow> written(String table) {
        return written.getOrDefault(table, List.of());
    }
}
