package io.github.cpaudit.explain;

import io.github.cpaudit.calc.ExplanationText;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.tables.ComputedTables;
import io.github.cpaudit.tables.Row;
import io.github.cpaudit.tables.TableRows;
import io.github.cpaudit.tables.TracedCell;
import io.github.cpaudit.values.FigureValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code audit:explain} without Maven: finds a figure of {@code audit:value[KEY]} or a computed
 * table cell ({@code 2-4:E03:综合能耗}) in the loaded project and gives the lines that explain it:
 * the figure, the formula, each input row with its value and unit, each coefficient with its
 * origin. What cannot be found is an {@link AuditException} naming what was asked and the names
 * near it.
 */
public final class FigureExplainer {

    private static final String INDENT = "  ";

    private final ProjectView view;
    private final Registry registry = new Registry(List.of(ComputedTables.all(), FigureValues.all()));

    public FigureExplainer(ProjectView view) {
        this.view = view;
    }

    /** The lines for {@code audit:value[key]}. */
    public List<String> value(String key) {
        String asked = key.trim();
        Optional<Named<?>> entry = registry.find(Category.VALUE, asked, view);
        if (entry.isEmpty()) {
            throw new AuditException("未知的数值名（unknown value）：" + asked + "。相近的有："
                    + String.join("、", CloseMatches.of(asked, registry.names(Category.VALUE, view)))
                    + "（全部键见 README 的“audit:value 的键”）");
        }
        FigureValues.Value value = Registry.compute(entry.get(), view, asked, TableOptions.none());
        List<String> lines = new ArrayList<>();
        lines.add("计算说明（audit:explain）：audit:value[" + asked + "]");
        if (value.explanation() == null) {
            lines.add(asked + " = " + FigureValues.format(value, null, view.formatter()));
            lines.add("这个数值没有记录来源（not traced）：它是计数或尚未记录来源的数值。有来源记录的数值："
                    + String.join("、", traced()));
            return lines;
        }
        lines.addAll(ExplanationText.lines(value.explanation(), view.formatter(), INDENT));
        if (value.incomplete() != null) {
            lines.add("注意：合计不完整（incomplete total）：" + value.incomplete());
        }
        return lines;
    }

    /**
     * The lines for a table cell: {@code 表:企业:列} or {@code 表:企业:行:列} ({@code 2-4:E03:天然气:折标准煤});
     * a row that is not an enterprise's (an option, a 3-1 item) is named by itself: {@code 2-18:F01:净现值NPV},
     * {@code 3-1:COD:方案实施后削减量}.
     */
    public List<String> cell(String address) {
        String asked = address.trim();
        List<String> parts = Arrays.stream(asked.split("[:：]")).map(String::trim).toList();
        if (parts.size() < 3 || parts.size() > 4 || parts.stream().anyMatch(String::isEmpty)) {
            throw new AuditException("单元格地址应为“表:企业:列”或“表:企业:行:列”（cell address），例如 2-4:E03:综合能耗，实为“"
                    + asked + "”");
        }
        String table = parts.get(0);
        TableRows rows = rows(table);
        String enterprise = parts.get(1);
        String label = parts.size() == 4 ? parts.get(2) : null;
        String column = parts.get(parts.size() - 1);
        List<TracedCell> cells = new ArrayList<>();
        rows.rows().stream().map(Row::traces).forEach(traces -> cells.addAll(traces.values()));
        List<TracedCell> found = cells.stream().filter(cell -> cell.names().contains(column) && (label != null
                ? isEnterprise(cell, enterprise) && label.equals(cell.label())
                : isEnterprise(cell, enterprise) || enterprise.equals(cell.label()))).toList();
        if (found.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            cells.forEach(cell -> cell.names().forEach(name -> known.add(table + ":"
                    + (cell.enterprise() == null ? "" : cell.enterprise() + ":")
                    + (cell.label() == null ? "" : cell.label() + ":") + name)));
            throw new AuditException("找不到有来源记录的单元格（unknown cell）：" + asked + (known.isEmpty()
                    ? "。表 " + table + " 的单元格尚未记录来源；有来源记录的表：" + String.join("、", tracedTables())
                    : "。相近的有：" + String.join("、", CloseMatches.of(asked, known))));
        }
        if (found.size() > 1) {
            throw new AuditException("单元格地址不唯一（ambiguous cell）：" + asked + " 可指："
                    + String.join("、", found.stream().map(cell -> table + ":" + cell.address()).toList())
                    + "；请写出行，如 " + table + ":" + found.get(0).address());
        }
        List<String> lines = new ArrayList<>();
        lines.add("计算说明（audit:explain）：" + table + ":" + found.get(0).address());
        lines.addAll(ExplanationText.lines(found.get(0).explanation(), view.formatter(), INDENT));
        return lines;
    }

    /** Whether the address's second part names the cell's enterprise, by id or by name. */
    private boolean isEnterprise(TracedCell cell, String enterprise) {
        return cell.enterprise() != null
                && (cell.enterprise().equals(enterprise) || view.name(cell.enterprise()).equals(enterprise));
    }

    private TableRows rows(String table) {
        Optional<Named<?>> entry = registry.find(Category.WORKSHEET, table).or(() -> registry.find(Category.TABLE, table));
        if (entry.isEmpty()) {
            Set<String> known = new LinkedHashSet<>(registry.names(Category.WORKSHEET));
            known.addAll(registry.names(Category.TABLE));
            throw new AuditException("未知的工作表或表格（unknown table）：" + table + "。相近的有："
                    + String.join("、", CloseMatches.of(table, known)));
        }
        return Registry.compute(entry.get(), view, table, TableOptions.none());
    }

    /** The value keys whose figures keep their sources. */
    private List<String> traced() {
        return registry.names(Category.VALUE, view).stream().filter(key -> {
            FigureValues.Value value = Registry.compute(registry.find(Category.VALUE, key, view).orElseThrow(), view, key,
                    TableOptions.none());
            return value.explanation() != null;
        }).toList();
    }

    /** The tables with at least one traced cell. */
    private List<String> tracedTables() {
        List<String> names = new ArrayList<>();
        for (String name : registry.names(Category.WORKSHEET)) {
            try {
                TableRows rows = Registry.compute(registry.find(Category.WORKSHEET, name).orElseThrow(), view, name,
                        TableOptions.none());
                if (rows.rows().stream().anyMatch(row -> !row.traces().isEmpty())) {
                    names.add(name);
                }
            } catch (RenderException e) {
                // a sheet this project's data cannot compute has no traced cell either
            }
        }
        return names;
    }
}
