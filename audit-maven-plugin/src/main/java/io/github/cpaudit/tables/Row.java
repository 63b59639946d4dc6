package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Figure;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a computed table as its template sees it: {@code $row.tce} is the cell's AsciiDoc,
 * already escaped (text from data prints literally) and already rounded (numbers per formulas.md
 * §8). The raw numbers are kept for sorting and for the totals row.
 */
public final class Row {

    private final String enterprise;
    private final FigureFormatter formatter;
    private final Map<String, String> cells = new HashMap<>();
    private final Map<String, BigDecimal> numbers = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();
    private final Set<String> alsoFor = new LinkedHashSet<>();
    private boolean subtotal;
    private final Set<String> missing = new LinkedHashSet<>();
    private final Map<String, TracedCell> traces = new java.util.LinkedHashMap<>();
    /** The cells that show a text (a value or a figure), not an open item or "—": only they can be marked. */
    private final Set<String> showsText = new java.util.HashSet<>();
    /** Traced cells as an HTML table prints them: the cell's text marked with the id of its details. */
    private final Map<String, String> references = new HashMap<>();

    /**
     * @param enterprise the enterprise id the row belongs to ({@code enterprise=} keeps it or not),
     *                   or {@code null} for a row of the whole industry
     */
    public Row(String enterprise, FigureFormatter formatter) {
        this.enterprise = enterprise;
        this.formatter = formatter;
    }

    /** A new row of the view's project for an enterprise (or the industry when {@code enterprise} is null). */
    public static Row of(ProjectView view, String enterprise) {
        return new Row(enterprise, view.formatter());
    }

    /** A text from data or from the engine, printed literally. */
    public Row text(String key, String value) {
        put(key, AsciidocText.cell(value), value);
        return this;
    }

    /** Texts from data or the engine, one a line in the cell (hard line breaks), each printed literally. */
    public Row lines(String key, List<String> values) {
        put(key, String.join(" +\n", values.stream().map(AsciidocText::cell).toList()), null);
        return this;
    }

    /** A number rounded as its kind asks; {@code null} prints as "—". */
    public Row number(String key, BigDecimal value, Kind kind) {
        if (value == null) {
            put(key, "—", null);
            return this;
        }
        String text = formatter.format(value, kind);
        put(key, text, text);
        numbers.put(key, value);
        kinds.put(key, kind);
        return this;
    }

    /** A figure: its rounded value, or "—" (or "无") with the reason kept out of the cell. */
    public Row figure(String key, Figure figure, Kind kind) {
        if (figure != null && figure.isAvailable()) {
            return number(key, figure.value(), kind);
        }
        put(key, figure == null ? "—" : formatter.format(figure, kind), null);
        return this;
    }

    /**
     * Data the cell needs are missing: it prints the draft's open-item marker ({@code 【待补充】…},
     * highlighted), never a number, and a totals row over this row is marked incomplete.
     */
    public Row open(String key, String what) {
        put(key, openItem(what), null);
        missing.add(what);
        return this;
    }

    /**
     * The cell's data were in a row a problem kept out: it prints the open-item marker, and the
     * note under the table names the row (the problem is logged at its cell, so no second warning).
     */
    public Row omitted(String key, String what) {
        put(key, openItem(what), null);
        return this;
    }

    /** The cell's AsciiDoc and, for a cell that may carry its 计算说明, the text it shows. */
    private void put(String key, String cell, String text) {
        cells.put(key, cell);
        if (text == null || text.isEmpty()) {
            showsText.remove(key);
        } else {
            showsText.add(key);
        }
    }

    /** The visible open-item marker of the draft, as inline AsciiDoc. */
    static String openItem(String what) {
        return "[.audit-open]#" + AsciidocText.inline("【待补充】" + what) + "#";
    }

    /**
     * How the cell {@code key} came about: {@code audit:explain -Daudit.cell=…}, the sources
     * attachment and the HTML's details read it; the cell's text does not change.
     *
     * @param label the row as an address names it (an energy type, 小计), or {@code null}
     * @param names the column names the address may use, the catalog's first (e.g. 折标准煤, 综合能耗)
     */
    public Row trace(String key, String label, List<String> names, Explanation explanation) {
        traces.put(key, new TracedCell(enterprise, label, names, explanation, true));
        return this;
    }

    /**
     * A traced cell whose row prints its whole calculation: audit:explain and the sources attachment
     * read it, the HTML shows no details on it (on 500 enterprises that spares ~2,000 of them).
     */
    public Row traceInRow(String key, String label, List<String> names, Explanation explanation) {
        traces.put(key, new TracedCell(enterprise, label, names, explanation, false));
        return this;
    }

    /** The traced cells of the row, by template key, in the order they were traced. */
    public Map<String, TracedCell> traces() {
        return java.util.Collections.unmodifiableMap(traces);
    }

    /** A whole number such as a count of enterprises. */
    public Row count(String key, long value) {
        return number(key, BigDecimal.valueOf(value), Kind.AS_GIVEN);
    }

    /** Marks the row as a subtotal: shown, but left out of the table's totals row. */
    public Row subtotal() {
        this.subtotal = true;
        return this;
    }

    /**
     * The row belongs to these enterprises as well (an option several enterprises carry out), so
     * that {@code enterprise=} keeps it for any of them.
     */
    public Row alsoFor(Collection<String> enterpriseIds) {
        alsoFor.addAll(enterpriseIds);
        return this;
    }

    /**
     * The cell's AsciiDoc for {@code $row.key}; an unknown key prints empty. A traced cell the
     * renderer marked prints its text in a phrase with the id of its 计算说明 (HTML only).
     */
    public String get(String key) {
        String reference = references.get(key);
        return reference != null ? reference : cells.getOrDefault(key, "");
    }

    /** Whether the cell shows a text: an open item or "—" keeps its plain cell. */
    boolean showsText(String key) {
        return showsText.contains(key);
    }

    /**
     * {@code $row.key} prints the cell's text as a phrase with the element id {@code id} and role
     * {@code audit-trace} ({@code [#audit-cell-7.audit-trace]##12.5##}): plain AsciiDoc that the
     * conversion turns into a span, with no extension to call per cell; the page's script finds the
     * details by the id. The text is the cell's own escaped AsciiDoc, which the marks cannot end.
     */
    void mark(String key, String id) {
        references.put(key, "[#" + id + ".audit-trace]##" + cells.getOrDefault(key, "") + "##");
    }

    String enterpriseId() {
        return enterprise;
    }

    /** Whether {@code enterprise=} with these ids keeps the row: industry rows are always kept. */
    boolean belongsTo(Set<String> enterpriseIds) {
        return enterprise == null || enterpriseIds.contains(enterprise)
                || alsoFor.stream().anyMatch(enterpriseIds::contains);
    }

    boolean subtotalRow() {
        return subtotal;
    }

    /** Whether a cell of the row is an open item (data missing). */
    boolean incompleteRow() {
        return !missing.isEmpty();
    }

    /** What the row's open cells miss, each once. */
    Set<String> missing() {
        return Set.copyOf(missing);
    }

    Optional<BigDecimal> numberOf(String key) {
        return Optional.ofNullable(numbers.get(key));
    }

    Optional<Kind> kindOf(String key) {
        return Optional.ofNullable(kinds.get(key));
    }

    /** The text of a cell for comparing, without the escaping wrapper. */
    String plain(String key) {
        String cell = cells.getOrDefault(key, "");
        return cell.startsWith("pass:c[") && cell.endsWith("]") ? cell.substring(7, cell.length() - 1) : cell;
    }
}
