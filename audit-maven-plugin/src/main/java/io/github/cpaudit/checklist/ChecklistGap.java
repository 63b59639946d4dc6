package io.github.cpaudit.checklist;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.problem.Location;

/**
 * A required Appendix B item an enterprise has not provided: open unless marked 不适用 with a
 * reason (DESIGN.md).
 *
 * @param enterprise     the enterprise id
 * @param enterpriseName its name
 * @param item           the checklist item
 * @param kind           what is wrong
 * @param found          the status as written (未提供, 不适用, "" for an invalid cell or no row)
 * @param location       the cell that says so ({@code 提供情况} or {@code 说明}), the table without a row
 *                       when there is no row, or {@code null} when the project has no such table
 */
public record ChecklistGap(String enterprise, String enterpriseName, Checklist.Item item, Kind kind, String found,
        Location location) {

    /**
     * How a table that shows the gap names it as an open item of the document ({@link #openItem()});
     * {@code audit:check}, which lists the gap at its cell, leaves such open items out.
     */
    public static final String OPEN_ITEM = "资料缺项（missing checklist item）";

    /** What is wrong with the item, with a stable English key. */
    public enum Kind {
        NOT_PROVIDED("not provided", "未提供"),
        NO_ROW("no row", "未登记"),
        NO_REASON("not applicable without reason", "不适用但未写理由");

        private final String key;
        private final String chinese;

        Kind(String key, String chinese) {
            this.key = key;
            this.chinese = chinese;
        }

        public String key() {
            return key;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** {@code data/checklist_status.csv:12 列“提供情况”}, or {@code null}. */
    public String place() {
        return location == null ? null : location.format();
    }

    /**
     * The gap as an open item of a table that shows it: {@code 资料缺项（missing checklist item）：E02
     * 乙电镀有限公司 B4.2 …（data/checklist_status.csv:34 列“提供情况”）}.
     */
    public String openItem() {
        return OPEN_ITEM + "：" + enterprise + " " + enterpriseName + " " + message()
                + (location == null ? "" : "（" + place() + "）");
    }

    /**
     * The gap in Chinese, without the enterprise and the place: {@code B4.2 近三年能源消耗台账…（必需）：
     * 未提供（not provided）：应为“已提供”，或“不适用”并写明理由，实为“未提供”}.
     */
    public String message() {
        String what = item.id() + " " + item.item() + "（" + item.requirement() + "）：" + kind.chinese() + "（"
                + kind.key() + "）：";
        String expected = "“" + ChecklistStatuses.PROVIDED + "”，或“" + ChecklistStatuses.NOT_APPLICABLE + "”并写明理由";
        return what + switch (kind) {
            case NOT_PROVIDED -> "应为" + expected + "，实为“" + found + "”";
            case NO_ROW -> "应在" + ChecklistStatuses.TABLE_NAME + "中有一行" + expected + "，实为没有这一行";
            case NO_REASON -> "应写明不适用的理由，实为空";
        };
    }
}
