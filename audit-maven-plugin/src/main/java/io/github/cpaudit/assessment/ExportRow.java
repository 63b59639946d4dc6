package io.github.cpaudit.assessment;

import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row being built, cell by column key; a number is rounded by the report's formatter, so that
 * the export prints what the report prints, and a key the sheet does not have is a programming error.
 */
final class ExportRow {

    private final ExportSheet sheet;
    private final FigureFormatter formatter;
    private final List<Cell> cells;

    ExportRow(ExportSheet sheet, FigureFormatter formatter) {
        this.sheet = sheet;
        this.formatter = formatter;
        this.cells = new ArrayList<>(Collections.nCopies(sheet.columns().size(), Cell.EMPTY));
    }

    ExportRow text(String key, String value) {
        return put(key, value == null ? Cell.EMPTY : new Cell.Text(value));
    }

    /** A number rounded as {@code kind} asks; {@code null} leaves the cell empty. */
    ExportRow number(String key, BigDecimal value, Kind kind) {
        return put(key, value == null ? Cell.EMPTY : new Cell.Number(formatter.format(value, kind)));
    }

    /**
     * A figure: its rounded value; one that is not available as the report prints it ("无" for a
     * payback or IRR the cash flows do not give, else empty); {@code null} (not computed) empty.
     */
    ExportRow figure(String key, Figure figure, Kind kind) {
        if (figure == null) {
            return put(key, Cell.EMPTY);
        }
        if (figure.isAvailable()) {
            return number(key, figure.value(), kind);
        }
        String shown = formatter.format(figure, kind);
        return put(key, shown.equals("—") ? Cell.EMPTY : new Cell.Text(shown));
    }

    ExportRow count(String key, long value) {
        return put(key, new Cell.Number(Long.toString(value)));
    }

    List<Cell> cells() {
        return List.copyOf(cells);
    }

    private ExportRow put(String key, Cell cell) {
        int index = sheet.index(key).orElseThrow(() -> new IllegalArgumentException(sheet + " has no column " + key));
        cells.set(index, cell);
        return this;
    }
}
