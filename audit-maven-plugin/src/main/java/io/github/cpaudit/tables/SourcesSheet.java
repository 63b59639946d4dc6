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
            Set<String> coefficients = new LinkedHashSet<>();
            for (Explanation explanation : explanations(view, entry)) {
                formulas.add(explanation.formula());
                explanation.coefficients()
                        .forEach(c -> coefficients.add(ExplanationText.coefficient(c, view.formatter())));
            }
            rows.add(Row.of(view, null).text("sheet", worksheet.ownTitle()).lines("inputs", files)
                    .lines("formula", formulas.isEmpty() ? List.of("见表中各列") : List.copyOf(formulas))
                    .lines("coefficients", coefficients.isEmpty() ? List.of("—") : List.copyOf(coefficients)));
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
