package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.engine.ProjectView;

import java.util.ArrayList;
import java.util.List;

/**
 * A worksheet's header row with what only the data know: the actual years of 前两年产量 … or the
 * unit of a column whose unit the data choose (设计产能（万m²）). The columns, their order and widths
 * stay the catalog's; templates print it as {@code $heading}.
 */
final class Heading {

    private final Worksheet worksheet;
    private final List<Worksheet.Column> columns;

    private Heading(Worksheet worksheet) {
        this.worksheet = worksheet;
        this.columns = new ArrayList<>(worksheet.columns());
    }

    static Heading of(ProjectView view, String number) {
        return new Heading(WorksheetCatalog.bundled().find(number)
                .orElseThrow(() -> new IllegalStateException("worksheet missing from the catalog: " + number)));
    }

    /** Renames column {@code name} (e.g. 前一年产量 → 2024年产量). */
    Heading rename(String name, String newName) {
        int i = index(name);
        Worksheet.Column c = columns.get(i);
        columns.set(i, new Worksheet.Column(newName, c.unit(), c.num(), c.width()));
        return this;
    }

    /** Sets the unit of column {@code name}; {@code null} leaves the column as it is. */
    Heading unit(String name, String unit) {
        if (unit != null) {
            int i = index(name);
            Worksheet.Column c = columns.get(i);
            columns.set(i, new Worksheet.Column(c.name(), unit, c.num(), c.width()));
        }
        return this;
    }

    /** The header row's AsciiDoc. */
    String text() {
        return TableRenderer.header(worksheet.withColumns(columns));
    }

    private int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("worksheet " + worksheet.number() + " has no column " + name);
    }
}
