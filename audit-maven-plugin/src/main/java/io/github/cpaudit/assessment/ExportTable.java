package io.github.cpaudit.assessment;

import java.util.List;

/**
 * One export table: its sheet and its rows, each row one cell per column of the sheet.
 */
public record ExportTable(ExportSheet sheet, List<List<Cell>> rows) {

    public ExportTable {
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != sheet.columns().size()) {
                throw new IllegalArgumentException(sheet + ": a row of " + row.size() + " cells");
            }
        }
    }
}
