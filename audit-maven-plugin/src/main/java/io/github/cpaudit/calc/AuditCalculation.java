package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.CarbonFactors;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.GridFactorTable;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes the audit's figures from its data, once per build: energy and CO2 per enterprise,
 * energy intensity, water reuse, cleaner-production levels, benchmarking per indicator and the
 * roll-ups by district, park and size. Pure: the same data give the same results.
 */
public final class AuditCalculation {

    private final StandardCoalConversion standardCoal;
    private final CarbonFactors carbonFactors;
    private final GridFactorTable gridFactors;

    public AuditCalculation(StandardCoalCoefficients coefficients, CarbonFactors carbonFactors,
            GridFactorTable gridFactors) {
        this.standardCoal = new StandardCoalConversion(coefficients);
        this.carbonFactors = carbonFactors;
        this.gridFactors = gridFactors;
    }

    /** With the toolkit's default factors (GB/T 2589, the national guidelines, published grid factors). */
    public static AuditCalculation withDefaults() {
        return new AuditCalculation(StandardCoalCoefficients.defaults(), CarbonFactors.defaults(),
                GridFactorTable.defaults());
    }

    public AuditResults compute(AuditData data) {
        GridFactorChoice grid = GridFactorSelection.select(gridFactors, data.gridRegion(), data.baselineYear(),
                data.gridFactor());
        CarbonAccounting carbon = new CarbonAccounting(carbonFactors, grid.used());
        List<EnterpriseResult> results = new ArrayList<>();
        BigDecimal totalTce = BigDecimal.ZERO;
        BigDecimal totalCo2 = BigDecimal.ZERO;
        for (Enterprise enterprise : data.enterprises()) {
            List<EnergyUse> uses = data.energy().getOrDefault(enterprise.id(), List.of());
            EnergyTotal energy = standardCoal.total(uses);
            CarbonAccount account = carbon.account(uses, List.of());
            Map<String, IndicatorValue> values = data.indicatorValues().get(enterprise.id());
            LevelResult level = data.indicatorSystem() == null || values == null ? null
                    : LevelEvaluation.evaluate(data.indicatorSystem(), enterprise.id(), values);
            results.add(new EnterpriseResult(enterprise, energy, account,
                    intensity(enterprise, energy, data.production().getOrDefault(enterprise.id(), List.of())),
                    waterReuse(enterprise, data.water().get(enterprise.id())), level));
            totalTce = totalTce.add(energy.tce());
            totalCo2 = totalCo2.add(account.total());
        }
        Map<String, List<GroupTotal>> rollUps = new LinkedHashMap<>();
        rollUps.put("district", rollUp(results, Enterprise::district));
        rollUps.put("park", rollUp(results, e -> e.park().isEmpty() ? "园区外" : e.park()));
        rollUps.put("size", rollUp(results, Enterprise::size));
        return new AuditResults(grid, results, benchmarks(data), rollUps, totalTce, totalCo2);
    }

    /** kgce per unit of product; only when every product of the enterprise is counted in one unit. */
    private static Figure intensity(Enterprise enterprise, EnergyTotal energy, List<ProductOutput> outputs) {
        List<Source> sources = new ArrayList<>(energy.sources());
        outputs.forEach(output -> sources.add(output.source()));
        if (outputs.isEmpty()) {
            return UnitConsumption.intensity("单位产品综合能耗", enterprise.name(), new Quantity(energy.tce(), Unit.TCE),
                    Unit.KGCE, null, null, sources);
        }
        Unit unit = outputs.get(0).output().unit();
        BigDecimal total = BigDecimal.ZERO;
        for (ProductOutput output : outputs) {
            if (output.output().unit().dimension() != unit.dimension()) {
                return Figure.unavailable("企业“" + enterprise.name() + "”的产品计量单位不同（mixed product units），"
                        + "单位产品综合能耗无法合计，以“—”表示。", sources);
            }
            total = total.add(output.output().in(unit));
        }
        return UnitConsumption.intensity("单位产品综合能耗", enterprise.name(), new Quantity(energy.tce(), Unit.TCE),
                Unit.KGCE, new Quantity(total, unit), unit, sources);
    }

    private static Figure waterReuse(Enterprise enterprise, WaterUse water) {
        if (water == null) {
            return Figure.unavailable("企业“" + enterprise.name() + "”没有填报用水数据（no water data）。");
        }
        Quantity reused = water.reused() != null ? water.reused() : new Quantity(BigDecimal.ZERO, water.fresh().unit());
        return Percentages.waterReuseRate(reused, water.fresh(), List.of(water.source()));
    }

    private static List<IndicatorBenchmark> benchmarks(AuditData data) {
        List<IndicatorBenchmark> benchmarks = new ArrayList<>();
        if (data.indicatorSystem() == null) {
            return benchmarks;
        }
        for (Indicator indicator : data.indicatorSystem().indicators()) {
            List<IndicatorValue> values = new ArrayList<>();
            for (Enterprise enterprise : data.enterprises()) {
                IndicatorValue value = data.indicatorValues().getOrDefault(enterprise.id(), Map.of()).get(indicator.id());
                if (value != null) {
                    values.add(value);
                }
            }
            benchmarks.add(Benchmarking.of(indicator, data.indicatorSystem().levelCount(), values));
        }
        return benchmarks;
    }

    private static List<GroupTotal> rollUp(List<EnterpriseResult> results, Function<Enterprise, String> key) {
        Map<String, GroupTotal> groups = new LinkedHashMap<>();
        for (EnterpriseResult result : results) {
            groups.merge(key.apply(result.enterprise()),
                    new GroupTotal(key.apply(result.enterprise()), 1, result.energy().tce(), result.carbon().total()),
                    (a, b) -> new GroupTotal(a.group(), a.enterprises() + 1, a.tce().add(b.tce()), a.tco2().add(b.tco2())));
        }
        return List.copyOf(groups.values());
    }
}
