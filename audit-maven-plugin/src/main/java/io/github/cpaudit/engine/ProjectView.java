package io.github.cpaudit.engine;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.calc.ReviewFindings;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.problem.Kind;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.project.ProjectConfig;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    private final Optional<RoundResults> rounds;
    /** The rows problems kept out of the figures, by data table; computed on first use. */
    private Map<String, List<OmittedRow>> omitted;

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
        // before anything reports the data problems: the comparison adds its own
        this.rounds = ProjectRounds.of(project, results);
    }

    /** The two audit rounds compared, when {@code audit.yaml} names them. */
    public Optional<RoundResults> rounds() {
        return rounds;
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
     * first, empty ones too: its benchmark levels, the levels of its rules, and the level below all
     * of them, e.g. 未达到Ⅲ级), then any other level the evaluation gave; enterprises not evaluated
     * are left out. The level table, the level chart and the level values show the same counts,
     * and {@code audit:value[levels.未达到Ⅲ级.count]} exists whether or not an enterprise is there.
     */
    public Map<String, List<String>> enterprisesByLevel() {
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        project.system().map(file -> file.system()).ifPresent(system -> {
            system.levelNames().forEach(name -> byLevel.put(name, new ArrayList<>()));
            system.rules().rules().forEach(rule -> byLevel.putIfAbsent(rule.name(), new ArrayList<>()));
            if (system.rules().belowAll() != null && !system.rules().belowAll().isEmpty()) {
                byLevel.putIfAbsent(system.rules().belowAll(), new ArrayList<>());
            }
        });
        for (EnterpriseResult result : results.enterprises()) {
            if (result.level() != null && result.level().level() != null) {
                byLevel.computeIfAbsent(result.level().level(), k -> new ArrayList<>()).add(result.enterprise().name());
            }
        }
        return byLevel;
    }

    /**
     * The rows of these data tables that a data problem or a refusal kept out of the figures (or
     * partly out: a problem in an optional cell), in reading order, one entry a row; rows of
     * another year than the baseline are not the figures' and are left out.
     */
    public List<OmittedRow> omittedRows(Collection<String> tableKeys) {
        Map<String, List<OmittedRow>> byTable = omittedByTable();
        return tableKeys.stream().flatMap(key -> byTable.getOrDefault(key, List.of()).stream()).toList();
    }

    /** Computed once: every table's omitted rows, by table key, in row order. */
    private synchronized Map<String, List<OmittedRow>> omittedByTable() {
        if (omitted != null) {
            return omitted;
        }
        List<Problem> problems = new ArrayList<>();
        project.problems().list().stream().filter(p -> p.kind() == Kind.DATA).forEach(problems::add);
        problems.addAll(results.refused());
        Map<String, List<OmittedRow>> byTable = new HashMap<>();
        project.tables().tables().forEach((key, table) -> {
            Map<Integer, TypedTable.Row> rows = new HashMap<>();
            table.rows().forEach(row -> rows.put(row.source().row(), row));
            Optional<String> sheet = Optional.ofNullable(table.sheet()).filter(name -> !name.isEmpty());
            Map<Integer, List<Problem>> byRow = new TreeMap<>();
            for (Problem problem : problems) {
                if (problem.location() instanceof Location.Cell cell && cell.path().equals(table.file())
                        && cell.sheet().equals(sheet) && rows.containsKey(cell.row())
                        && rows.get(cell.row()).get("year", Integer.class)
                                .map(year -> year == project.data().baselineYear()).orElse(true)) {
                    byRow.computeIfAbsent(cell.row(), k -> new ArrayList<>()).add(problem);
                }
            }
            if (!byRow.isEmpty()) {
                byTable.put(key, byRow.entrySet().stream()
                        .map(entry -> omitted(table, rows.get(entry.getKey()), entry.getValue())).toList());
            }
        });
        omitted = Map.copyOf(byTable);
        return omitted;
    }

    private static OmittedRow omitted(TypedTable table, TypedTable.Row row, List<Problem> found) {
        Map<String, String> keyOf = new HashMap<>();
        row.headers().forEach((key, header) -> keyOf.put(header, key));
        // a row still counts when every problem is in a cell the row can do without
        boolean counted = found.stream().allMatch(problem -> problem.kind() == Kind.DATA
                && problem.location() instanceof Location.Cell cell && cell.column()
                        .map(keyOf::get).flatMap(table.spec()::column).map(column -> !column.required()).orElse(false));
        List<String> label = new ArrayList<>();
        row.get("enterprise", String.class).ifPresent(label::add);
        table.spec().unique().stream().filter(key -> !key.equals("enterprise") && !key.equals("year"))
                .map(row::text).filter(text -> !text.isEmpty()).forEach(label::add);
        String why = String.join("；", found.stream().map(ProjectView::inRow).distinct().toList());
        return new OmittedRow(table.spec().name(), row.source(), row.get("enterprise", String.class).orElse(null),
                String.join(" ", label), counted, why);
    }

    /** A problem as said of its row: the column first, where there is one (列“单位”…). */
    private static String inRow(Problem problem) {
        String column = problem.location() instanceof Location.Cell cell
                ? cell.column().map(name -> "列“" + name + "”：").orElse("") : "";
        return column + problem.message();
    }

    /**
     * Whether {@code audit.yaml} names an indicator system that could not be read (its problems are
     * the data problems): what depends on its levels is then missing, not unknown.
     */
    public boolean indicatorSystemUnreadable() {
        return project.system().isEmpty() && project.config().map(c -> c.indicatorSystem() != null).orElse(false);
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
