package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.ProjectTables;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.data.TypedTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a project already has, per table and enterprise, to prefill the forms with: each valid
 * cell typed as the data reader gives it (a cell that failed its check is left blank for the
 * enterprise to fill again). A quantity whose header named another unit of the same kind
 * (新鲜水量（万m³）) is converted into the form's unit (m³); one that cannot be is left blank rather
 * than put under the wrong unit.
 */
final class KnownRows {

    private final Map<String, Map<String, List<Map<String, Object>>>> byTable = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> all = new HashMap<>();

    KnownRows(ProjectTables project, List<TableSpec> tables) {
        for (TableSpec table : tables) {
            Optional<TypedTable> typed = project.table(table.key());
            if (typed.isEmpty()) {
                continue;
            }
            String enterpriseKey = FormLayout.enterpriseColumn(table).key();
            Map<String, List<Map<String, Object>>> byEnterprise = new LinkedHashMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TypedTable.Row row : typed.get().rows()) {
                Map<String, Object> values = inFormUnits(table, typed.get().headerUnits(), row.values());
                rows.add(values);
                Object id = row.values().get(enterpriseKey);
                if (id != null) {
                    byEnterprise.computeIfAbsent(String.valueOf(id), k -> new ArrayList<>()).add(values);
                }
            }
            byTable.put(table.key(), byEnterprise);
            all.put(table.key(), rows);
        }
    }

    /** The enterprise's rows per table key. */
    Map<String, List<Map<String, Object>>> of(String enterpriseId) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        byTable.forEach((table, byEnterprise) -> rows.put(table, byEnterprise.getOrDefault(enterpriseId, List.of())));
        return rows;
    }

    /** Every row per table key, for the whole-roster workbook. */
    Map<String, List<Map<String, Object>>> all() {
        return all;
    }

    private static Map<String, Object> inFormUnits(TableSpec table, Map<String, String> headerUnits, Map<String, Object> values) {
        Map<String, Object> converted = new HashMap<>(values);
        headerUnits.forEach((key, written) -> {
            ColumnSpec column = table.column(key).orElse(null);
            if (column == null || column.unit() == null || written.equals(column.unit())
                    || !(converted.get(key) instanceof BigDecimal value)) {
                return;
            }
            Optional<BigDecimal> inFormUnit = HeaderUnits.convert(value, written, column.unit());
            if (inFormUnit.isPresent()) {
                converted.put(key, inFormUnit.get());
            } else {
                converted.remove(key);
            }
        });
        return converted;
    }
}
