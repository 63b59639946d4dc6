package io.github.cpaudit.tables;

import io.github.cpaudit.calc.AppraisalExplanations;
import io.github.cpaudit.calc.AppraisalExplanations.Implemented;
import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.SynergyAnalysis;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.CostClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * 清洁生产审核绩效表 of the assessment and acceptance package: what the implemented options achieve,
 * 无/低费 and 中/高费 apart — energy, CO2, fresh water, each pollutant, the investment and the annual
 * economic benefit. The figures are the ones worksheet 3-1 sums as 已实施 (verified where verified).
 */
final class PerformanceSheet {

    /** The 3-1 item of fresh water: effects given by volume roll up in m³. */
    private static final String WATER_ITEM = "新鲜水（m³）";
    private static final String NO_IMPLEMENTED = "已实施的清洁生产方案（options 中实施状态为“已实施”的方案）";

    /** A column of the classes: its key, the names an address may use, and the options it counts. */
    private record Column(String key, List<String> names, Predicate<OptionResult> counted) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("low", List.of("无/低费方案", "无低费"), result -> result.costClass() == CostClass.NO_OR_LOW),
            new Column("high", List.of("中/高费方案", "中高费"), result -> result.costClass() != CostClass.NO_OR_LOW),
            new Column("total", List.of("合计"), result -> true));

    private PerformanceSheet() {
    }

    /**
     * 节能量, 减碳量, 节水量, each pollutant an implemented option reduces (in 3-1's order), 投资 and
     * 年经济效益: per cost class, in total, and how many implemented options contribute; without an
     * implemented option, the open item that asks for one.
     */
    static TableRows rows(ProjectView view, TableOptions options) {
        List<OptionResult> implemented = view.results().options().stream()
                .filter(result -> result.option().implemented()).toList();
        if (implemented.isEmpty()) {
            return new TableRows(List.of(), List.of(), List.of(NO_IMPLEMENTED), Map.of());
        }
        OptionTexts texts = new OptionTexts(view);
        List<BenefitLine> lines = BenefitSheet.ordered(view);
        List<Row> rows = new ArrayList<>();
        for (String item : items(lines, implemented)) {
            String perYear = BenefitLine.unit(item) + "/a";
            rows.add(line(view, implemented, label(item), perYear, BenefitLine.kind(item), Implemented.REDUCTION,
                    result -> result.effect().items().get(item),
                    counted -> BenefitSheet.amounts(view, texts, item, perYear, counted)));
        }
        rows.add(line(view, implemented, "投资", "万元", Kind.MONEY, Implemented.INVESTMENT,
                result -> result.option().investment(), counted -> atOptionRows(implemented, counted, "总投资", "万元",
                        result -> result.option().investment())));
        Optional<String> money = BenefitSheet.moneyItem(lines);
        // as 3-1: the 经济效益 effects when the options name it, else their annual savings
        rows.add(money.isPresent()
                ? line(view, implemented, "年经济效益", "万元/a", Kind.MONEY, Implemented.REDUCTION,
                        result -> result.effect().items().get(money.get()),
                        counted -> BenefitSheet.amounts(view, texts, money.get(), "万元/a", counted))
                : line(view, implemented, "年经济效益", "万元/a", Kind.MONEY, Implemented.SAVING,
                        result -> result.option().annualSaving(), counted -> atOptionRows(implemented, counted,
                                "年节省", "万元/a", result -> result.option().annualSaving())));
        return TableRows.of(rows, List.of());
    }

    /** 能源, CO2 and 新鲜水 always; then the pollutants an implemented option reduces, in 3-1's order. */
    private static List<String> items(List<BenefitLine> lines, List<OptionResult> implemented) {
        Set<String> pollutants = new LinkedHashSet<>();
        for (OptionResult result : implemented) {
            result.effect().option().pollutantReductions().forEach((item, amount) -> {
                if (amount.signum() != 0) {
                    pollutants.add(item);
                }
            });
        }
        List<String> items = new ArrayList<>(List.of(SynergyAnalysis.ENERGY_ITEM, SynergyAnalysis.CO2_ITEM, WATER_ITEM));
        lines.stream().map(BenefitLine::item).filter(pollutants::contains).forEach(items::add);
        return items;
    }

    /** 节能量, 减碳量, 节水量; a pollutant's 削减量 (废水排放削减量, COD削减量). */
    private static String label(String item) {
        return switch (item) {
            case SynergyAnalysis.ENERGY_ITEM -> "节能量";
            case SynergyAnalysis.CO2_ITEM -> "减碳量";
            case WATER_ITEM -> "节水量";
            default -> {
                String name = BenefitSheet.name(item);
                yield (name.endsWith("量") ? name.substring(0, name.length() - 1) : name) + "削减量";
            }
        };
    }

    /**
     * One row: each class's sum of {@code amount} over the implemented options, traced by the inputs
     * {@code rows} lists for the options a column counts, and how many options contribute.
     */
    private static Row line(ProjectView view, List<OptionResult> implemented, String label, String unit, Kind kind,
            Implemented which, Function<OptionResult, BigDecimal> amount,
            Function<Predicate<OptionResult>, List<Explanation.Input>> rows) {
        Row row = Row.of(view, null).text("item", label).text("unit", unit);
        for (Column column : COLUMNS) {
            BigDecimal sum = BigDecimal.ZERO;
            for (OptionResult result : implemented) {
                BigDecimal value = amount.apply(result);
                sum = column.counted().test(result) && value != null ? sum.add(value) : sum;
            }
            row.number(column.key(), sum, kind).trace(column.key(), label, column.names(), AppraisalExplanations
                    .implemented(label + " " + column.names().get(0), which, sum, kind, unit,
                            rows.apply(result -> result.option().implemented() && column.counted().test(result))));
        }
        return row.count("count", implemented.stream().map(amount).filter(value -> value != null && value.signum() != 0)
                .count());
    }

    /** Each counted option's figure at its row of the options table. */
    private static List<Explanation.Input> atOptionRows(List<OptionResult> implemented, Predicate<OptionResult> counted,
            String what, String unit, Function<OptionResult, BigDecimal> amount) {
        List<Explanation.Input> inputs = new ArrayList<>();
        for (OptionResult result : implemented) {
            BigDecimal value = amount.apply(result);
            if (counted.test(result) && value != null && value.signum() != 0) {
                inputs.add(new Explanation.Input(OptionTexts.source(result.option()),
                        OptionTexts.title(result.option()) + " " + what, value, unit));
            }
        }
        return inputs;
    }
}
