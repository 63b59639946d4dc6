package io.github.cpaudit.tables;

import io.github.cpaudit.calc.AppraisalExplanations;
import io.github.cpaudit.calc.AppraisalExplanations.Economic;
import io.github.cpaudit.calc.EconomicResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.Ranking;
import io.github.cpaudit.calc.WeightedSumRanking;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.AuditSettings;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Screening and feasibility of the options: worksheets 2-17 and 2-18. */
final class AppraisalSheets {

    /** The scores' purpose of worksheet 2-17. */
    static final String SCREENING = "方案筛选";

    /** An English gloss in parentheses, which the engine's notes carry for the writer, not the reader. */
    private static final String TAX_ORIGIN = "audit.yaml（economics.tax_rate，未设定时 25%）";

    /** A traced economics cell of 2-18: its template key, its figure and the column names an address may use. */
    private record EconomicCell(String key, Economic figure, List<String> names) { }

    private static final List<EconomicCell> ECONOMIC_CELLS = List.of(
            new EconomicCell("investment", Economic.INVESTMENT, List.of("总投资I", "总投资", "I")),
            new EconomicCell("cashFlow", Economic.CASH_FLOW, List.of("年净现金流量F", "年净现金流量", "F")),
            new EconomicCell("payback", Economic.PAYBACK, List.of("投资偿还期N", "投资偿还期", "N")),
            new EconomicCell("npv", Economic.NPV, List.of("净现值NPV", "净现值", "NPV")),
            new EconomicCell("npvr", Economic.NPVR, List.of("净现值率NPVR", "净现值率", "NPVR")),
            new EconomicCell("irr", Economic.IRR, List.of("内部收益率IRR", "内部收益率", "IRR")));

    private static final Pattern GLOSS = Pattern.compile("（[\\x20-\\x7E]*）");

    private AppraisalSheets() {
    }

    /**
     * 2-17 方案筛选（权重总和计分）: one row per candidate in rank order with its score R per factor,
     * Σ W·R and the rank; the factors' weights W in the first row. The factor columns are the
     * data's (the catalog's four by default). 结论: 推荐 for the first half of the ranks (or the first
     * {@code recommend=} ranks), 备选 for the others and for an option found not feasible in 2-18.
     */
    static TableRows screening(ProjectView view, TableOptions options) {
        Worksheet sheet = WorksheetCatalog.bundled().find("2-17").orElseThrow();
        Optional<Ranking> ranking = view.results().rankings().stream()
                .filter(r -> SCREENING.equals(r.purpose())).findFirst();
        List<Worksheet.Column> catalog = sheet.columns();
        List<Worksheet.Column> factorColumns = new ArrayList<>(catalog.subList(1, catalog.size() - 3));
        List<String> keys = new ArrayList<>();
        Map<String, Object> extras = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        if (ranking.isPresent()) {
            factorColumns.clear();
            Row weights = Row.of(view, null);
            List<WeightedSumRanking.Factor> factors = ranking.get().factors();
            for (int i = 0; i < factors.size(); i++) {
                String name = factors.get(i).name();
                factorColumns.add(catalog.stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElse(new Worksheet.Column(AsciidocText.cell(name), null, true, 2)));
                keys.add("f" + i);
                weights.number("f" + i, factors.get(i).weight(), Kind.AS_GIVEN);
            }
            extras.put("weights", weights);
            rows = ranked(view, options, ranking.get());
        } else {
            for (int i = 0; i < factorColumns.size(); i++) {
                keys.add("f" + i);
            }
        }
        List<Worksheet.Column> columns = new ArrayList<>(List.of(catalog.get(0)));
        columns.addAll(factorColumns);
        columns.addAll(catalog.subList(catalog.size() - 3, catalog.size()));
        Worksheet shown = sheet.withColumns(columns);
        extras.put("factorCols", shown.cols());
        extras.put("factorHeader", TableRenderer.header(shown));
        extras.put("factorSpan", columns.size());
        extras.put("factorKeys", keys);
        return new TableRows(rows, List.of(), ranking.isEmpty() ? List.of("权重评分（scores）中用途为“方案筛选”的行")
                : List.of(), extras);
    }

    private static List<Row> ranked(ProjectView view, TableOptions options, Ranking ranking) {
        OptionTexts texts = new OptionTexts(view);
        int recommended = options.count("recommend")
                .orElse((ranking.ranked().size() + 1) / 2);
        List<Row> rows = new ArrayList<>();
        for (WeightedSumRanking.Ranked ranked : ranking.ranked()) {
            String candidate = ranked.candidate().name();
            Optional<OptionResult> option = texts.find(candidate);
            Row row = option.map(found -> texts.row(found.option())).orElseGet(() -> Row.of(view, null))
                    .text("candidate", option.map(found -> OptionTexts.title(found.option())).orElse(candidate));
            for (int i = 0; i < ranked.candidate().scores().size(); i++) {
                row.number("f" + i, ranked.candidate().scores().get(i), Kind.AS_GIVEN);
            }
            boolean infeasible = option.map(found -> Boolean.FALSE.equals(found.feasible())).orElse(false);
            rows.add(row.number("total", ranked.total(), Kind.AS_GIVEN).count("rank", ranked.rank())
                    .text("conclusion", infeasible ? "备选（可行性分析不可行）" : ranked.rank() <= recommended ? "推荐" : "备选"));
        }
        return rows;
    }

    /**
     * 2-18 中/高费方案可行性分析: the 中费 and 高费 options (by the project's cost classes) with the
     * technical and environmental assessment as written and the economics of formulas.md §5; 结论
     * 可行 or 不可行 with the reasons, or why it was not judged.
     */
    static TableRows feasibility(ProjectView view, TableOptions options) {
        OptionTexts texts = new OptionTexts(view);
        List<Row> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            if (result.costClass() == CostClass.NO_OR_LOW) {
                continue;
            }
            Row row = texts.row(option).text("option", OptionTexts.title(option) + "（" + result.costClass().chinese() + "）")
                    .text("technical", texts.raw(option, "technical"))
                    .text("environmental", texts.raw(option, "environmental"));
            EconomicResult economics = result.economics();
            boolean none = economics == null;
            row.number("investment", none ? option.investment().subtract(option.subsidy()) : economics.netInvestment(),
                            Kind.MONEY)
                    .number("cashFlow", none ? null : economics.annualCashFlow(), Kind.MONEY)
                    .figure("payback", none ? null : economics.payback(), Kind.PAYBACK)
                    .number("npv", none ? null : economics.npv(), Kind.MONEY)
                    .figure("npvr", none ? null : economics.npvr(), Kind.RATIO)
                    .figure("irr", none ? null : economics.irr(), Kind.IRR);
            if (!none) {
                String discount = option.discountRate() != null ? "方案表（options）中本方案的折现率"
                        : "audit.yaml（economics.discount_rate，未设定时 8%）";
                String title = OptionTexts.title(option);
                for (EconomicCell cell : ECONOMIC_CELLS) {
                    row.trace(cell.key(), option.id(), cell.names(), AppraisalExplanations.economics(
                            title + " " + cell.names().get(0), economics, cell.figure(), discount, TAX_ORIGIN));
                }
            }
            rows.add(row.text("conclusion", conclusion(result)));
        }
        Map<String, Object> extras = new HashMap<>();
        extras.put("note", AsciidocText.cell(note(view)));
        return new TableRows(rows, List.of(), OptionSheets.noOptions(view) ? List.of(OptionSheets.OPTIONS) : List.of(),
                extras);
    }

    /** 可行, 不可行 with why, or why it was not judged. */
    private static String conclusion(OptionResult result) {
        String notes = String.join("；", result.notes().stream().map(n -> GLOSS.matcher(n).replaceAll("")).toList());
        if (Boolean.TRUE.equals(result.feasible())) {
            return "可行";
        }
        return (result.feasible() == null ? "未判断" : "不可行") + (notes.isEmpty() ? "" : "（" + notes + "）");
    }

    /** The rates and limits the economics used, from audit.yaml. */
    private static String note(ProjectView view) {
        AuditSettings settings = view.project().data().settings();
        List<String> payback = new ArrayList<>();
        for (CostClass costClass : List.of(CostClass.MEDIUM, CostClass.HIGH)) {
            BigDecimal years = settings.acceptedPayback().get(costClass);
            if (years != null) {
                payback.add(costClass.chinese() + " " + FigureFormatter.plain(years) + " 年");
            }
        }
        return "注：总投资I已扣除补贴；年净现金流量F = 年净节省 − 所得税，所得税按年净节省减年折旧（直线法，扣除残值）的 "
                + percent(settings.taxRate()) + "% 计，不小于 0；NPV、NPVR、IRR 按基准折现率 "
                + percent(settings.discountRate()) + "% 计算" + ownRates(view)
                + (payback.isEmpty() ? "" : "；可接受的投资偿还期：" + String.join("，", payback)) + "。";
    }

    /** The 中/高费 options that carry their own discount rate, e.g. （F01 按 8%）. */
    private static String ownRates(ProjectView view) {
        List<String> own = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            if (result.costClass() != CostClass.NO_OR_LOW && option.discountRate() != null) {
                own.add(option.id() + " 按 " + percent(option.discountRate()) + "%");
            }
        }
        return own.isEmpty() ? "" : "（" + String.join("，", own) + "，为方案自定的折现率）";
    }

    private static String percent(BigDecimal fraction) {
        return FigureFormatter.plain(fraction.movePointRight(2));
    }

}
