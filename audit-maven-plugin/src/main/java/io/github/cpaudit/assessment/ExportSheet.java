package io.github.cpaudit.assessment;

import java.util.List;
import java.util.Optional;

/**
 * The export's tables and their columns, in the one place that names them: a renamed, added or
 * moved column is a deliberate change (a test pins every header row, the README lists them).
 */
public enum ExportSheet {

    /** One row per enterprise of the roster, in roster order. */
    ENTERPRISES("企业", "enterprises.csv", List.of(
            new Column("id", "企业编号"),
            new Column("name", "企业名称"),
            new Column("credit_code", "统一社会信用代码"),
            new Column("industry_code", "行业代码"),
            new Column("district", "所在区县"),
            new Column("audit_type", "审核类型"),
            new Column("level", "评价等级"),
            new Column("score_1", "得分YⅠ"),
            new Column("score_2", "得分YⅡ"),
            new Column("score_3", "得分YⅢ"),
            new Column("options", "方案数"),
            new Column("implemented", "已实施方案数"),
            new Column("own_options", "单独实施方案数"),
            new Column("own_investment", "单独实施方案投资（万元）"),
            new Column("own_saving", "单独实施方案年经济效益（万元/a）"),
            new Column("own_tce", "单独实施方案节能量（tce/a）"),
            new Column("own_co2", "单独实施方案减碳量（tCO2/a）"),
            new Column("own_water", "单独实施方案节水量（m³/a）"))),

    /** One row per option, in the data's order. */
    OPTIONS("方案", "options.csv", List.of(
            new Column("id", "方案编号"),
            new Column("name", "方案名称"),
            new Column("scope", "适用范围"),
            new Column("enterprises", "实施企业编号"),
            new Column("enterprise_count", "实施企业数"),
            new Column("cost_class", "类别"),
            new Column("status", "实施状态"),
            new Column("verified", "效果已核定"),
            new Column("investment", "投资（万元）"),
            new Column("subsidy", "补贴（万元）"),
            new Column("annual_saving", "年经济效益（万元/a）"),
            new Column("tce", "节能量（tce/a）"),
            new Column("co2", "减碳量（tCO2/a）"),
            new Column("synergy", "效益类型"),
            new Column("npv", "净现值NPV（万元）"),
            new Column("npvr", "净现值率NPVR"),
            new Column("irr", "内部收益率IRR（%）"),
            new Column("payback", "投资偿还期N（a）"),
            new Column("feasible", "可行性"))),

    /** One row per option and item it reduces (worksheet 3-1's items), in the data's order. */
    EFFECTS("方案效果", "option_effects.csv", List.of(
            new Column("option", "方案编号"),
            new Column("item", "项目"),
            new Column("unit", "单位"),
            new Column("reduction", "削减量"),
            new Column("verified", "效果已核定"))),

    /** Worksheet 3-1 减污降碳效益汇总, one row per item as the report prints it. */
    BENEFITS("效益汇总", "benefits.csv", List.of(
            new Column("item", "项目"),
            new Column("unit", "单位"),
            new Column("baseline", "基准年排放/消耗"),
            new Column("reduction", "方案实施后削减量"),
            new Column("rate", "削减率（%）"),
            new Column("implemented", "其中已实施")));

    private final String title;
    private final String file;
    private final List<Column> columns;

    ExportSheet(String title, String file, List<Column> columns) {
        this.title = title;
        this.file = file;
        this.columns = List.copyOf(columns);
    }

    /** The sheet's name in the workbook. */
    public String title() {
        return title;
    }

    /** The CSV file's name. */
    public String file() {
        return file;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The header row, in column order. */
    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The index of the column with this key. */
    Optional<Integer> index(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
