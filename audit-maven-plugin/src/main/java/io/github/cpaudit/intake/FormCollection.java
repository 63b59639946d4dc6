package io.github.cpaudit.intake;

import io.github.cpaudit.PoiLogging;
import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.checklist.ChecklistCompleteness;
import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.IndustryCodes;
import io.github.cpaudit.data.ProjectTables;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.data.TableValidator;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.project.AuditProject;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code audit:collect}: every workbook of a folder read ({@link ReturnedWorkbook}), checked as the
 * data loader checks a table, and compared with the project's tables ({@link TableMerge}); the
 * summary comes first, and only an applied collection without problems writes {@code data/}.
 */
public final class FormCollection {

    /**
     * @param projectDir the audit project
     * @param fromDir    the folder of returned workbooks
     * @param apply      write the changes into {@code data/} (else only the summary)
     * @param overwrite  also replace values that differ from what {@code data/} holds
     */
    public record Request(Path projectDir, Path fromDir, boolean apply, boolean overwrite) {
    }

    /**
     * @param problems every problem, in the order of the workbooks
     * @param summary  what the collection adds or changes, table by table, for the log
     * @param written  the files written (none unless applied without problems)
     */
    public record Result(List<Problem> problems, List<String> summary, List<Path> written) {

        public boolean hasErrors() {
            return anyError(problems);
        }
    }

    /** A row of a returned workbook, checked, with the sheet it came from. */
    record Incoming(TypedTable.Row row, ReturnedWorkbook.SheetTable from) {
    }

    static {
        PoiLogging.quiet();
    }

    private final Schema schema = Schema.bundled();
    private final IndustryCodes codes = IndustryCodes.bundled();
    private final Checklist checklist = Checklist.bundled();

    public Result collect(Request request) {
        List<Path> files = workbooks(request.fromDir());
        if (files.isEmpty()) {
            throw new AuditException("文件夹中没有 .xlsx 工作簿（no workbooks）：" + request.fromDir()
                    + "，应为 audit:forms 生成、企业填写后返回的工作簿所在的文件夹（-Daudit.from=…）");
        }
        List<Problem> problems = new ArrayList<>();
        List<ReturnedWorkbook.Delivery> deliveries = read(request.fromDir(), files, problems);
        AuditProject project = AuditProject.load(request.projectDir());
        ProjectTables existing = project.tables();
        Map<String, List<Incoming>> incoming = checked(deliveries, project.data(), problems);
        checkEnterprises(existing, incoming, problems);
        TableMerge merge = new TableMerge(request.projectDir(), request.overwrite());
        List<String> summary = new ArrayList<>();
        summary.add("从 " + request.fromDir().getFileName() + "/ 读取 " + files.size() + " 个工作簿（"
                + deliveries.stream().filter(d -> d.enterprise().isPresent()).count() + " 家企业的采集表）：");
        List<TableMerge.Update> updates = new ArrayList<>();
        for (TableSpec table : schema.tables()) {
            List<Incoming> rows = incoming.getOrDefault(table.key(), List.of());
            if (!rows.isEmpty()) {
                merge.merge(table, existing.table(table.key()), rows, problems).ifPresent(update -> {
                    updates.add(update);
                    summary.addAll(update.summary());
                });
            }
        }
        List<Path> written = List.of();
        if (anyError(problems)) {
            summary.add("有 " + problems.size() + " 个问题，未写入任何文件：请按上面的位置改正工作簿后重新运行 audit:collect。");
        } else if (!request.apply()) {
            summary.add("未写入任何文件：确认无误后加 -Daudit.apply=true 写入 data/"
                    + (updates.stream().anyMatch(TableMerge.Update::hasConflicts)
                    ? "（与已有数据不同的值须再加 -Daudit.overwrite=true 才会覆盖）。" : "。"));
        } else {
            written = merge.write(updates);
            summary.add("已写入 " + written.size() + " 个文件：" + String.join("、",
                    written.stream().map(p -> request.projectDir().relativize(p).toString().replace('\\', '/')).toList()));
        }
        return new Result(List.copyOf(problems), List.copyOf(summary), written);
    }

    private static boolean anyError(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity().compareTo(Severity.ERROR) >= 0);
    }

    /** The .xlsx files of the folder and its subfolders, by path; Excel's and WPS's lock files left out. */
    private static List<Path> workbooks(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AuditException("找不到文件夹（no such folder）：" + dir + "，应为返回的采集工作簿所在的文件夹（-Daudit.from=…）");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith(".~"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbooks read two at a time (the machine's cores), their problems kept in file order. */
    private List<ReturnedWorkbook.Delivery> read(Path fromDir, List<Path> files, List<Problem> problems) {
        record Read(Optional<ReturnedWorkbook.Delivery> delivery, List<Problem> problems) {
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(files.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Read>> reads = new ArrayList<>();
            for (Path file : files) {
                String name = (fromDir.getFileName() + "/" + fromDir.relativize(file)).replace('\\', '/');
                reads.add(pool.submit(() -> {
                    DataProblems found = new DataProblems();
                    Optional<ReturnedWorkbook.Delivery> delivery = new ReturnedWorkbook(schema, found).read(file, name);
                    return new Read(delivery, found.list().stream()
                            .map(problem -> delivery.map(d -> d.placed(problem)).orElse(problem)).toList());
                }));
            }
            List<ReturnedWorkbook.Delivery> deliveries = new ArrayList<>();
            for (Future<Read> read : reads) {
                Read done = read.get();
                problems.addAll(done.problems());
                done.delivery().ifPresent(deliveries::add);
            }
            return deliveries;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException("audit:collect 被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each sheet's rows typed and checked as the data loader does; the rows by table key. */
    private Map<String, List<Incoming>> checked(List<ReturnedWorkbook.Delivery> deliveries, AuditData data,
            List<Problem> problems) {
        Map<String, List<Incoming>> byTable = new LinkedHashMap<>();
        for (ReturnedWorkbook.Delivery delivery : deliveries) {
            Map<String, ReturnedWorkbook.SheetTable> delivered = new LinkedHashMap<>();
            Set<String> statusGiven = new HashSet<>();
            for (ReturnedWorkbook.SheetTable sheet : delivery.tables()) {
                DataProblems found = new DataProblems();
                TypedTable typed = new TableValidator(codes, found).validate(sheet.table(), sheet.raw());
                found.list().stream().map(sheet::placed).forEach(problems::add);
                String idKey = FormLayout.enterpriseColumn(sheet.table()).key();
                for (TypedTable.Row row : typed.rows()) {
                    if (delivery.enterprise().isPresent() && !row.text(idKey).isEmpty()
                            && !row.text(idKey).equals(delivery.enterprise().get())) {
                        problems.add(sheet.placed(Problem.data(row.at(idKey), "other enterprise", "企业编号与本采集表不符",
                                delivery.enterprise().get() + "（本工作簿的企业）", row.text(idKey))));
                        continue;
                    }
                    byTable.computeIfAbsent(sheet.table().key(), k -> new ArrayList<>()).add(new Incoming(row, sheet));
                    if (sheet.table().key().equals(ChecklistStatuses.TABLE)) {
                        statusGiven.add(row.text("item"));
                    }
                }
                if (!typed.rows().isEmpty()) {
                    delivered.putIfAbsent(sheet.table().key(), sheet);
                }
            }
            delivery.enterprise().ifPresent(id -> deliveredItems(id, data, delivered, statusGiven, byTable));
        }
        return byTable;
    }

    /**
     * Appendix B: a data item whose table the workbook filled is 已提供, unless the instruction
     * sheet gives the item's status itself, or the item's condition does not hold for the
     * enterprise (a 自愿 enterprise's roster row does not provide 强制审核原因).
     */
    private void deliveredItems(String enterprise, AuditData data, Map<String, ReturnedWorkbook.SheetTable> delivered,
            Set<String> statusGiven, Map<String, List<Incoming>> byTable) {
        Optional<Enterprise> known = data.enterprises().stream().filter(e -> e.id().equals(enterprise)).findFirst();
        TableSpec statusTable = schema.table(ChecklistStatuses.TABLE).orElseThrow();
        Map<String, String> headers = new LinkedHashMap<>();
        statusTable.columns().forEach(c -> headers.put(c.key(), c.header()));
        for (Checklist.Item item : checklist.items()) {
            ReturnedWorkbook.SheetTable from = delivered.get(item.table());
            boolean concerns = item.condition() == null
                    || known.filter(e -> ChecklistCompleteness.requiredOf(item, e, data.options())).isPresent();
            if ("data".equals(item.kind()) && from != null && !statusGiven.contains(item.id()) && concerns) {
                TypedTable.Row row = new TypedTable.Row(from.raw().rows().get(0).source(),
                        Map.of("enterprise", enterprise, "item", item.id(), "status", ChecklistStatuses.PROVIDED), headers);
                byTable.computeIfAbsent(ChecklistStatuses.TABLE, k -> new ArrayList<>()).add(new Incoming(row, from));
            }
        }
    }

    /** Every enterprise id a row names is in the roster, the project's or the one collected. */
    private static void checkEnterprises(ProjectTables existing, Map<String, List<Incoming>> incoming, List<Problem> problems) {
        Set<String> roster = new HashSet<>();
        existing.table("roster").ifPresent(t -> t.rows().forEach(r -> roster.add(r.text("id"))));
        incoming.getOrDefault("roster", List.of()).forEach(r -> roster.add(r.row().text("id")));
        for (List<Incoming> rows : incoming.values()) {
            for (Incoming in : rows) {
                if (in.from().table().key().equals("roster")) {
                    continue;
                }
                String key = FormLayout.enterpriseColumn(in.from().table()).key();
                String id = in.row().text(key);
                if (!id.isEmpty() && !roster.contains(id)) {
                    problems.add(in.from().placed(Problem.data(in.row().at(key), "unknown enterprise", "企业名录中没有这个企业编号",
                            "企业名录（roster）中的编号，或在采集表的“企业名录”工作表中填写这家企业", id)));
                }
            }
        }
    }
}
