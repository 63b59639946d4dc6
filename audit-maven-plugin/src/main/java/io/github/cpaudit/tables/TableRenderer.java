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
     */
    public record Rendered(String asciidoc, List<String> open) { }

    /**
     * A traced cell as printed: its table ({@code 2-4}, {@code carbon}), the text it shows (not
     * escaped) and how it came about.
     */
    public record PrintedTrace(String table, String text, TracedCell cell) { }

    /** The inline macro a traced cell prints as ({@code audit-cell:7[]}): the conversion resolves it. */
    public static final String CELL_MACRO = "audit-cell";

    private final ProjectView view;
    private final Registry registry;
    private final TableTemplates templates;
    /**
     * Tables printed, by template and options: with the view and the templates fixed the same ask
     * prints the same text, for the HTML and the PDF of a publish and for every preview render until
     * data or templates change (then the session makes a new renderer).
     */
    private final Map<List<Object>, Rendered> printed = new ConcurrentHashMap<>();
    /** The traced cells of the tables printed, by the number their reference carries. */
    private final Map<String, PrintedTrace> traced = new ConcurrentHashMap<>();
    private final AtomicInteger tracedCount = new AtomicInteger();

    public TableRenderer(ProjectView view, Registry registry, TableTemplates templates) {
        this.view = view;
        this.registry = registry;
        this.templates = templates;
    }

    /** Worksheet {@code number} computed from data (template {@code worksheet-N-M.vm}). */
    public Rendered worksheet(Worksheet worksheet, TableOptions options) {
        return printed(List.of("worksheet", worksheet.number(), options), () -> printWorksheet(worksheet, options));
    }

    private Rendered printWorksheet(Worksheet worksheet, TableOptions options) {
        Named<?> source = registry.find(Category.WORKSHEET, worksheet.number()).orElseThrow(() -> new RenderException(
                "工作表" + worksheet.number() + "没有计算模板（not computed）：请用 worksheet::" + worksheet.number()
                        + "[form=blank] 插入空白表"));
        return print(worksheet.number(), "worksheet-" + worksheet.number() + ".vm", worksheet.cols(), header(worksheet),
                worksheet.columns().size(), Registry.compute(source, view, worksheet.number(), options), options,
                Map.of("worksheet", worksheet));
    }

    /** Report table {@code name} (template {@code table-NAME.vm}). */
    public Rendered table(String name, TableOptions options) {
        return printed(List.of("table", name, options), () -> print(name, "table-" + name + ".vm", null, null, 0,
                registry.compute(Category.TABLE, name, view, options), options, Map.of()));
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
            TableOptions options, Map<String, Object> more) {
        List<Row> rows = restrict(computed.rows(), options);
        refer(table, rows);
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
        return new Rendered(asciidoc.toString(), List.copyOf(open));
    }

    /** A traced cell that shows a text prints as a reference to it, kept here for the conversion. */
    private void refer(String table, List<Row> rows) {
        for (Row row : rows) {
            row.traces().forEach((key, cell) -> row.shown(key).filter(text -> cell.hover()).ifPresent(text -> {
                String id = String.valueOf(tracedCount.incrementAndGet());
                traced.put(id, new PrintedTrace(table, text, cell));
                row.refer(key, CELL_MACRO + ":" + id + "[]");
            }));
        }
    }

    /** The traced cell a printed reference names ({@code 7} of {@code audit-cell:7[]}). */
    public Optional<PrintedTrace> traced(String id) {
        return Optional.ofNullable(traced.get(id));
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
