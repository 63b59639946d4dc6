package io.github.cpaudit.tables;

import java.util.List;
import java.util.Map;

/**
 * What a computed table shows, before the template prints it.
 *
 * @param rows     the rows in their default order
 * @param sums     the keys of the columns that add up (the template's totals row shows their sums)
 * @param missing  the data tables that have no rows for this table: a notice instead of silence
 * @param extras   anything more the template needs, by name (e.g. the grid factor's note)
 * @param open     open items of a table that has rows (e.g. an indicator value missing and scored
 *                 0): warnings in draft, errors in final mode
 * @param reads    the data tables the rows come from (table keys): a row of theirs that a problem
 *                 kept out is named under the printed table and marks its totals incomplete
 */
public record TableRows(List<Row> rows, List<String> sums, List<String> missing, Map<String, Object> extras,
        List<String> open, List<String> reads) {

    public TableRows {
        rows = List.copyOf(rows);
        sums = List.copyOf(sums);
        missing = List.copyOf(missing);
        extras = Map.copyOf(extras);
        open = List.copyOf(open);
        reads = List.copyOf(reads);
    }

    /** A table that does not say which data tables it reads. */
    public TableRows(List<Row> rows, List<String> sums, List<String> missing, Map<String, Object> extras,
            List<String> open) {
        this(rows, sums, missing, extras, open, List.of());
    }

    /** The same rows, read from these data tables. */
    public TableRows reading(List<String> tables) {
        return new TableRows(rows, sums, missing, extras, open, tables);
    }

    /** A table without open items beyond its missing data. */
    public TableRows(List<Row> rows, List<String> sums, List<String> missing, Map<String, Object> extras) {
        this(rows, sums, missing, extras, List.of());
    }

    public static TableRows of(List<Row> rows, List<String> sums) {
        return new TableRows(rows, sums, List.of(), Map.of());
    }
}
