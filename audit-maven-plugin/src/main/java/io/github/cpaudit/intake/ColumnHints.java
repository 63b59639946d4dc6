package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The comment on a form's header cell: whether the column is required, what it holds, its format
 * and its allowed values, in at most {@value #MAX_LENGTH} characters (Excel's limit for a prompt is
 * 255).
 */
final class ColumnHints {

    static final int MAX_LENGTH = 250;

    private ColumnHints() {
    }

    static String of(ColumnSpec column, boolean prefilledEnterprise) {
        List<String> parts = new ArrayList<>();
        parts.add(column.required() ? "必填" : "选填");
        switch (column.type()) {
            case ID, ENTERPRISE -> parts.add(prefilledEnterprise ? "本企业编号，已预填，不要修改" : "企业名录中的企业编号");
            case ENUM -> parts.add("从下拉列表选择：" + String.join("、", column.values()));
            case ENUM_LIST -> parts.add("可填多项，用顿号（、）分隔：" + String.join("、", column.values()));
            case BOOLEAN -> parts.add("填“是”或“否”");
            case UNIT -> parts.add("计量单位，可从下拉列表选择；列表外的单位会提示核对");
            case DECIMAL -> parts.add("不小于 0 的数");
            case SIGNED_DECIMAL -> parts.add("数值，可为负");
            case PERCENT -> parts.add("0–100 之间的数，如 85");
            case INTEGER -> parts.add("整数");
            case YEAR -> parts.add("四位年份，如 2025");
            case DATE -> parts.add("日期，如 2026-04-20");
            case REF, REF_LIST -> parts.add("编号，多个用顿号（、）分隔");
            case INDUSTRY_CODE -> parts.add("GB/T 4754-2017 行业代码");
            default -> { }
        }
        if (column.unit() != null) {
            parts.add("单位：" + column.unit());
        }
        if (column.patternHint() != null) {
            parts.add("格式：" + column.patternHint());
        }
        if (column.description() != null) {
            parts.add(column.description().strip().replaceAll("。+$", ""));
        }
        String hint = String.join("。", parts) + "。";
        return hint.length() <= MAX_LENGTH ? hint : hint.substring(0, MAX_LENGTH - 1) + "…";
    }
}
