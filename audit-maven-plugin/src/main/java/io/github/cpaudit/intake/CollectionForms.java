package io.github.cpaudit.intake;

import io.github.cpaudit.PoiLogging;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.StagedFiles;
import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.project.ProjectConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code audit:forms} without Maven: one collection workbook per enterprise of the roster
 * ({@code <id>-<企业名称>.xlsx}), and on request one for the whole roster ({@code 全部企业.xlsx}),
 * prefilled with what the project already has; written into a temporary folder and moved into
 * the output folder only when every workbook was written.
 */
public final class CollectionForms {

    static {
        PoiLogging.quiet();
    }

    /** Workbooks are written in parallel on this many threads: the machines are small, and POI's writing is CPU-bound. */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final int MAX_BLANK_ROWS = 5000;
    private static final StagedFiles.Wording WORDING =
            new StagedFiles.Wording("收集表", "audit:forms", "audit.forms.outputDirectory");

    /**
     * What to write.
     *
     * @param projectDir  the audit project folder
     * @param outputDir   where the workbooks go ({@code target/audit/forms})
     * @param blankRows   blank rows per table after the known ones
     * @param wholeRoster whether to write {@code 全部企业.xlsx} as well
     */
    public record Request(Path projectDir, Path outputDir, int blankRows, boolean wholeRoster) {
    }

    private final Consumer<String> log;

    /** @param log where progress is reported (a line per run) */
    public CollectionForms(Consumer<String> log) {
        this.log = log;
    }

    /** Writes the workbooks and returns them in the output folder, roster order, the whole-roster one last. */
    public List<Path> write(Request request) {
        if (request.blankRows() < 0 || request.blankRows() > MAX_BLANK_ROWS) {
            throw new AuditException("参数 audit.forms.rows 应为 0–" + MAX_BLANK_ROWS + " 之间的整数（每张表的空白行数），实为 "
                    + request.blankRows() + "。");
        }
        long start = System.nanoTime();
        AuditProject project = AuditProject.load(request.projectDir());
        List<Enterprise> enterprises = project.data().enterprises();
        if (enterprises.isEmpty()) {
            String reason = project.problems().list().isEmpty() ? ""
                    : "首个问题：" + project.problems().list().get(0).format() + "。";
            throw new AuditException("没有可生成收集表的企业（no enterprises）：企业名录（data/roster.csv 或 roster 工作表）为空或无法读取，"
                    + "或 audit.yaml 缺失。" + reason + "请先运行 audit:check 查看并改正。");
        }
        Schema schema = Schema.bundled();
        List<TableSpec> tables = FormLayout.enterpriseTables(schema);
        TableSpec statusTable = schema.table(ChecklistLines.STATUS_TABLE).orElseThrow();
        // the known statuses go into the instruction sheet's Appendix B list, not a sheet of their own
        List<TableSpec> knownTables = new ArrayList<>(tables);
        knownTables.add(statusTable);
        KnownRows known = new KnownRows(project.tables(), knownTables);
        ChecklistLines lines = new ChecklistLines(Checklist.bundled(), tables, project.data().options());
        List<String> ids = enterprises.stream().map(Enterprise::id).toList();
        FormWorkbook book = new FormWorkbook(tables, statusTable, request.blankRows(), ids);
        String returnTo = project.config().map(ProjectConfig::consultant).orElse(null);

        FormFileNames names = new FormFileNames();
        List<String> files = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Enterprise enterprise : enterprises) {
            String file = names.of(enterprise.id(), enterprise.name());
            files.add(file);
            jobs.add(new Job(file, () -> {
                Map<String, List<Map<String, Object>>> rows = known.of(enterprise.id());
                return new FormContent(enterprise.id(), enterprise.name(),
                        lines.of(enterprise, rows.getOrDefault(ChecklistLines.STATUS_TABLE, List.of())), rows, returnTo);
            }));
        }
        if (request.wholeRoster()) {
            files.add(FormFileNames.WHOLE_ROSTER);
            jobs.add(new Job(FormFileNames.WHOLE_ROSTER,
                    () -> new FormContent(null, null, lines.general(), known.all(), returnTo)));
        }

        double loaded = (System.nanoTime() - start) / 1e9;
        List<Path> written;
        try (StagedFiles staged = StagedFiles.create(request.outputDir(), WORDING)) {
            writeAll(jobs, book, staged);
            written = staged.commit(files);
        }
        log.accept(String.format(Locale.ROOT, "已生成资料收集表（forms）：%d 个工作簿，%d 家企业%s，写入 %s；读取项目 %.1f s，写工作簿 %.1f s",
                written.size(), enterprises.size(), request.wholeRoster() ? "（含全部企业汇总表）" : "",
                ProjectPaths.relative(request.projectDir(), request.outputDir()), loaded, (System.nanoTime() - start) / 1e9 - loaded));
        if (!project.problems().isEmpty()) {
            log.accept("项目数据有 " + project.problems().list().size()
                    + " 处问题：未通过检查的单元格在收集表中留空，请企业重新填写（audit:check 列出每处位置）。");
        }
        return written;
    }

    private record Job(String file, Supplier<FormContent> content) {
    }

    private static void writeAll(List<Job> jobs, FormWorkbook book, StagedFiles staged) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    book.write(job.content().get(), staged.file(job.file()));
                    return null;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof AuditException audit) {
                        throw audit;
                    }
                    throw new AuditException("无法写入收集表（form not written）：" + jobs.get(i).file() + "："
                            + (cause instanceof IOException ? cause.getMessage() : String.valueOf(cause))
                            + "。已有的收集表未改动。");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException("生成收集表时被中断（interrupted）；已有的收集表未改动。");
        } finally {
            pool.shutdownNow();
        }
    }
}
