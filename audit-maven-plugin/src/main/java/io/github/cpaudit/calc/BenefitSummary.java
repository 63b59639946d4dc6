package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Worksheet 3-1: for every item the options reduce, the industry's baseline-year figure and the
 * reduction rate. Baselines: energy and CO2 from the enterprises' accounts; 新鲜水 from the water
 * table; a pollutant from the emissions' discharged amounts; a material from its consumption.
 */
final class BenefitSummary {

    private BenefitSummary() {
    }

    static List<BenefitLine> lines(SynergyRollUp synergy, AuditData data, BigDecimal totalTce, BigDecimal totalCo2) {
        Map<String, BigDecimal> all = sum(synergy.byClass());
        Map<String, BigDecimal> implemented = sum(synergy.implementedByClass());
        List<BenefitLine> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> item : all.entrySet()) {
            Figure baseline = baseline(item.getKey(), data, totalTce, totalCo2);
            Figure rate = baseline.isAvailable()
                    ? Percentages.reductionRate(new Quantity(item.getValue(), Unit.ONE),
                            new Quantity(baseline.value(), Unit.ONE), baseline.sources())
                    : Figure.unavailable(baseline.reason(), baseline.sources());
            lines.add(new BenefitLine(item.getKey(), baseline, item.getValue(), rate,
                    implemented.getOrDefault(item.getKey(), BigDecimal.ZERO)));
        }
        return lines;
    }

    private static Map<String, BigDecimal> sum(Map<SynergyClass, SynergyTotals> byClass) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        byClass.values().forEach(totals -> totals.reductions().forEach((item, amount) -> sums.merge(item, amount, BigDecimal::add)));
        return sums;
    }

    /** The baseline of an item keyed "name（unit）", in that unit. */
    private static Figure baseline(String item, AuditData data, BigDecimal totalTce, BigDecimal totalCo2) {
        if (item.equals(SynergyAnalysis.ENERGY_ITEM)) {
            return Figure.of(totalTce);
        }
        if (item.equals(SynergyAnalysis.CO2_ITEM)) {
            return Figure.of(totalCo2);
        }
        String name = ItemAmounts.name(item);
        Optional<Unit> found = ItemAmounts.unit(item);
        if (found.isEmpty()) {
            return Figure.unavailable("“" + item + "”没有可换算的单位（no unit），不计算削减率");
        }
        Figure total = ItemAmounts.of(name, found.get(), data, enterprise -> true);
        return total.isAvailable() ? total
                : Figure.unavailable("基准年没有“" + name + "”的排放或消耗数据（no baseline），不计算削减率");
    }
}
