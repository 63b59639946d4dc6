package io.github.cpaudit.render;

import io.github.cpaudit.data.TypedTable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reading the checked data tables that the engine does not turn into records (the roster's
 * administrative columns, activities, management, Appendix B status): typed cells as text.
 */
final class RawRows {

    private RawRows() {
    }

    /** The rows of table {@code key}, or none when the project has no such table. */
    static List<TypedTable.Row> of(ProjectView view, String key) {
        return view.project().tables().table(key).map(TypedTable::rows).orElse(List.of());
    }

    /** A cell as text: lists joined with 、, dates as 2026-04-12, numbers plain; "" when empty. */
    static String text(TypedTable.Row row, String key) {
        Optional<Object> value = row.get(key, Object.class);
        if (value.isEmpty()) {
            return "";
        }
        Object v = value.get();
        if (v instanceof Collection<?> list) {
            return String.join("、", list.stream().map(String::valueOf).toList());
        }
        if (v instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        if (v instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return v.toString();
    }
}
