package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import java.util.List;

/**
 * Every computed table the document can ask for, in one list: the computed worksheets of Appendix A
 * by number ({@code worksheet::2-4[]}, titled as in the catalog) and the report's own tables by
 * name ({@code audit-table::levels[]}).
 */
public final class ComputedTables {

    private ComputedTables() {
    }

    /** The entries for the {@link io.github.cpaudit.catalog.Registry}. */
    public static List<Named<TableRows>> all() {
        List<Named<TableRows>> all = new java.util.ArrayList<>(worksheets());
        all.addAll(List.of(
                table("levels", "企业清洁生产水平等级分布", List.of("indicator_values"), ReportTables::levels),
                table("carbon", "企业能源消耗与二氧化碳排放", List.of("energy", "production", "indicator_values"),
                        ReportTables::carbon),
                table("potential", "清洁生产潜力（各企业达到Ⅱ级、Ⅰ级基准值）", List.of("indicator_values", "production"),
                        ReportTables::potential),
                table("synergy", "清洁生产方案减污降碳协同分类", List.of("options", "option_effects"),
                        ReportTables::synergy),
                table("findings", "审核发现汇总", List.of(), ReportTables::findings),
                table("sources", "数据来源与计算说明", List.of(), SourcesSheet::rows),
                table("round-energy", "分企业两轮能耗与碳排放对比", List.of("energy", "production"), RoundSheets::energy),
                table("round-water", "分企业两轮用水与清洁生产水平对比", List.of("water", "indicator_values"),
                        RoundSheets::water),
                table("round-totals", "行业两轮总量对比", List.of("energy", "water", "emissions"), RoundSheets::totals),
                table("round-levels", "两轮清洁生产水平分布对比", List.of("indicator_values"), RoundSheets::levels),
                table("round-options", "已实施方案效果两轮核对",
                        List.of("options", "option_effects", "energy", "production", "water", "emissions", "materials"),
                        RoundSheets::options),
                table("round-targets", "清洁生产目标完成情况（两轮数据）", List.of("targets", "indicator_values"),
                        RoundSheets::targets),
                table("evidence", "验收证明材料清单", List.of("checklist_status", "roster", "options"),
                        EvidenceSheet::rows),
                table("performance", "清洁生产审核绩效表", List.of("options", "option_effects"), PerformanceSheet::rows),
                table("acceptance-options", "中/高费方案实施前后对比",
                        List.of("options", "option_effects", "energy", "production", "water", "emissions", "materials"),
                        AcceptanceOptionsSheet::rows)));
        return List.copyOf(all);
    }

    /** The computed worksheets of Appendix A, in the catalog's order. */
    static List<Named<TableRows>> worksheets() {
        return List.of(
                worksheet("1-1", PreparationSheets::team),
                worksheet("1-2", PreparationSheets::schedule),
                worksheet("1-3", PreparationSheets::roster),
                worksheet("1-4", ChecklistSheet::rows),
                worksheet("1-5", PreparationSheets::activities),
                worksheet("2-1", OutputSheets::summary),
                worksheet("2-2", OutputSheets::products),
                worksheet("2-3", ProductionSheets::materials),
                worksheet("2-4", ProductionSheets::energy),
                worksheet("2-5", ProductionSheets::water),
                worksheet("2-6", ProductionSheets::equipment),
                worksheet("2-7", EmissionSheet::rows),
                worksheet("2-8", PollutionSheets::carbon),
                worksheet("2-9", PollutionSheets::management),
                worksheet("2-10", LevelSheets::levels),
                worksheet("2-11", LevelSheets::benchmarks),
                worksheet("2-12", EvaluationSheets::issues),
                worksheet("2-13", EvaluationSheets::causes),
                worksheet("2-14", EvaluationSheets::focus),
                worksheet("2-15", EvaluationSheets::targets),
                worksheet("2-16", OptionSheets::summary),
                worksheet("2-17", AppraisalSheets::screening),
                worksheet("2-18", AppraisalSheets::feasibility),
                worksheet("2-19", OptionSheets::plan),
                worksheet("2-20", BalanceSheets::materials),
                worksheet("2-21", BalanceSheets::water),
                worksheet("2-22", OptionSheets::verified),
                worksheet("3-1", BenefitSheet::benefits),
                worksheet(DiagnosisSheet.NUMBER, DiagnosisSheet::sheet));
    }

    /** A worksheet, reading the data tables the catalog lists for it. */
    private static Named<TableRows> worksheet(String number, TableSource source) {
        Worksheet worksheet = WorksheetCatalog.bundled().find(number).orElseThrow();
        return Named.of(Category.WORKSHEET, number, worksheet.title(),
                (view, name, options) -> source.rows(view, options).reading(worksheet.reads()));
    }

    /** A report table, reading the data tables {@code reads} (table keys). */
    private static Named<TableRows> table(String name, String title, List<String> reads, TableSource source) {
        return Named.of(Category.TABLE, name, title, (view, asked, options) -> source.rows(view, options).reading(reads));
    }
}
