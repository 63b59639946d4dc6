package io.github.cpaudit.assessment;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.StagedFiles;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 报送数据导出: writes the export tables of a project as one CSV file per table and one workbook
 * ({@value #WORKBOOK}) with a sheet per table. The files are written to a temporary folder and
 * moved into the output folder only when all were written; other files there stay.
 */
public final class AssessmentExport {

    /** The workbook's file name. */
    public static final String WORKBOOK = "assessment.xlsx";

    private static final StagedFiles.Wording WORDING =
            new StagedFiles.Wording("报送数据文件", "audit:export", "audit.export.outputDirectory");

    private final Consumer<String> log;

    /** @param log where the summary line goes (the Maven log's info) */
    public AssessmentExport(Consumer<String> log) {
        this.log = log;
    }

    /** Loads the project in {@code projectDir} and writes its export into {@code outputDir}. */
    public List<Path> export(Path projectDir, Path outputDir) {
        return export(projectDir, List.of(outputDir));
    }

    /**
     * Loads the project once and writes its export into each of {@code outputDirs} (one per package
     * published); returns the files written.
     */
    public List<Path> export(Path projectDir, List<Path> outputDirs) {
        ProjectView view = ProjectView.load(projectDir);
        List<Path> written = new ArrayList<>();
        for (Path outputDir : outputDirs) {
            List<Path> files = write(view, outputDir);
            written.addAll(files);
            log.accept("已导出报送数据（export）：" + view.enterprises().size() + " 家企业、" + view.results().options().size()
                    + " 项方案，" + files.size() + " 个文件，写入 " + ProjectPaths.relative(projectDir, outputDir));
        }
        int problems = view.project().problems().list().size() + view.results().refused().size();
        if (problems > 0) {
            log.accept("项目数据有 " + problems + " 处问题或未采用的行，导出的数字与报告一样不含它们（audit:check 列出每处位置）。");
        }
        return written;
    }

    /** Writes the export of a loaded project into {@code outputDir}; returns the files written. */
    public static List<Path> write(ProjectView view, Path outputDir) {
        List<ExportTable> tables = AssessmentTables.of(view);
        List<String> names = new ArrayList<>();
        try (StagedFiles staged = StagedFiles.create(outputDir, WORDING)) {
            try {
                for (ExportTable table : tables) {
                    CsvExport.write(table, staged.file(table.sheet().file()));
                    names.add(table.sheet().file());
                }
                XlsxExport.write(tables, staged.file(WORKBOOK));
                names.add(WORKBOOK);
            } catch (IOException e) {
                throw new AuditException("无法写入报送数据文件（output not writable）：" + outputDir + "：" + e.getMessage()
                        + "。未改动输出目录中的文件。");
            }
            return staged.commit(names);
        }
    }
}
