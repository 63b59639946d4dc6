package io.github.cpaudit.tables;

import io.github.cpaudit.calc.AppraisalExplanations;
import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Material;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.WrittenRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Worksheet 3-1 减污降碳效益汇总. */
public final class BenefitSheet {

    /** The item of the options' annual savings. */
    static final String MONEY_ITEM = "经济效益";

    /** The pollutants in the order of the spec's 3-1 list; others come after them. */
    private static final List<String> POLLUTANTS = List.of("废水排放量", "COD", "氨氮", "总氮", "总磷", "重金属", "SO2",
            "NOx", "颗粒物", "VOCs");
    private static final List<String> WASTES = List.of("危险废物", "一般固废");

    private BenefitSheet() {
    }

    /**
     * 3-1 减污降碳效益汇总: every item the options reduce against its baseline-year figure, in the
     * spec's order (energy, fresh water, materials, pollutants, wastes, CO2, 经济效益), every figure
     * per year; 经济效益 from the options' annual savings when no effect names it.
     */
    static TableRows benefits(ProjectView view, TableOptions options) {
        List<BenefitLine> lines = ordered(view);
        List<Row> rows = new ArrayList<>();
        OptionTexts texts = new OptionTexts(view);
        for (BenefitLine line : lines) {
            String unit = BenefitLine.unit(line.item());
            Kind kind = BenefitLine.kind(line.item());
            String perYear = unit.isEmpty() ? "" : unit + "/a";
            String item = name(line.item());
            Explanation reduction = AppraisalExplanations.benefit(item + " 方案实施后削减量", line.reduction(), kind, perYear,
                    amounts(view, texts, line.item(), perYear, result -> true));
            Explanation baseline = AppraisalExplanations.baseline(item + " 基准年排放/消耗", line.item(), line.baseline(),
                    kind, perYear, view.results(), view.project().data());
            Row row = Row.of(view, null).text("item", item).text("unit", perYear)
                    .figure("baseline", line.baseline(), kind).number("reduction", line.reduction(), kind)
                    .trace("reduction", item, List.of("方案实施后削减量", "削减量"), reduction)
                    .figure("rate", line.rate(), Kind.PERCENT).number("implemented", line.implemented(), kind);
            // a baseline or rate that is not available ("—") has no chain to show
            if (line.baseline().isAvailable()) {
                row.trace("baseline", item, List.of("基准年排放/消耗", "基准年"), baseline);
            }
            if (line.rate().isAvailable()) {
                row.trace("rate", item, List.of("削减率"), AppraisalExplanations.reductionRate(item + " 削减率",
                        line.rate(), reduction, baseline));
            }
            rows.add(row);
        }
        if (!lines.isEmpty() && moneyItem(lines).isEmpty()) {
            rows.add(money(view));
        }
        return new TableRows(rows, List.of(), rows.isEmpty()
                ? List.of("清洁生产方案（options）及方案效果（option_effects）") : List.of(), Map.of());
    }

    /**
     * What each option {@code counted} keeps reduces of {@code item}: its effect rows of that item as
     * entered, or, for an item its effects give through a conversion (tce, CO2 from energy saved),
     * its amount at its row.
     */
    static List<Explanation.Input> amounts(ProjectView view, OptionTexts texts, String item, String perYear,
            Predicate<OptionResult> counted) {
        List<Explanation.Input> inputs = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            BigDecimal amount = result.effect() == null ? null : result.effect().items().get(item);
            if (amount == null || amount.signum() == 0 || !counted.test(result)) {
                continue;
            }
            String title = OptionTexts.title(result.option());
            List<WrittenRow> rows = texts.countedEffects(result, name(item));
            for (WrittenRow row : rows) {
                inputs.add(new Explanation.Input(row.source(), title + " " + row.text("item") + " 削减量",
                        row.get("reduction", BigDecimal.class).orElse(null), row.text("unit")));
            }
            if (rows.isEmpty()) {
                inputs.add(new Explanation.Input(OptionTexts.source(result.option()), title + " " + name(item) + " 削减量（由方案效果折算）", amount, perYear));
            }
        }
        return inputs;
    }

    /** The lines of 3-1 in the spec's order (the table and the benefit chart alike). */
    public static List<BenefitLine> ordered(ProjectView view) {
        Set<String> materials = view.project().data().materials().stream().map(Material::name).collect(Collectors.toSet());
        List<BenefitLine> lines = new ArrayList<>(view.results().benefits());
        lines.sort(Comparator.comparingInt(line -> rank(name(line.item()), materials)));
        return lines;
    }

    /**
     * Every line 3-1 prints, in its order: {@link #ordered} and, when no effect names 经济效益, the
     * options' annual savings as a last line without baseline or rate (the assessment export reads
     * the table's figures from here).
     */
    public static List<BenefitLine> lines(ProjectView view) {
        List<BenefitLine> lines = new ArrayList<>(ordered(view));
        if (!lines.isEmpty() && moneyItem(lines).isEmpty()) {
            lines.add(moneyLine(view));
        }
        return lines;
    }

    /**
     * The item key of 经济效益 when the options' effects name it (3-1 then sums those), empty when
     * 3-1 takes the options' annual savings instead.
     */
    static Optional<String> moneyItem(List<BenefitLine> lines) {
        return lines.stream().map(BenefitLine::item).filter(item -> name(item).equals(MONEY_ITEM)).findFirst();
    }

    /** 经济效益: the options' annual savings, all and implemented. */
    private static BenefitLine moneyLine(ProjectView view) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal implemented = BigDecimal.ZERO;
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            if (option.annualSaving() != null) {
                all = all.add(option.annualSaving());
                implemented = option.implemented() ? implemented.add(option.annualSaving()) : implemented;
            }
        }
        Figure none = Figure.unavailable("经济效益没有基准年数值");
        return new BenefitLine(MONEY_ITEM + "（万元）", none, all, none, implemented);
    }

    private static Row money(ProjectView view) {
        BenefitLine line = moneyLine(view);
        return Row.of(view, null).text("item", MONEY_ITEM).text("unit", "万元/a").figure("baseline", line.baseline(), Kind.MONEY)
                .number("reduction", line.reduction(), Kind.MONEY).figure("rate", line.rate(), Kind.PERCENT)
                .number("implemented", line.implemented(), Kind.MONEY);
    }

    private static int rank(String name, Set<String> materials) {
        if (name.equals("能源")) {
            return 0;
        }
        if (name.equals("新鲜水")) {
            return 1;
        }
        if (materials.contains(name)) {
            return 2;
        }
        if (POLLUTANTS.contains(name)) {
            return 3 + POLLUTANTS.indexOf(name);
        }
        if (WASTES.contains(name)) {
            return 20 + WASTES.indexOf(name);
        }
        if (name.equals("CO2")) {
            return 30;
        }
        return name.equals(MONEY_ITEM) ? 31 : 15;
    }

    /** COD of the engine's item key COD（t）. */
    public static String name(String item) {
        int open = item.lastIndexOf('（');
        return open < 0 ? item : item.substring(0, open);
    }

}
