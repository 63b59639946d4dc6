package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.model.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A number column whose unit comes from the data (kgce/万m², t/万m² …): when every row's figure is
 * in one unit the unit goes into the header and the cells stay numbers (they sort and add up);
 * when the units differ each cell carries its own ("0.8 t/万m²").
 */
final class UnitColumn {

    private record Cell(Row row, Figure figure, String unit, String cellUnit) { }

    private final String key;
    private final Kind kind;
    private final List<Cell> cells = new ArrayList<>();

    UnitColumn(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The row's figure in {@code unit}; an unavailable figure prints "—" whatever its unit. */
    void put(Row row, Figure figure, String unit) {
        put(row, figure, unit, unit);
    }

    /**
     * The row's figure, with {@code unit} for the header (e.g. 每万m², the numerator's unit being
     * the row's 单位 cell) and {@code cellUnit} for the cell when the rows' units differ (t/万m²).
     */
    void put(Row row, Figure figure, String unit, String cellUnit) {
        cells.add(new Cell(row, figure, unit, cellUnit));
    }

    /** Whether every available figure is in the same unit (true for none). */
    boolean uniform() {
        return units().size() <= 1;
    }

    /**
     * Writes the cells into their rows.
     *
     * @return the unit for the header, or {@code null} when the cells carry their units (or have none)
     */
    String fill(FigureFormatter formatter) {
        Set<String> units = units();
        for (Cell cell : cells) {
            if (units.size() <= 1 || !cell.figure().isAvailable()) {
                cell.row().figure(key, cell.figure(), kind);
            } else {
                cell.row().text(key, formatter.format(cell.figure(), kind) + " " + cell.cellUnit());
            }
        }
        return units.size() == 1 ? units.iterator().next() : null;
    }

    private Set<String> units() {
        Set<String> units = new LinkedHashSet<>();
        cells.stream().filter(cell -> cell.figure().isAvailable()).forEach(cell -> units.add(cell.unit()));
        return units;
    }
}
