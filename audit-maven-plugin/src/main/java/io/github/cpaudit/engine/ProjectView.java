package io.github.cpaudit.engine;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.calc.ReviewFindings;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.project.ProjectConfig;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project loaded and calculated once, as the document's tables and values read it: the data,
 * every computed figure and the one number formatter.
 */
public final class ProjectView {

    private final AuditProject project;
    private final AuditResults results;
    private final FigureFormatter formatter;
    private final Path directory;
    private final Map<String, EnterpriseResult> byId = new LinkedHashMap<>();

    public ProjectView(AuditProject project, AuditResults results) {
        this(project, results, null);
    }

    /** A view that knows the project's folder, for files the data name by convention (process diagrams). */
    public ProjectView(AuditProject project, AuditResults results, Path directory) {
        this.project = project;
        this.directory = directory;
        this.results = results;
        RoundingMode rounding = project.config().map(ProjectConfig::rounding).orElse(RoundingMode.HALF_EVEN);
        this.formatter = new FigureFormatter(rounding);
        results.enterprises().forEach(result -> byId.put(result.enterprise().id(), result));
    }

    /** Reads and calculates the project in {@code projectDir}. */
    public static ProjectView load(Path projectDir) {
        AuditProject project = AuditProject.load(projectDir);
        AuditResults results = AuditCalculation.withDefaults().compute(project.data());
        return new ProjectView(project, results, projectDir.toAbsolutePath().normalize());
    }

    public AuditProject project() {
        return project;
    }

    public AuditResults results() {
        return results;
    }

    public FigureFormatter formatter() {
        return formatter;
    }

    /** The project's folder, when the view was loaded from one. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    public Optional<ProjectConfig> config() {
        return project.config();
    }

    /**
     * The rows of data table {@code key} as written, for the columns sheets print as written (the
     * roster's administrative columns, activities, management, effect texts); none when the project
     * has no such table.
     */
    public List<WrittenRow> written(String key) {
        return project.data().written(key);
    }

    /**
     * The checked rows of the Appendix B status table with their cells' headers, so that a gap is
     * reported at the cell the writer typed; none when the project has no such table.
     */
    public List<TypedTable.Row> rawRows(String key) {
        return project.tables().table(key).map(TypedTable::rows).orElse(List.of());
    }

    /**
     * The names of the enterprises at each level, every level of the indicator system first (best
     * first, empty ones too), then any other level the evaluation gave; enterprises not evaluated
     * are left out. The level table, the level chart and the level values show the same counts.
     */
    public Map<String, List<String>> enterprisesByLevel() {
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        project.system().ifPresent(file -> file.system().levelNames().forEach(name -> byLevel.put(name, new ArrayList<>())));
        for (EnterpriseResult result : results.enterprises()) {
            if (result.level() != null && result.level().level() != null) {
                byLevel.computeIfAbsent(result.level().level(), k -> new ArrayList<>()).add(result.enterprise().name());
            }
        }
        return byLevel;
    }

    /** What a reviewer must not miss (淘汰类, 超许可, 超能耗限额, 平衡偏差超限), for the findings table and audit:check. */
    public List<ReviewFinding> findings() {
        return ReviewFindings.of(project.data(), results, formatter);
    }

    /** The enterprises in roster order. */
    public List<Enterprise> enterprises() {
        return project.data().enterprises();
    }

    public Optional<EnterpriseResult> enterprise(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The enterprise's name for a table cell, or its id when the roster does not know it. */
    public String name(String enterpriseId) {
        EnterpriseResult result = byId.get(enterpriseId);
        return result == null ? enterpriseId : result.enterprise().name();
    }
}
