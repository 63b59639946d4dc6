package io.github.cpaudit.data;

import java.util.List;

/**
 * One column of a data table: its key, its Chinese name and aliases (a header may use any of
 * them), type, whether a value is required, its fixed unit if any, allowed values, and an example;
 * for references, the table referred to ({@code ref}) and the word that means all of its rows
 * ({@code refAll}, e.g. 全体).
 */
public record ColumnSpec(
        String key,
        String name,
        List<String> aliases,
        ColumnType type,
        boolean required,
        String unit,
        List<String> values,
        String pattern,
        String patternHint,
        String example,
        String description,
        String ref,
        String refAll) {

    public ColumnSpec {
        aliases = List.copyOf(aliases);
        values = List.copyOf(values);
    }

    /** The table this column's ids belong to: the roster for {@code ENTERPRISE}, else {@code ref}. */
    public String referencedTable() {
        return type == ColumnType.ENTERPRISE ? "roster" : ref;
    }

    /** Whether a header (its unit part already removed) names this column. */
    boolean isNamedBy(String header) {
        if (header.equalsIgnoreCase(key) || header.equals(name)) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(header));
    }

    /** The header a blank form prints: the Chinese name, with the unit in full-width parentheses. */
    public String header() {
        return unit == null ? name : name + "（" + unit + "）";
    }
}
