package io.github.cpaudit.data;

import io.github.cpaudit.problem.Location;
import io.github.cpaudit.model.Source;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data table as written: its header cells and its rows of text, before any typing. CSV files
 * and XLSX sheets both read into this form, so every later check treats them alike.
 *
 * @param file    path relative to the project folder
 * @param sheet   the XLSX sheet, or {@code null} for a CSV file
 * @param headers the header cells in order, trimmed
 * @param rows    the non-blank rows
 */
public record RawTable(String file, String sheet, List<String> headers, List<Row> rows) {

    public RawTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One row: where it is, its cells by header (absent cells are empty strings) and the headers of
     * cells the reader refused and already reported (e.g. a formula without a result).
     */
    public record Row(Source source, Map<String, String> cells, Set<String> refused) {

        public Row {
            cells = Map.copyOf(cells);
            refused = Set.copyOf(refused);
        }

        public Row(Source source, Map<String, String> cells) {
            this(source, cells, Set.of());
        }

        /** Whether the reader refused this cell (its problem is reported; it is not "empty"). */
        public boolean isRefused(String header) {
            return refused.contains(header);
        }

        public String cell(String header) {
            return cells.getOrDefault(header, "");
        }

        public Location at(String header) {
            return source.cell(header);
        }
    }

    /** Location of the header row, for problems about columns. */
    public Location headerAt(String header) {
        return new Source(file, sheet, 1).cell(header);
    }
}
