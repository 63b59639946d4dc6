package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the mappers read from typed rows: texts, lists, units and the cells problems point at. */
final class Rows {

    private static final Pattern ANNUAL = Pattern.compile("\\s*/\\s*(a|年)$");

    private Rows() {
    }

    /** The rows of a table that have every one of {@code keys}; none when the table is absent. */
    static List<TypedTable.Row> of(ProjectTables tables, String table, String... keys) {
        return tables.table(table).map(t -> t.rows().stream()
                .filter(row -> List.of(keys).stream().allMatch(row.values()::containsKey))
                .toList()).orElse(List.of());
    }

    /** The rows of the year that name an enterprise. */
    static List<TypedTable.Row> ofYear(ProjectTables tables, String table, int year) {
        return of(tables, table, "enterprise").stream()
                .filter(row -> row.get("year", Integer.class).map(y -> y == year).orElse(false))
                .toList();
    }

    static String text(TypedTable.Row row, String key) {
        return row.get(key, String.class).orElse("");
    }

    @SuppressWarnings("unchecked")
    static List<String> list(TypedTable.Row row, String key) {
        return row.get(key, List.class).map(l -> (List<String>) l).orElse(List.of());
    }

    /** The unit of a unit column, parsed; a unit the validator accepted always parses (t/a is t). */
    static Optional<Unit> unit(TypedTable.Row row, String key) {
        return row.get(key, String.class).map(Rows::parseUnit);
    }

    /**
     * A unit as a unit column holds it: an annual amount may say so ({@code t/a}, {@code m³/年}).
     *
     * @throws io.github.cpaudit.problem.AuditException for a unit the toolkit cannot convert
     */
    static Unit parseUnit(String text) {
        return Unit.parse(withoutAnnual(text));
    }

    /** The unit a unit column's {@code text} names, as {@link #parseUnit(String)} reads it; empty for none. */
    static Optional<Unit> findUnit(String text) {
        return Unit.find(withoutAnnual(text));
    }

    private static String withoutAnnual(String text) {
        return ANNUAL.matcher(text).replaceFirst("");
    }

    /**
     * A cell of the row, named by its header when the file has the column, else by the column's
     * Chinese name (a value that is missing because its whole column is).
     */
    static Location at(TypedTable table, TypedTable.Row row, String key) {
        String header = row.headers().get(key);
        if (header == null) {
            header = table.spec().column(key).map(ColumnSpec::name).orElse(key);
        }
        return row.source().cell(header);
    }

    /**
     * The unit of a column with a fixed unit: the schema's (m³), or the one its header names
     * (新鲜水量（万m³）), which must be of the same kind; a problem at the header otherwise.
     */
    static Optional<Unit> columnUnit(TypedTable table, String key, DataProblems problems) {
        String schemaUnit = table.spec().column(key).map(ColumnSpec::unit).orElseThrow();
        String written = table.headerUnits().getOrDefault(key, schemaUnit);
        try {
            Unit unit = Unit.parse(written);
            unit.requireDimension(Unit.parse(schemaUnit).dimension());
            return Optional.of(unit);
        } catch (AuditException e) {
            String header = table.rows().isEmpty() ? key : table.rows().get(0).headers().getOrDefault(key, key);
            problems.add(Problem.data(new Source(table.file(),
                    table.sheet(), 1).cell(header), "unknown unit", e.getMessage()));
            return Optional.empty();
        }
    }

    /** Whether the unit is of the dimension; a problem at the unit cell when it is not. */
    static boolean requireDimension(TypedTable.Row row, String key, Unit unit, Dimension expected, String what,
            DataProblems problems) {
        if (unit.dimension() == expected) {
            return true;
        }
        problems.add(Problem.data(row.at(key), "unit dimension mismatch", what + "的单位量纲不符",
                expected.chinese() + "单位（如 " + example(expected) + "）",
                text(row, key)));
        return false;
    }

    /** A unit writers know, to show in a message asking for a unit of {@code dimension}. */
    static String example(Dimension dimension) {
        return switch (dimension) {
            case MASS -> "t";
            case ENERGY -> "kWh";
            case MONEY -> "万元";
            default -> dimension.baseSymbol();
        };
    }
}
