package io.github.cpaudit.model;

import io.github.cpaudit.problem.Location;

/**
 * Where a record came from, so that a later layer can show it next to a computed figure or an
 * error: the data file relative to the project folder, its sheet (empty for CSV and YAML) and the
 * row as the writer sees it in Excel (the header is row 1; 0 when the value is not in a table,
 * e.g. a value of {@code audit.yaml} or a whole file).
 *
 * @param file  the data file, relative to the project folder
 * @param sheet the XLSX sheet, or an empty string
 * @param row   the 1-based row, or 0 when not applicable
 */
public record Source(String file, String sheet, int row) {

    public Source {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
    }

    /** {@code data/roster.csv:3} or {@code data/audit.xlsx[企业名录]:3}, the form used in messages. */
    public String format() {
        return cell(null).format();
    }

    /** This row as a problem's place; the column header as written, or {@code null} for the row. */
    public Location cell(String column) {
        return Location.cell(file, sheet, row, column);
    }
}
