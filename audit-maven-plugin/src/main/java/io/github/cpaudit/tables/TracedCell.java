package io.github.cpaudit.tables;

import io.github.cpaudit.calc.Explanation;
import java.util.List;

/**
 * A computed table cell that knows how it came about, and the address a writer names it by:
 * {@code 2-4:E03:综合能耗} or {@code 2-4:E03:天然气:折标准煤}.
 *
 * @param enterprise  the enterprise id of the row, or {@code null} for an industry row
 * @param label       the row within its enterprise (energy type, 小计), or {@code null}
 * @param names       the column names the cell answers to, the catalog's first
 * @param explanation how it came about
 * @param hover       whether the HTML shows the explanation on the cell; not where the row itself
 *                    already prints the whole calculation (an energy line: amount × coefficient)
 */
public record TracedCell(String enterprise, String label, List<String> names, Explanation explanation,
        boolean hover) {

    public TracedCell {
        names = List.copyOf(names);
    }

    /** {@code E03:天然气:折标准煤} (without the table), with the first column name. */
    public String address() {
        return (enterprise == null ? "" : enterprise + ":") + (label == null ? "" : label + ":") + names.get(0);
    }
}
