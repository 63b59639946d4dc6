package io.github.cpaudit.data;

import java.util.List;
import java.util.Optional;

/**
 * One data table of an audit project: its key (also the CSV file name, {@code data/<key>.csv}),
 * its Chinese name (also accepted as the file or XLSX sheet name), its columns and the columns
 * whose values together must be unique.
 */
public record TableSpec(String key, String name, String description, List<String> unique, List<ColumnSpec> columns) {

    public TableSpec {
        unique = List.copyOf(unique);
        columns = List.copyOf(columns);
    }

    public Optional<ColumnSpec> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Whether a file's base name or a sheet's name stands for this table. */
    boolean isNamedBy(String fileOrSheet) {
        return fileOrSheet.equalsIgnoreCase(key) || fileOrSheet.equals(name);
    }
}
