package io.github.cpaudit.tables;

import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.ExplanationText;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 数据来源与计算说明 ({@code audit-table::sources[]}): one row per computed worksheet whose data the
 * project has, with the data files it reads and their row counts, the formulas of its traced cells
 * and every coefficient they apply with its origin. In a document only the computed worksheets it
 * placed before the macro ({@link TableOptions#USED_WORKSHEETS}); {@code tables=2-4、2-8} names
 * others.
 */
final class SourcesSheet {

    private SourcesSheet() {
    }

    static TableRows rows(ProjectView view, TableOptions options) {
        // a document's own worksheets unless tables= names others; outside a document (or in one that
        // placed none before the macro), every computed worksheet with data
        Optional<Set<String>> wanted = options.get("tables").map(SourcesSheet::numbers);
        Optional<Set<String>> used = options.get(TableOptions.USED_WORKSHEETS).map(SourcesSheet::numbers);
        WorksheetCatalog catalog = WorksheetCatalog.bundled();
        List<Row> rows = new ArrayList<>();
        for (Named<TableRows> entry : ComputedTables.worksheets()) {
            if (!wanted.or(() -> used).map(numbers -> numbers.contains(entry.name())).orElse(true)) {
                continue;
            }
            Worksheet worksheet = catalog.find(entry.name()).orElseThrow();
            List<String> files = files(view, worksheet.reads());
            if (files.isEmpty()) {
                continue; // a worksheet without data (or of audit.yaml alone) has no source rows to name
            }
            Set<String> formulas = new LinkedHashSet<>();
            Map<String, Set<String>> families = new LinkedHashMap<>();
            for (Explanation explanation : explanations(view, entry)) {
                formulas.addAll(parts(explanation.formula()));
                explanation.coefficients().forEach(c -> {
                    String line = ExplanationText.coefficient(c, view.formatter());
                    families.computeIfAbsent(c.family().isEmpty() ? line : c.family(), key -> new LinkedHashSet<>())
                            .add(line);
                });
            }
            List<String> coefficients = new ArrayList<>();
            // a family of coefficients (the limits of one standard) is one line: a cell taller than a page fails the PDF
            families.forEach((family, lines) -> coefficients.add(lines.size() == 1 ? lines.iterator().next()
                    : family + "，共 " + lines.size() + " 项"));
            // each column split once; a column shorter than the others prints "—" on the later rows
            List<List<List<String>>> columns = List.of(chunks(files),
                    chunks(formulas.isEmpty() ? List.of("见表中各列") : List.copyOf(formulas)),
                    chunks(coefficients.isEmpty() ? List.of("—") : coefficients));
            int parts = columns.stream().mapToInt(List::size).max().orElse(1);
            for (int part = 0; part < parts; part++) {
                rows.add(Row.of(view, null).text("sheet", worksheet.ownTitle() + (part == 0 ? "" : "（续）"))
                        .lines("inputs", chunk(columns.get(0), part)).lines("formula", chunk(columns.get(1), part))
                        .lines("coefficients", chunk(columns.get(2), part)));
            }
        }
        if (wanted.isPresent()) {
            Set<String> unknown = new LinkedHashSet<>(wanted.get());
            ComputedTables.worksheets().forEach(entry -> unknown.remove(entry.name()));
            if (!unknown.isEmpty()) {
                throw new RenderException("tables= 中有不是计算工作表的编号（unknown worksheet）：" + String.join("、", unknown));
            }
        }
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of("项目数据（data）") : List.of(), Map.of());
    }

    /**
     * Printed lines a cell may take before the rest goes to a continuation row: Asciidoctor PDF fails
     * on a cell taller than a page (about 35 lines).
     */
    static final int PRINTED_LINES = 20;
    /** Chinese characters a printed line of the narrowest text column holds (6/19 of A4 at 10.5 pt), roughly. */
    private static final int LINE_WIDTH = 12;

    /** A formula's parts (at a top-level ；), so that parts several formulas share are listed once. */
    private static List<String> parts(String formula) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (c == '；' && depth == 0) {
                parts.add(formula.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(formula.substring(start));
        return parts.stream().map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    /** The lines split into groups of at most {@link #PRINTED_LINES} printed lines each. */
    private static List<List<String>> chunks(List<String> lines) {
        List<List<String>> chunks = new ArrayList<>(List.of(new ArrayList<>()));
        int printed = 0;
        for (String line : lines) {
            int height = printedLines(line);
            if (printed + height > PRINTED_LINES && !chunks.get(chunks.size() - 1).isEmpty()) {
                chunks.add(new ArrayList<>());
                printed = 0;
            }
            chunks.get(chunks.size() - 1).add(line);
            printed += height;
        }
        return chunks;
    }

    private static List<String> chunk(List<List<String>> chunks, int part) {
        return part < chunks.size() ? chunks.get(part) : List.of("—");
    }

    /** How many printed lines a text takes: a Chinese character is one unit, other characters half. */
    static int printedLines(String text) {
        double width = text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
        return Math.max(1, (int) Math.ceil(width / LINE_WIDTH));
    }

    /** {@code data/energy.csv（32 行）} for each data table the worksheet reads that the project has. */
    private static List<String> files(ProjectView view, List<String> reads) {
        List<String> files = new ArrayList<>();
        for (String key : reads) {
            if (Worksheet.READS_ALL_TABLES.equals(key)) {
                continue;
            }
            view.project().tables().table(key).filter(table -> !table.rows().isEmpty()).ifPresent(table -> files.add(
                    new Source(table.file(), table.sheet(), 0).format() + "（" + table.rows().size() + " 行）"));
        }
        return files;
    }

    /** The explanations the worksheet's cells carry; none when the worksheet cannot be computed. */
    private static List<Explanation> explanations(ProjectView view, Named<TableRows> entry) {
        try {
            TableRows computed = Registry.compute(entry, view, entry.name(), TableOptions.none());
            return computed.rows().stream().flatMap(row -> row.traces().values().stream())
                    .map(TracedCell::explanation).toList();
        } catch (RenderException e) {
            return List.of();
        }
    }

    private static Set<String> numbers(String option) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String number : option.split("[、,，]")) {
            if (!number.isBlank()) {
                numbers.add(number.trim());
            }
        }
        return numbers;
    }
}
