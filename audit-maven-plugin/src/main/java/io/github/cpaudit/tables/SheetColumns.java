package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.engine.ProjectView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns of a table that follow the data (2-14's candidates, 1-4's checklist items): some of
 * the catalog's columns, then columns made at render time. Its {@link #extras()} give the template
 * {@code $cols}, {@code $header} and {@code $span} in place of the catalog's.
 */
final class SheetColumns {

    private final List<String> specs = new ArrayList<>();
    /** The header row's cells, each with its own cell spec ({@code |} or {@code 2+^|}). */
    private final List<String> headers = new ArrayList<>();

    /** The first {@code n} columns of worksheet {@code number}, as the catalog has them. */
    static SheetColumns leading(ProjectView view, String number, int n) {
        Worksheet worksheet = WorksheetCatalog.bundled().find(number)
                .orElseThrow(() -> new IllegalStateException("worksheet missing from the catalog: " + number));
        SheetColumns columns = new SheetColumns();
        worksheet.columns().subList(0, n).forEach(column -> columns.add(column.header(), column.spec()));
        return columns;
    }

    /**
     * A column.
     *
     * @param header the header cell as AsciiDoc (a name from data goes through {@link AsciidocText#cell})
     * @param spec   its AsciiDoc column spec, e.g. {@code >2} or {@code ^1}
     */
    SheetColumns add(String header, String spec) {
        headers.add("|" + header);
        specs.add(spec);
        return this;
    }

    /**
     * Columns under one header cell spanning them all (a candidate over its R and W×R), centred;
     * the template prints the columns' own names in a row of its own.
     */
    SheetColumns span(String header, List<String> columnSpecs) {
        headers.add(columnSpecs.size() + "+^|" + header);
        specs.addAll(columnSpecs);
        return this;
    }

    /** {@code cols}, {@code header} and {@code span} for the template. */
    Map<String, Object> extras() {
        return Map.of("cols", String.join(",", specs), "header", String.join(" ", headers), "span", specs.size());
    }
}
