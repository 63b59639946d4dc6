package io.github.cpaudit.intake;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.checklist.ChecklistCompleteness;
import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Appendix B list of a workbook: each item with what it asks of this enterprise (a 条件必需
 * item is 必需 where its condition holds, else not needed), the sheet it is filled in, and the
 * status the project already has for it ({@code checklist_status}).
 */
final class ChecklistLines {

    static final String STATUS_TABLE = ChecklistStatuses.TABLE;

    private final Checklist checklist;
    private final List<TableSpec> tables;
    private final List<Option> options;

    ChecklistLines(Checklist checklist, List<TableSpec> tables, List<Option> options) {
        this.checklist = checklist;
        this.tables = List.copyOf(tables);
        this.options = List.copyOf(options);
    }

    /** The lines for one enterprise, with its known statuses (rows of checklist_status, values by column key). */
    List<FormContent.Line> of(Enterprise enterprise, List<Map<String, Object>> statuses) {
        List<FormContent.Line> lines = new ArrayList<>();
        for (Checklist.Item item : checklist.items()) {
            Map<String, Object> status = statuses.stream().filter(row -> item.id().equals(row.get("item")))
                    .findFirst().orElse(Map.of());
            lines.add(new FormContent.Line(item, requirement(item, enterprise), place(item),
                    (String) status.get("status"), (LocalDate) status.get("date"), (String) status.get("remark")));
        }
        return lines;
    }

    /** The lines of the whole-roster workbook: the general requirement, no status. */
    List<FormContent.Line> general() {
        return checklist.items().stream()
                .map(item -> new FormContent.Line(item, item.requirement(), place(item), null, null, null)).toList();
    }

    /** 必需, 可选, 必需（强制审核企业）, or 不需要（仅强制审核企业） for an enterprise the condition does not concern. */
    String requirement(Checklist.Item item, Enterprise enterprise) {
        if (item.condition() == null || !item.isRequired()) {
            return item.required();
        }
        return ChecklistCompleteness.requiredOf(item, enterprise, options)
                ? "必需（" + item.condition() + "）"
                : "不需要（仅" + item.condition() + "）";
    }

    private String place(Checklist.Item item) {
        if (!"data".equals(item.kind())) {
            return InstructionSheet.DOCUMENT_PLACE;
        }
        return tables.stream().filter(table -> table.key().equals(item.table())).findFirst()
                .map(TableSpec::name).orElse(InstructionSheet.DOCUMENT_PLACE);
    }
}
