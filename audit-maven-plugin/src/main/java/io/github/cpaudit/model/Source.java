package io.github.cpaudit.model;

/**
 * Where an input value came from, so that a later layer can show it next to a computed figure or an
 * error: the data file (relative to the project folder), the sheet (empty for CSV and YAML) and the
 * 1-based row (0 when the value is not in a table, e.g. a value of {@code audit.yaml}).
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

    /** {@code 文件[:工作表]:行}, the form used in messages. */
    public String label() {
        StringBuilder text = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            text.append(':').append(sheet);
        }
        if (row > 0) {
            text.append(':').append(row);
        }
        return text.toString();
    }
}
