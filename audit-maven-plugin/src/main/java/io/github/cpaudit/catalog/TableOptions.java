package io.github.cpaudit.catalog;


import java.util.Map;
import java.util.Optional;

/**
 * What a macro asks of a computed table: {@code enterprise=} (an id or a name; several separated by
 * 、 or ,), {@code sort=} (a column key, {@code -key} for descending), {@code top=} and, for blank
 * forms, {@code rows=}. Unknown options are left to the template ({@code $options.name}).
 */
public record TableOptions(Map<String, String> values) {

    /**
     * The computed worksheets a document placed (separated by 、), which a conversion gives the
     * 数据来源与计算说明 when the macro names no {@code tables=}: an option of the toolkit, not of the writer.
     */
    public static final String USED_WORKSHEETS = "audit-used-worksheets";

    public TableOptions {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Option {@code name} as a positive whole number ({@code top=}, {@code rows=}), when given. */
    public Optional<Integer> count(String name) {
        return get(name).map(text -> positiveCount(text, name));
    }

    /** {@code text} as a positive whole number; a document error naming {@code option} otherwise. */
    private static int positiveCount(String text, String option) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RenderException(option + "= 应为正整数（positive integer），实为“" + text + "”");
    }

    /** These options with {@code name} set to {@code value}. */
    public TableOptions with(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(values);
        more.put(name, value);
        return new TableOptions(more);
    }

    public static TableOptions none() {
        return new TableOptions(Map.of());
    }
}
