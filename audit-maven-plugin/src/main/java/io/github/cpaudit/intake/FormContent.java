package io.github.cpaudit.intake;

import io.github.cpaudit.catalog.Checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one collection workbook holds: whose it is, the Appendix B list with what this enterprise
 * must provide, and the rows the project already has, by table key.
 *
 * @param enterpriseId   the enterprise's id, or {@code null} for the whole-roster workbook
 * @param enterpriseName its name, or {@code null}
 * @param checklist      the Appendix B lines, in the checklist's order
 * @param rows           known rows per table key, values by column key (typed as the data reader gives them)
 * @param returnTo       to whom the filled workbook goes back (the consultant of audit.yaml), or {@code null}
 */
record FormContent(String enterpriseId, String enterpriseName, List<Line> checklist,
        Map<String, List<Map<String, Object>>> rows, String returnTo) {

    FormContent {
        checklist = List.copyOf(checklist);
        rows = Map.copyOf(rows);
    }

    boolean wholeRoster() {
        return enterpriseId == null;
    }

    List<Map<String, Object>> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }

    /**
     * One Appendix B item as this enterprise sees it.
     *
     * @param requirement 必需, 可选, 必需（强制审核企业）, 不需要（仅强制审核企业）, or the general requirement in a whole-roster workbook
     * @param place       the sheet to fill for a data item, else 随表提交文件
     * @param status      the known 提供情况, or {@code null}
     * @param date        the known 提供日期, or {@code null}
     * @param remark      the known 说明, or {@code null}
     */
    record Line(Checklist.Item item, String requirement, String place, String status, LocalDate date, String remark) {
    }
}
