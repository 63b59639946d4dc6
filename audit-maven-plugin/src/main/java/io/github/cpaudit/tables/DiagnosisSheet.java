package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Worksheet 3-2 企业清洁生产诊断表（一企一策）: one form per enterprise, one field per row
 * (栏目 | 内容), each row belonging to its enterprise so that {@code enterprise=} keeps one form;
 * {@code audit-enterprises::[]} prints it once per enterprise. The fields are the catalog's, in its
 * order; {@link DiagnosisFields} and {@link DiagnosisOptions} write
 * their contents.
 */
final class DiagnosisSheet {

    static final String NUMBER = "3-2";
    /** Where a project keeps an enterprise's process flow diagram, under its document folder. */
    static final String PROCESS_IMAGES = "src/docs/asciidoc/images/process";

    private DiagnosisSheet() {
    }


    /**
     * 3-2 企业清洁生产诊断表: for every enterprise of the roster, the catalog's eleven fields from
     * the data and the results; a field without content says 无 or why it is empty.
     */
    static TableRows sheet(ProjectView view, TableOptions options) {
        List<Worksheet.Column> fields = WorksheetCatalog.bundled().find(NUMBER).orElseThrow().columns();
        DiagnosisFields facts = new DiagnosisFields(view);
        DiagnosisOptions plans = new DiagnosisOptions(view);
        List<Function<Enterprise, String>> contents = List.of(facts::basics, facts::energy, facts::pollution,
                facts::hazards, facts::issues, facts::level, facts::gaps, plans::applicable, plans::implemented,
                plans::expected, enterprise -> diagram(view, enterprise));
        if (fields.size() != contents.size()) {
            throw new IllegalStateException("worksheet 3-2 has " + fields.size() + " fields in the catalog, "
                    + contents.size() + " here");
        }
        List<Row> rows = new ArrayList<>();
        for (Enterprise enterprise : selected(view, options)) {
            for (int i = 0; i < fields.size(); i++) {
                String content = contents.get(i).apply(enterprise);
                Row row = Row.of(view, enterprise.id()).text("field", fields.get(i).name());
                if (content.equals(DiagnosisFields.NO_ENERGY)) {
                    row.open("content", ProductionSheets.NO_ENERGY);
                } else if (content.equals(DiagnosisFields.ENERGY_NOT_USED)) {
                    row.omitted("content", ProductionSheets.ENERGY_NOT_USED);
                } else {
                    row.text("content", content);
                }
                rows.add(row);
            }
        }
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of("企业名录（roster）") : List.of(), Map.of());
    }

    /**
     * The enterprises whose forms are asked for: {@code enterprise=} (audit-enterprises::[] asks
     * for one at a time), else the roster. Writing all forms to keep one made a 500-enterprise
     * attachment quadratic.
     */
    private static List<Enterprise> selected(ProjectView view, TableOptions options) {
        Optional<Set<String>> ids = options.get("enterprise").map(option -> TableRenderer.enterpriseIds(view, option));
        return ids.map(wanted -> view.enterprises().stream().filter(e -> wanted.contains(e.id())).toList())
                .orElse(view.enterprises());
    }

    /** 见附图 when the project has the enterprise's diagram images/process/ID.png, else 未提供. */
    static String diagram(ProjectView view, Enterprise enterprise) {
        boolean present = view.directory().map(dir -> diagramPath(dir, enterprise.id())).filter(Files::isRegularFile)
                .isPresent();
        return present ? "见附图" : "未提供";
    }

    /** Where the project keeps an enterprise's process flow diagram. */
    static Path diagramPath(Path projectDir, String enterpriseId) {
        return projectDir.resolve(PROCESS_IMAGES).resolve(enterpriseId + ".png");
    }
}
