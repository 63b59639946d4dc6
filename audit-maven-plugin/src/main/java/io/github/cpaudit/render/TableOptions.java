package io.github.cpaudit.render;

import java.util.Map;
import java.util.Optional;

/**
 * What a macro asks of a computed table: {@code enterprise=} (an id or a name; several separated by
 * 、 or ,), {@code sort=} (a column key, {@code -key} for descending), {@code top=} and, for blank
 * forms, {@code rows=}. Unknown options are left to the template ({@code $options.name}).
 */
public record TableOptions(Map<String, String> values) {

    public TableOptions {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static TableOptions none() {
        return new TableOptions(Map.of());
    }
}
