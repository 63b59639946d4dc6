package io.github.cpaudit.checklist;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code checklist_status} table (资料收集情况) read against the Appendix B checklist: per
 * enterprise and item the status handed in (已提供, 未提供 or 不适用), its remark and its row; rows
 * naming an item the checklist does not know are kept apart. Worksheet 1-4 prints it, and
 * {@code audit:check} finds the required items that are missing.
 */
public final class ChecklistStatuses {

    /** The table's key in the schema. */
    public static final String TABLE = "checklist_status";
    /** How the writer names the table: 资料收集情况（checklist_status）. */
    public static final String TABLE_NAME = "资料收集情况（" + TABLE + "）";
    public static final String PROVIDED = "已提供";
    public static final String NOT_PROVIDED = "未提供";
    public static final String NOT_APPLICABLE = "不适用";

    /**
     * One enterprise's status of one item.
     *
     * @param status 已提供, 未提供 or 不适用 (empty when the cell was invalid and is reported as such)
     * @param remark the reason for 不适用 or the remark on 未提供, "" when none
     * @param row    the row, or {@code null} for the 未提供 of an item without one
     */
    public record Status(String status, String remark, TypedTable.Row row) {

        public boolean provided() {
            return PROVIDED.equals(status);
        }

        public boolean notApplicable() {
            return NOT_APPLICABLE.equals(status);
        }

        /** A cell of the row, by column key ({@code status}, {@code remark}), as the writer's header names it. */
        public Location at(String key) {
            return row == null ? null : row.at(key);
        }
    }

    private final Map<String, Map<String, Status>> byEnterprise;
    private final List<TypedTable.Row> unknownItems;
    private final Optional<Source> place;

    private ChecklistStatuses(Map<String, Map<String, Status>> byEnterprise, List<TypedTable.Row> unknownItems,
            Optional<Source> place) {
        this.byEnterprise = byEnterprise;
        this.unknownItems = List.copyOf(unknownItems);
        this.place = place;
    }

    /** The project's table against {@code checklist}; empty when the project has none. */
    public static ChecklistStatuses read(ProjectView view, Checklist checklist) {
        Map<String, Map<String, Status>> byEnterprise = new HashMap<>();
        List<TypedTable.Row> unknown = new ArrayList<>();
        for (TypedTable.Row row : view.rawRows(TABLE)) {
            String item = row.text("item");
            if (checklist.find(item).isEmpty()) {
                unknown.add(row);
                continue;
            }
            byEnterprise.computeIfAbsent(row.text("enterprise"), id -> new HashMap<>())
                    .put(item, new Status(row.text("status"), row.text("remark"), row));
        }
        Optional<Source> place = view.project().tables().table(TABLE)
                .map(table -> new Source(table.file(), table.sheet(), 0));
        return new ChecklistStatuses(byEnterprise, unknown, place);
    }

    /** Whether no row names an item of the checklist. */
    public boolean isEmpty() {
        return byEnterprise.isEmpty();
    }

    /** The enterprise's row for the item, if it has one. */
    public Optional<Status> find(String enterpriseId, String itemId) {
        return Optional.ofNullable(byEnterprise.getOrDefault(enterpriseId, Map.of()).get(itemId));
    }

    /** The enterprise's status of the item; no row is 未提供 (DESIGN.md: open unless marked 不适用). */
    public Status status(String enterpriseId, String itemId) {
        return find(enterpriseId, itemId).orElse(new Status(NOT_PROVIDED, "", null));
    }

    /** The rows whose 资料项 is not an item of the checklist, in the data's order. */
    public List<TypedTable.Row> unknownItems() {
        return unknownItems;
    }

    /** The table's file (and sheet) without a row, or empty when the project has no such table. */
    public Optional<Source> place() {
        return place;
    }
}
