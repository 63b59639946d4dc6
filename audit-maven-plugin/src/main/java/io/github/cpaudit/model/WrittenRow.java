package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A data row as the writer wrote it: its place and each valid cell, by column key. The model's
 * form of the descriptive columns that sheets print as written and no calculation reads (an
 * enterprise's address, a permit's class, an equipment's specification, an option's effect text),
 * so that a sheet reads the model and never the data files.
 *
 * @param source where the row is
 * @param values the cells that passed their column's checks, typed as the schema says
 *               ({@link BigDecimal}, {@link String}, {@link java.time.LocalDate}, {@link Boolean},
 *               {@link java.util.List} of strings, {@link Integer})
 */
public record WrittenRow(Source source, Map<String, Object> values) {

    public WrittenRow {
        values = Map.copyOf(values);
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }

    /** A cell as text ({@link #asText(Object)}); "" when empty or invalid. */
    public String text(String key) {
        return asText(values.get(key));
    }

    /** A typed cell as text: lists joined with 、, dates as 2026-04-12, numbers plain, 是/否; "" for none. */
    public static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return String.join("、", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return value.toString(); // LocalDate prints as 2026-04-12
    }
}
