package io.github.cpaudit.data;

import io.github.cpaudit.model.Source;

/** A cell of a data table: its row's {@link Source} and the column's header as written. */
public record CellLocation(Source source, String column) {

    /** {@code data/roster.csv:3 列“企业名称”}; without a column, the row alone. */
    public String format() {
        return source.format() + (column == null ? "" : " 列“" + column + "”");
    }
}
