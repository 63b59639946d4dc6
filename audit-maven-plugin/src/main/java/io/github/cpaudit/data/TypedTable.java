package io.github.cpaudit.data;

import io.github.cpaudit.problem.Location;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.WrittenRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data table whose cells passed their column's checks: values by column key, typed
 * ({@link java.math.BigDecimal}, {@link String}, {@link java.time.LocalDate}, {@link Boolean},
 * {@link java.util.List} for enum lists, {@link Integer} for years and integers). A cell that
 * failed is absent from its row and reported in {@link DataProblems}.
 *
 * @param spec        the table's schema
 * @param file        where it was read from
 * @param sheet       its sheet, or {@code null}
 * @param headerUnits units written in the headers, by column key (e.g. {@code fresh → 万m³})
 * @param rows        the rows
 */
public record TypedTable(TableSpec spec, String file, String sheet, Map<String, String> headerUnits, List<Row> rows) {

    public TypedTable {
        headerUnits = Map.copyOf(headerUnits);
        rows = List.copyOf(rows);
    }

    /** One row: its place and its valid values by column key. */
    public record Row(Source source, Map<String, Object> values, Map<String, String> headers) {

        public Row {
            values = Map.copyOf(values);
            headers = Map.copyOf(headers);
        }

        public <T> Optional<T> get(String key, Class<T> type) {
            return Optional.ofNullable(values.get(key)).map(type::cast);
        }

        /** A cell as text: lists joined with 、, dates as 2026-04-12, numbers plain, 是/否; "" when empty. */
        public String text(String key) {
            return WrittenRow.asText(values.get(key));
        }

        /** The row as the model keeps it for the sheets that print it as written. */
        public WrittenRow written() {
            return new WrittenRow(source, values);
        }

        /** The cell of a column, for problems found after typing (e.g. an unknown enterprise). */
        public Location at(String key) {
            return source.cell(headers.getOrDefault(key, key));
        }
    }
}
