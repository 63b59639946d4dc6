package io.github.cpaudit.check;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.problem.Kind;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.asciidoc.OpenItems;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.checklist.ChecklistCompleteness;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.publish.DocumentScan;
import io.github.cpaudit.publish.PublishLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code audit:check} without Maven: reads and calculates the project's data, checks Appendix B
 * completeness per enterprise, collects the findings, and converts the document in memory to find
 * its open items; then prints the summary, writes {@code check.json} and fails when the mode says
 * so. Nothing else is written.
 */
public final class ProjectCheck {

    private final PublishLog log;

    public ProjectCheck(PublishLog log) {
        this.log = log;
    }

    /**
     * Checks, prints the summary, writes {@code check.json}, and fails (after writing it) in final
     * mode when anything is open, and in any mode when the document itself has errors (a broken
     * include hides whole chapters from the check, as it fails {@code audit:report}).
     */
    public CheckReport run(CheckRequest request) {
        CheckReport report = check(request);
        CheckSummary.print(report, log);
        Path json = CheckJson.write(report, request.outputDir());
        log.info("检查结果已写入（written）：" + ProjectPaths.relative(request.projectDir(), json));
        if (report.mode() == AuditMode.FINAL && report.open() > 0) {
            throw new AuditException("审核检查未通过（check failed）：定稿模式（final）下仍有 " + report.open()
                    + " 项未完成：" + counts(report) + "。逐条位置见上方日志和 "
                    + ProjectPaths.relative(request.projectDir(), json) + "；改正后重新运行 audit:check。");
        }
        if (!report.documentErrors().isEmpty()) {
            throw new AuditException("审核检查未通过（check failed）：报告文档本身有 " + report.documentErrors().size()
                    + " 处错误（document errors），例如 " + report.documentErrors().get(0).format()
                    + "。这类错误在草稿模式下也使 audit:report 失败，且可能使整章内容未被检查；改正后重新运行 audit:check。");
        }
        return report;
    }

    /** What is open and what was found; prints nothing but the phases' timings, writes nothing. */
    public CheckReport check(CheckRequest request) {
        long start = System.nanoTime();
        // nothing is rendered here: the toolkit's templates are enough
        ProjectView view = ProjectView.load(request.projectDir());
        ChecklistCompleteness completeness = new ChecklistCompleteness(view, Checklist.bundled());
        List<Problem> data = new ArrayList<>(view.project().problems().list());
        for (Problem refused : view.results().refused()) {
            data.add(new Problem(refused.kind(), refused.severity(), refused.location(), refused.key(),
                    "数据未采用（refused input）：" + refused.message()));
        }
        data.addAll(completeness.unknownItems());
        List<ChecklistGap> gaps = completeness.gaps();
        Map<String, String> enterprises = new LinkedHashMap<>();
        for (Enterprise enterprise : view.enterprises()) {
            enterprises.put(enterprise.id(), enterprise.name());
        }
        log.info(String.format(Locale.ROOT, "检查项目数据与资料清单（data, Appendix B）：%d 家企业，%.1f s",
                enterprises.size(), seconds(start)));

        start = System.nanoTime();
        Map<String, String> attributes = new LinkedHashMap<>(request.attributes());
        attributes.put(AuditMode.ATTRIBUTE, request.mode().key());
        List<Problem> openItems = new ArrayList<>();
        List<Problem> documentProblems = new ArrayList<>();
        for (Problem problem : new DocumentScan(log).scan(request.projectDir(), request.sourceDir(),
                request.masterDocument(), attributes)) {
            if (problem.kind() != Kind.OPEN_ITEM) {
                documentProblems.add(problem);
            } else if (!OpenItems.DATA_KEYS.contains(problem.key())
                    && !problem.message().startsWith(ChecklistGap.OPEN_ITEM)) {
                // the document repeats the data problems without a place, and a table may show the
                // checklist gaps (audit-table::evidence[]): they are listed above at their cells
                openItems.add(problem);
            }
        }
        openItems.sort(Problem.BY_PLACE);
        documentProblems.sort(Problem.BY_PLACE);
        log.info(String.format(Locale.ROOT, "检查报告文档（document, HTML in memory）：%.1f s", seconds(start)));
        return new CheckReport(request.mode(), enterprises, data, gaps, openItems, documentProblems,
                view.findings());
    }

    private static String counts(CheckReport report) {
        List<String> parts = new ArrayList<>();
        part(parts, report.dataProblems().size(), CheckSummary.DATA);
        if (!report.checklistGaps().isEmpty()) {
            parts.add(CheckSummary.CHECKLIST + " " + report.checklistGaps().size() + " 项（"
                    + report.enterprisesWithGaps() + " 家企业）");
        }
        part(parts, report.openItems().size(), CheckSummary.OPEN_ITEMS);
        part(parts, report.documentProblems().size(), CheckSummary.DOCUMENT);
        return String.join("，", parts);
    }

    private static void part(List<String> parts, int count, String label) {
        if (count > 0) {
            parts.add(label + " " + count + " 处");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
