package io.github.cpaudit.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables an audit project may hold, read from the bundled {@code cpaudit/schema/tables.yaml}. */
public final class Schema {

    static final String RESOURCE = "cpaudit/schema/tables.yaml";

    private final List<TableSpec> tables;

    private Schema(List<TableSpec> tables) {
        this.tables = List.copyOf(tables);
    }

    public static Schema bundled() {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<TableSpec> tables = new ArrayList<>();
            for (Map<String, Object> table : maps(root.get("tables"))) {
                List<ColumnSpec> columns = new ArrayList<>();
                for (Map<String, Object> column : maps(table.get("columns"))) {
                    columns.add(new ColumnSpec(
                            text(column, "key"), text(column, "name"), strings(column.get("aliases")),
                            ColumnType.parse(text(column, "type")), Boolean.TRUE.equals(column.get("required")),
                            text(column, "unit"), strings(column.get("values")), text(column, "pattern"),
                            text(column, "pattern_hint"), text(column, "example"), text(column, "description"),
                            text(column, "ref"), text(column, "all")));
                }
                tables.add(new TableSpec(text(table, "key"), text(table, "name"), text(table, "description"),
                        strings(table.get("unique")), columns));
            }
            return new Schema(tables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public Optional<TableSpec> table(String keyOrName) {
        return tables.stream().filter(t -> t.isNamedBy(keyOrName)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
