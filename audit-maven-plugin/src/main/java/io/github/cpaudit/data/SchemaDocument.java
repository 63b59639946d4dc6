package io.github.cpaudit.data;

import java.util.List;

/**
 * The writers' description of the data tables, in Chinese Markdown, made from the schema itself
 * so that the document and the checks can never disagree.
 */
public final class SchemaDocument {

    private SchemaDocument() {
    }

    public static String render(Schema schema) {
        StringBuilder md = new StringBuilder();
        md.append("# 数据表说明（data table schema）\n\n")
                .append("<!-- 本文件由 tables.yaml 生成，请勿手工修改（SchemaDocumentTest 检查两者一致）。 -->\n\n")
                .append("审核项目的数据放在项目目录的 `data/` 下：每张表一个 CSV 文件（`data/<表键>.csv` 或 `data/<表名>.csv`，")
                .append("UTF-8、带 BOM 的 UTF-8 或 GB18030 编码均可），或者一个 Excel 工作簿（`data/*.xlsx`）中每张表一个工作表")
                .append("（工作表名为表键或表名；以“说明”“备注”开头的工作表不作为数据读取）。\n\n")
                .append("- 第 1 行为表头。列名可写中文名、英文键或别名；单位可写在列名后的括号里，如 `新鲜水量（万m³）`，由工具换算。\n")
                .append("- 以“备注”或“说明”开头的列不作为数据读取。\n")
                .append("- 数字可用全角或半角，可带千分位逗号（如 `1,865.5`）；百分数写 `85` 或 `85%`；是/否列写“是”或“否”。\n")
                .append("- 日期写 `2025-03-18` 或 `2025年3月18日`；年份写四位数字。\n")
                .append("- 带“年份”列的表可同时放几年的数据：计算用 `audit.yaml` 中基准年的行；方案实施后的一轮"
                        + "（`rounds: {after: 2026}`）按原列录入，年份写那一年，供两轮对比（见 README“两轮审核对比”）。\n")
                .append("- 工具逐格检查全部数据，一次列出所有问题（文件、工作表、行、列、应为什么、实为什么）。\n\n")
                .append("| 表键 | 表名 | 说明 |\n|---|---|---|\n");
        for (TableSpec table : schema.tables()) {
            md.append("| `").append(table.key()).append("` | ").append(table.name()).append(" | ")
                    .append(nullToEmpty(table.description())).append(" |\n");
        }
        for (TableSpec table : schema.tables()) {
            md.append("\n## ").append(table.name()).append("（`").append(table.key()).append("`）\n\n")
                    .append(nullToEmpty(table.description())).append("\n\n");
            if (!table.unique().isEmpty()) {
                md.append("同一组“").append(String.join("＋", names(table, table.unique())))
                        .append("”只能出现一行。\n\n");
            }
            md.append("| 列名 | 英文键 | 类型 | 单位 | 必填 | 可选值 / 说明 | 示例 |\n|---|---|---|---|---|---|---|\n");
            for (ColumnSpec column : table.columns()) {
                String names = column.name() + (column.aliases().isEmpty() ? "" : "（亦可写：" + String.join("、", column.aliases()) + "）");
                md.append("| ").append(names)
                        .append(" | `").append(column.key()).append('`')
                        .append(" | ").append(typeName(column.type()))
                        .append(" | ").append(nullToEmpty(column.unit()))
                        .append(" | ").append(column.required() ? "必填" : "选填")
                        .append(" | ").append(notes(column))
                        .append(" | ").append(nullToEmpty(column.example()))
                        .append(" |\n");
            }
            md.append("\n示例行：\n\n```\n")
                    .append(String.join(",", table.columns().stream().map(ColumnSpec::header).toList())).append('\n')
                    .append(String.join(",", table.columns().stream().map(c -> csv(nullToEmpty(c.example()))).toList()))
                    .append("\n```\n");
        }
        return md.toString();
    }

    private static List<String> names(TableSpec table, List<String> keys) {
        return keys.stream().map(k -> table.column(k).map(ColumnSpec::name).orElse(k)).toList();
    }

    private static String notes(ColumnSpec column) {
        String values = column.values().isEmpty() ? "" : String.join("、", column.values())
                + (column.type() == ColumnType.ENUM_LIST ? "（可多选，用顿号分隔）" : "");
        String text = nullToEmpty(column.description());
        if (column.patternHint() != null) {
            text = text.isEmpty() ? column.patternHint() : text + "；" + column.patternHint();
        }
        return values.isEmpty() ? text : text.isEmpty() ? values : values + "；" + text;
    }

    private static String typeName(ColumnType type) {
        return switch (type) {
            case ID -> "编号（本表内唯一）";
            case ENTERPRISE -> "企业编号（须在企业名录中）";
            case REF -> "编号（须在被引用的表中）";
            case REF_LIST -> "编号列表（顿号分隔）";
            case TEXT -> "文字";
            case DECIMAL -> "数量（不小于 0）";
            case SIGNED_DECIMAL -> "数值（可为负）";
            case INTEGER -> "整数";
            case YEAR -> "年份";
            case PERCENT -> "百分数（0–100）";
            case DATE -> "日期";
            case BOOLEAN -> "是/否";
            case ENUM -> "单选";
            case ENUM_LIST -> "多选";
            case UNIT -> "计量单位";
            case INDUSTRY_CODE -> "行业代码（" + IndustryCodes.EDITION + "）";
        };
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
