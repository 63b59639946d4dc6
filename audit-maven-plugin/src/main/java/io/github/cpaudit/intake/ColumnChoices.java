package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.ColumnType;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.Unit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The drop-down list a form column offers, and whether a value outside it is refused ({@code strict}:
 * an enum or 是/否, which the data check would refuse too) or only flagged (units, energy types,
 * several enum values joined by 、, an enterprise not yet on the roster: the toolkit may still read
 * them).
 *
 * @param values the list, in the order offered
 * @param strict whether Excel refuses a value not in the list
 */
record ColumnChoices(List<String> values, boolean strict) {

    static final List<String> YES_NO = List.of("是", "否");

    ColumnChoices {
        values = List.copyOf(values);
    }

    /**
     * The choices of a column, if it has any.
     *
     * @param enterpriseIds the roster's ids, offered in the enterprise column of a whole-roster
     *                      workbook; {@code null} in an enterprise's own workbook (the id is prefilled)
     */
    static Optional<ColumnChoices> of(TableSpec table, ColumnSpec column, List<String> enterpriseIds) {
        return switch (column.type()) {
            case ENUM -> Optional.of(new ColumnChoices(column.values(), true));
            case ENUM_LIST -> Optional.of(new ColumnChoices(column.values(), false));
            case BOOLEAN -> Optional.of(new ColumnChoices(YES_NO, true));
            case UNIT -> Optional.of(new ColumnChoices(Arrays.stream(Unit.values()).map(Unit::symbol).toList(), false));
            case ENTERPRISE -> enterpriseIds == null || enterpriseIds.isEmpty() ? Optional.empty()
                    : Optional.of(new ColumnChoices(enterpriseIds, false));
            default -> isEnergyType(table, column)
                    ? Optional.of(new ColumnChoices(Arrays.stream(EnergyType.values()).map(EnergyType::chinese).toList(), false))
                    : Optional.empty();
        };
    }

    /** The energy table's 能源品种: any name the toolkit can convert (GB/T 2589), free text in the schema. */
    private static boolean isEnergyType(TableSpec table, ColumnSpec column) {
        return "energy".equals(table.key()) && "energy_type".equals(column.key()) && column.type() == ColumnType.TEXT;
    }
}
