package io.github.cpaudit.model;

/**
 * Where a record came from: a data file relative to the project folder, its sheet (XLSX only,
 * else {@code null}) and its row as the writer sees it in Excel (the header is row 1).
 */
public record Source(String file, String sheet, int row) {

    /** {@code data/roster.csv:3} or {@code data/audit.xlsx[企业名录]:3}. */
    public String format() {
        return file + (sheet == null ? "" : "[" + sheet + "]") + (row > 0 ? ":" + row : "");
    }
}
