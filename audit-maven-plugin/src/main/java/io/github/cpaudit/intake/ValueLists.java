package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.TableSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The hidden sheet {@value FormLayout#LISTS_SHEET} of a workbook: one column per distinct list and
 * a named range {@code L_<table>_<column>} per column that offers it. Validations refer to the
 * names, never to an inline list, which Excel limits to 255 characters.
 */
final class ValueLists {

    private final Workbook workbook;
    private final Sheet sheet;
    private final Map<List<String>, String> rangeOf = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();

    /** Uses the workbook's {@value FormLayout#LISTS_SHEET} sheet, which the caller created in its place. */
    ValueLists(Workbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.getSheet(FormLayout.LISTS_SHEET);
    }

    /** The name of a column's list, e.g. {@code L_energy_unit}. */
    static String name(TableSpec table, ColumnSpec column) {
        return "L_" + table.key() + "_" + column.key();
    }

    /** Defines the column's named range (once) and returns its name. */
    String define(TableSpec table, ColumnSpec column, List<String> values) {
        String name = name(table, column);
        return nameOf.computeIfAbsent(name, n -> {
            Name defined = workbook.createName();
            defined.setNameName(n);
            defined.setRefersToFormula(rangeOf.computeIfAbsent(List.copyOf(values), this::write));
            return n;
        });
    }

    private String write(List<String> values) {
        int column = rangeOf.size();
        for (int i = 0; i < values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
        String letters = CellReference.convertNumToColString(column);
        return "'" + FormLayout.LISTS_SHEET + "'!$" + letters + "$1:$" + letters + "$" + Math.max(values.size(), 1);
    }
}
