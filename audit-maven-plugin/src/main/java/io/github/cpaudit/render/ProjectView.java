package io.github.cpaudit.render;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.project.ProjectConfig;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project loaded and calculated once, as the document's tables and values read it: the data,
 * every computed figure, the one number formatter and the table templates.
 */
public final class ProjectView {

    private final AuditProject project;
    private final AuditResults results;
    private final FigureFormatter formatter;
    private final WorksheetCatalog catalog;
    private final TableTemplates templates;
    private final Path directory;
    private final Map<String, EnterpriseResult> byId = new LinkedHashMap<>();

    public ProjectView(AuditProject project, AuditResults results, WorksheetCatalog catalog, TableTemplates templates) {
        this(project, results, catalog, templates, null);
    }

    /** A view that knows the project's folder, for files the data name by convention (process diagrams). */
    public ProjectView(AuditProject project, AuditResults results, WorksheetCatalog catalog, TableTemplates templates,
            Path directory) {
        this.project = project;
        this.directory = directory;
        this.results = results;
        this.catalog = catalog;
        this.templates = templates;
        RoundingMode rounding = project.config().map(ProjectConfig::rounding).orElse(RoundingMode.HALF_EVEN);
        this.formatter = new FigureFormatter(rounding);
        results.enterprises().forEach(result -> byId.put(result.enterprise().id(), result));
    }

    /** Reads and calculates the project in {@code projectDir}; templates from {@code templatesDir} first. */
    public static ProjectView load(Path projectDir, Path templatesDir) {
        AuditProject project = AuditProject.load(projectDir);
        AuditResults results = AuditCalculation.withDefaults().compute(project.data());
        return new ProjectView(project, results, WorksheetCatalog.bundled(),
                new TableTemplates(new TemplateResolver(templatesDir)), projectDir.toAbsolutePath().normalize());
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

    public WorksheetCatalog catalog() {
        return catalog;
    }

    public TableTemplates templates() {
        return templates;
    }

    /** The project's folder, when the view was loaded from one. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    public Optional<ProjectConfig> config() {
        return project.config();
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

    /** A new row for an enterprise (or the industry when {@code enterpriseId} is null). */
    public Row row(String enterpriseId) {
        return new Row(enterpriseId, formatter);
    }
}
