package io.github.cpaudit.data;

import java.util.Map;
import java.util.Optional;

/** The project's data tables after their checks, by table key, and every problem found. */
public record ProjectTables(Map<String, TypedTable> tables, DataProblems problems) {

    public ProjectTables {
        tables = Map.copyOf(tables);
    }

    public Optional<TypedTable> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }
}
