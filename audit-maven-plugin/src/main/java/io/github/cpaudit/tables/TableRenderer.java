package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.engine.OmittedRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Prints a computed table: its rows from the engine, restricted and sorted as the macro asks, a
 * totals row where columns add up, a notice row when its data are missing, through its template.
 */
public final class TableRenderer {

    /**
     * A printed table.
     *
     * @param asciidoc the table's AsciiDoc (from the template)
     * @param open     what is missing (a notice in draft, an error in final mode), empty when complete
     * @param details  the number of its cells' 计算说明 ({@link #details(int)}), 0 when no cell is marked
     */
    public record Rendered(String asciidoc, List<String> open, int details) { }

    /** The first part of a marked cell's element id ({@code audit-cell-7}). */
    private static final String CELL_ID = "audit-cell-";

    private final ProjectView view;
    private final Registry registry;
    private final TableTemplates templates;
    /**
     * Tables printed, by template and options: with the view and the templates fixed the same ask
     * prints the same text, for the HTML and the PDF of a publish and for every preview render until
     * data or templates change (then the session makes a new renderer).
     */
    private final Map<List<Object>, Rendered> printed = new ConcurrentHashMap<>();
    /** The marked cells of each table printed for HTML, by the table's number ({@link Rendered#details}). */
    private final Map<Integer, List<CellDetails.Cell>> markedByTable = new ConcurrentHashMap<>();
    /** Their 计算说明 as the page's data, made once per table. */
    private final Map<Integer, String> details = new ConcurrentHashMap<>();
    private final AtomicInteger markedTables = new AtomicInteger();
    private final AtomicInteger markedCells = new AtomicInteger();

    public TableRenderer(ProjectView view, Registry registry, TableTemplates templates) {
        this.view = view;
        this.registry = registry;
        this.templates = templates;
    }

    /** Worksheet {@code number} computed from data (template {@code worksheet-N-M.vm}), its cells not marked. */
    public Rendered worksheet(Worksheet worksheet, TableOptions options) {
        return worksheet(worksheet, options, false);
    }

    /**
     * Worksheet {@code number} computed from data; with {@code marked} (HTML) each traced cell that
     * shows a text carries the id of its 计算说明 ({@link #details(int)}).
     */
    public Rendered worksheet(Worksheet worksheet, TableOptions options, boolean marked) {
        return printed(List.of("worksheet", worksheet.number(), options, marked),
                () -> printWorksheet(worksheet, options, marked));
    }

    private Rendered printWorksheet(Worksheet worksheet, TableOptions options, boolean marked) {
        Named<?> source = registry.find(Category.WORKSHEET, worksheet.number()).orElseThrow(() -> new RenderException(
                "工作表" + worksheet.number() + "没有计算模板（not computed）：请用 worksheet::" + worksheet.number()
                        + "[form=blank] 插入空白表"));
        return print(worksheet.number(), "worksheet-" + worksheet.number() + ".vm", worksheet.cols(), header(worksheet),
                worksheet.columns().size(), Registry.compute(source, view, worksheet.number(), options), options,
                Map.of("worksheet", worksheet), marked);
    }

    /** Report table {@code name} (template {@code table-NAME.vm}), its cells not marked. */
    public Rendered table(String name, TableOptions options) {
        return table(name, options, false);
    }

    /** Report table {@code name}; {@code marked} as for {@link #worksheet(Worksheet, TableOptions, boolean)}. */
    public Rendered table(String name, TableOptions options, boolean marked) {
        return printed(List.of("table", name, options, marked), () -> print(name, "table-" + name + ".vm", null, null, 0,
                registry.compute(Category.TABLE, name, view, options), options, Map.of(), marked));
    }

    /** What a failed print threw is thrown again on the next ask: only printed tables are kept. */
    private Rendered printed(List<Object> key, Supplier<Rendered> print) {
        Rendered done = printed.get(key);
        if (done == null) {
            done = print.get();
            printed.put(key, done);
        }
        return done;
    }

    private Rendered print(String table, String template, String cols, String header, int span, TableRows computed,
            TableOptions options, Map<String, Object> more, boolean marked) {
        List<Row> rows = restrict(computed.rows(), options);
        int details = marked ? mark(table, rows) : 0;
        List<String> open = new ArrayList<>(computed.open());
        // a cell that shows an open item is a warning naming its enterprise (the macro adds the table)
        for (Row row : rows) {
            for (String what : new java.util.TreeSet<>(row.missing())) {
                String item = "缺少数据：" + (row.enterpriseId() == null ? ""
                        : row.enterpriseId() + " " + view.name(row.enterpriseId()) + " ") + what;
                if (!open.contains(item)) {
                    open.add(item);
                }
            }
        }
        String notice = null;
        if (rows.isEmpty()) {
            String what = computed.missing().isEmpty()
                    ? (options.get("enterprise").isPresent() ? "所选企业没有数据" : "没有数据")
                    : "缺少数据：" + String.join("、", computed.missing());
            open.add(what);
            notice = Row.openItem(what);
        }
        List<OmittedRow> omitted = omitted(computed.reads(), options);
        Map<String, Object> context = new HashMap<>(computed.extras());
        context.putAll(more);
        context.put("rows", rows);
        context.put("total", total(rows, computed.sums()));
        context.put("totalLabel", totalLabel(omitted, rows));
        context.put("notice", notice);
        context.put("options", options.values());
        if (cols != null) {
            // a table whose columns follow the data (SheetColumns) brings its own
            context.putIfAbsent("cols", cols);
            context.putIfAbsent("header", header);
            context.putIfAbsent("span", span);
        }
        StringBuilder asciidoc = new StringBuilder(templates.render(template, context));
        // under the table, whatever its template: a row the figures lost is never silent
        for (OmittedRow row : omitted) {
            asciidoc.append(asciidoc.isEmpty() || asciidoc.charAt(asciidoc.length() - 1) == '\n' ? "" : "\n")
                    .append("\n").append(Row.openItem(row.note())).append("\n");
        }
        return new Rendered(asciidoc.toString(), List.copyOf(open), details);
    }

    /**
     * Marks each traced cell that shows a text with an element id, keeping the cells for their
     * 计算说明; the table's number, or 0 when it has no such cell.
     */
    private int mark(String table, List<Row> rows) {
        List<CellDetails.Cell> cells = new ArrayList<>();
        for (Row row : rows) {
            row.traces().forEach((key, cell) -> {
                if (cell.hover() && row.showsText(key)) {
                    String id = CELL_ID + markedCells.incrementAndGet();
                    cells.add(new CellDetails.Cell(id, table, cell));
                    row.mark(key, id);
                }
            });
        }
        if (cells.isEmpty()) {
            return 0;
        }
        int number = markedTables.incrementAndGet();
        markedByTable.put(number, List.copyOf(cells));
        return number;
    }

    /**
     * The 计算说明 of a table's marked cells as the HTML page's data (a JSON object, see
     * {@link CellDetails}), made on the first ask; empty for a number this renderer did not give.
     */
    public String details(int table) {
        List<CellDetails.Cell> cells = markedByTable.get(table);
        return cells == null ? "" : details.computeIfAbsent(table, n -> CellDetails.json(cells, view.formatter()));
    }

    /**
     * 合计, or 合计（不完整，…） when rows of the data were left out or rows shown miss data: a
     * total is never silently short.
     */
    static String totalLabel(List<OmittedRow> omitted, List<Row> rows) {
        long uncounted = omitted.stream().filter(row -> !row.counted()).count();
        long open = rows.stream().filter(Row::incompleteRow).count();
        List<String> why = new ArrayList<>();
        if (uncounted > 0) {
            why.add("缺 " + uncounted + " 行");
        }
        if (open > 0) {
            why.add(open + " 行缺数据");
        }
        if (why.isEmpty()) {
            return omitted.isEmpty() ? "合计" : "合计（不完整）";
        }
        return "合计（不完整，" + String.join("，", why) + "）";
    }

    /** The rows of the tables read that a problem kept out, of the enterprises shown. */
    private List<OmittedRow> omitted(List<String> reads, TableOptions options) {
        if (reads.isEmpty()) {
            return List.of();
        }
        List<String> tables = reads.contains(Worksheet.READS_ALL_TABLES)
                ? List.copyOf(view.project().tables().tables().keySet()) : reads;
        List<OmittedRow> omitted = new ArrayList<>(view.omittedRows(tables));
        Optional<String> enterprise = options.get("enterprise");
        if (enterprise.isPresent()) {
            Set<String> ids = enterpriseIds(view, enterprise.get());
            omitted.removeIf(row -> row.enterprise() != null && !ids.contains(row.enterprise()));
        }
        return omitted;
    }

    /** The header row of a worksheet: one cell per column of the catalog, units in parentheses. */
    static String header(Worksheet worksheet) {
        StringBuilder line = new StringBuilder();
        for (Worksheet.Column column : worksheet.columns()) {
            line.append(line.length() == 0 ? "|" : " |").append(column.header());
        }
        return line.toString();
    }

    private List<Row> restrict(List<Row> rows, TableOptions options) {
        List<Row> kept = new ArrayList<>(rows);
        Optional<String> enterprise = options.get("enterprise");
        if (enterprise.isPresent()) {
            Set<String> ids = enterpriseIds(view, enterprise.get());
            kept.removeIf(row -> !row.belongsTo(ids));
        }
        Optional<String> sort = options.get("sort");
        if (sort.isPresent()) {
            boolean descending = sort.get().startsWith("-");
            String key = descending ? sort.get().substring(1) : sort.get();
            Comparator<Row> order = Comparator.comparing((Row row) -> row.numberOf(key).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            order = order.thenComparing(row -> row.plain(key));
            kept.sort(descending ? order.reversed() : order);
        }
        Optional<Integer> top = options.count("top");
        if (top.isPresent()) {
            int n = top.get();
            if (kept.size() > n) {
                kept = new ArrayList<>(kept.subList(0, n));
            }
        }
        return kept;
    }

    /** The ids {@code enterprise=} names (ids or names, separated by 、 or ,), in its order. */
    static Set<String> enterpriseIds(ProjectView view, String option) {
        Set<String> ids = new LinkedHashSet<>();
        for (String wanted : option.split("[、,，]")) {
            String key = wanted.trim();
            Optional<Enterprise> found = view.enterprises().stream()
                    .filter(e -> e.id().equals(key) || e.name().equals(key)).findFirst();
            ids.add(found.map(Enterprise::id).orElseThrow(() -> new RenderException(
                    "enterprise= 指定的企业不在企业名录中（unknown enterprise）：“" + key + "”")));
        }
        return ids;
    }

    /** The totals row: the sum of each summing column over the rows shown (subtotals left out). */
    private Row total(List<Row> rows, List<String> sums) {
        List<Row> counted = rows.stream().filter(row -> !row.subtotalRow()).toList();
        if (sums.isEmpty() || counted.size() < 2) {
            return null;
        }
        Row total = Row.of(view, null);
        for (String key : sums) {
            BigDecimal sum = BigDecimal.ZERO;
            Kind kind = Kind.AS_GIVEN;
            boolean any = false;
            for (Row row : counted) {
                Optional<BigDecimal> value = row.numberOf(key);
                if (value.isPresent()) {
                    sum = sum.add(value.get());
                    kind = row.kindOf(key).orElse(kind);
                    any = true;
                }
            }
            total.number(key, any ? sum : null, kind);
        }
        return total;
    }
}
