package io.github.cpaudit.intake;

import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.ColumnType;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;

import java.util.List;

/**
 * Where things sit in a collection workbook: what {@code audit:forms} writes and
 * {@code audit:collect} relies on first (it still finds tables and headers by name when a person
 * renamed, moved or re-ordered them).
 *
 * <p>A workbook has an instruction sheet ({@value #INSTRUCTIONS_SHEET}), one sheet per table that
 * an enterprise fills (sheet name = the table's Chinese name), a hidden sheet of value lists
 * ({@value #LISTS_SHEET}) and a very hidden sheet ({@value #META_SHEET}): A1 the format
 * ({@value #FORMAT}), B1 the enterprise id (empty in a whole-roster workbook), C1 its name; from row 2
 * on, column A a sheet's name as written and column B its table key. In a table sheet, row
 * {@link #TITLE_ROW} is the title, {@link #NOTE_ROW} a note, {@link #HEADER_ROW} the headers
 * ({@link ColumnSpec#header()}), {@link #EXAMPLE_ROW} an example row whose enterprise cell reads
 * {@value #EXAMPLE_MARK}, and the data start at {@link #FIRST_DATA_ROW} (0-based rows).
 */
public final class FormLayout {

    public static final String FORMAT = "cpaudit-form-1";
    public static final String INSTRUCTIONS_SHEET = "填表说明";
    public static final String LISTS_SHEET = "_lists";
    public static final String META_SHEET = "_cpaudit";
    public static final String EXAMPLE_MARK = "示例";

    public static final int TITLE_ROW = 0;
    public static final int NOTE_ROW = 1;
    public static final int HEADER_ROW = 2;
    public static final int EXAMPLE_ROW = 3;
    public static final int FIRST_DATA_ROW = 4;

    private FormLayout() {
    }

    /**
     * The tables an enterprise fills on sheets of their own, in the schema's order: the roster (its
     * own row) and every table keyed by enterprise, but {@code checklist_status}, which is the
     * Appendix B list of the instruction sheet.
     */
    public static List<TableSpec> enterpriseTables(Schema schema) {
        return schema.tables().stream().filter(FormLayout::isPerEnterprise)
                .filter(table -> !table.key().equals(ChecklistStatuses.TABLE)).toList();
    }

    /** The column that holds the enterprise id: the roster's id, else the table's enterprise column. */
    public static ColumnSpec enterpriseColumn(TableSpec table) {
        ColumnType type = "roster".equals(table.key()) ? ColumnType.ID : ColumnType.ENTERPRISE;
        return table.columns().stream().filter(c -> c.type() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an enterprise table: " + table.key()));
    }

    private static boolean isPerEnterprise(TableSpec table) {
        return "roster".equals(table.key()) || table.columns().stream().anyMatch(c -> c.type() == ColumnType.ENTERPRISE);
    }
}
