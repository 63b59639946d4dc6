package io.github.cpaudit.tables;

import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.IndicatorPotential;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.calc.ReductionPotential;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.calc.SynergyAnalysis;
import io.github.cpaudit.calc.SynergyClass;
import io.github.cpaudit.calc.SynergyTotals;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's own computed tables ({@code audit-table::NAME[]}), summaries the chapters need
 * beside the worksheets: level distribution (4.2), energy and carbon by enterprise (3.2, 3.5),
 * reduction potential (4.4), 减污降碳协同 (7.5) and the findings a reviewer must not miss.
 */
final class ReportTables {

    private ReportTables() {
    }


    /** Enterprises per level of the indicator system, with their share. */
    static TableRows levels(ProjectView view, TableOptions options) {
        Map<String, List<String>> byLevel = view.enterprisesByLevel();
        int all = byLevel.values().stream().mapToInt(List::size).sum();
        List<Row> rows = new ArrayList<>();
        byLevel.forEach((level, names) -> rows.add(Row.of(view, null).text("level", level).count("count", names.size())
                .number("share", Percentages.share(names.size(), all), Kind.PERCENT)
                .text("enterprises", NameList.of(names))));
        return new TableRows(all == 0 ? List.of() : rows, List.of("count", "share"),
                all == 0 ? List.of("指标数据（indicator_values）") : List.of(), Map.of());
    }


    /** Per enterprise: tce, tCO2, 单位产品综合能耗 and level; {@code sort=-tce,top=10} for the largest. */
    static TableRows carbon(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        boolean anyEnergy = ProductionSheets.anyEnergy(view);
        Set<String> omitted = anyEnergy ? ProductionSheets.omittedEnergy(view) : Set.of();
        for (EnterpriseResult result : view.results().enterprises()) {
            String id = result.enterprise().id();
            if (result.energy().lines().isEmpty()) {
                rows.add(ProductionSheets.withoutEnergy(Row.of(view, id).text("enterprise", result.enterprise().name()),
                        id, omitted, "tce", "co2", "intensity")
                        .text("level", result.level() == null ? "—" : result.level().level()));
                continue;
            }
            BigDecimal co2 = result.carbon().lines().stream().map(line -> line.tco2())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(Row.of(view, result.enterprise().id()).text("enterprise", result.enterprise().name())
                    .number("tce", result.energy().tce(), Kind.TCE).number("co2", co2, Kind.CO2)
                    .text("intensity", ProductionSheets.intensity(view, result))
                    .text("level", result.level() == null ? "—" : result.level().level()));
        }
        // without any energy data the table is the missing-data notice, not a column of open items
        return new TableRows(anyEnergy ? rows : List.of(), List.of("tce", "co2"), rows.isEmpty() ? List.of("企业名录（roster）")
                : anyEnergy ? List.of() : List.of("能源消耗（energy）"), Map.of());
    }

    /** Per ≤ intensity indicator: the industry's saving if every enterprise reached Ⅱ and Ⅰ. */
    static TableRows potential(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorPotential potential : view.results().potentials()) {
            // water saved in litres reads better in m³
            boolean litres = "L".equals(potential.savingUnit());
            rows.add(Row.of(view, null).text("indicator", potential.indicator().name())
                    .text("unit", potential.indicator().unit())
                    .number("benchmark2", benchmark(potential.toLevelII()), Kind.AS_GIVEN)
                    .count("above2", above(potential.toLevelII()))
                    .number("saving2", inUnit(total(potential.toLevelII()), litres), Kind.INTENSITY)
                    .number("benchmark1", benchmark(potential.toLevelI()), Kind.AS_GIVEN)
                    .number("saving1", inUnit(total(potential.toLevelI()), litres), Kind.INTENSITY)
                    .text("savingUnit", litres ? "m³" : potential.savingUnit()));
        }
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of("指标数据（indicator_values）") : List.of(), Map.of());
    }

    private static BigDecimal inUnit(BigDecimal saving, boolean litresToCubicMetres) {
        return saving == null || !litresToCubicMetres ? saving : saving.movePointLeft(3);
    }

    private static BigDecimal benchmark(ReductionPotential.Result result) {
        return result == null ? null : result.benchmark();
    }

    private static BigDecimal total(ReductionPotential.Result result) {
        return result == null ? null : result.total();
    }

    private static long above(ReductionPotential.Result result) {
        return result == null ? 0 : result.savings().stream().filter(s -> s.saving().signum() > 0).count();
    }

    /** Options per synergy class: count, investment, tce saved and CO2 reduced; implemented apart. */
    static TableRows synergy(ProjectView view, TableOptions options) {
        var rollUp = view.results().synergy();
        List<Row> rows = new ArrayList<>();
        for (SynergyClass synergyClass : SynergyClass.values()) {
            SynergyTotals totals = rollUp.byClass().get(synergyClass);
            if (totals == null || totals.count() == 0) {
                continue;
            }
            SynergyTotals implemented = rollUp.implementedByClass().get(synergyClass);
            rows.add(Row.of(view, null).text("kind", synergyClass.chinese()).count("count", totals.count())
                    .number("investment", totals.investment(), Kind.MONEY)
                    .number("tce", totals.reductions().get(SynergyAnalysis.ENERGY_ITEM), Kind.TCE)
                    .number("co2", totals.reductions().get(SynergyAnalysis.CO2_ITEM), Kind.CO2)
                    .count("implemented", implemented == null ? 0 : implemented.count()));
        }
        return new TableRows(rows, List.of("count", "investment", "tce", "co2", "implemented"),
                rows.isEmpty() ? List.of("清洁生产方案（options、option_effects）") : List.of(), Map.of());
    }

    /**
     * What a reviewer must not miss ({@link ReviewFindings}): 淘汰/限制类 items, toxic materials without a
     * substitution plan, emissions above the permit, unit energy above its limit, balances beyond tolerance.
     */
    static TableRows findings(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (ReviewFinding finding : view.findings()) {
            rows.add(Row.of(view, finding.enterprise()).text("enterprise", view.name(finding.enterprise()))
                    .text("kind", finding.kind()).text("text", finding.text()));
        }
        return new TableRows(rows, List.of(), List.of(), Map.of());
    }
}
