package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.IssueShare;
import io.github.cpaudit.calc.TargetResult;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.CommonIssue;
import io.github.cpaudit.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Phase 2 诊断审核, evaluation: the level (2-10, 2-11, in {@link LevelSheets}), common problems and
 * their causes (2-12, 2-13), the audit focus (2-14) and the targets (2-15).
 */
final class EvaluationSheets {

    /** The eight aspects of 2-13's columns (原辅材料和能源 … 员工) and their template keys. */
    private static final String ISSUES = "共性问题（issues）";

    private EvaluationSheets() {
    }


    /**
     * 2-12 行业共性问题识别: per problem its aspects, the distinct enterprises it affects, their share of
     * the enterprises audited (to 0.1 %) and their names.
     */
    static TableRows issues(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (IssueShare share : view.results().issues()) {
            CommonIssue issue = share.issue();
            List<String> names = new LinkedHashSet<>(issue.enterprises()).stream().map(view::name).toList();
            rows.add(Row.of(view, null).text("id", issue.id()).text("description", issue.description())
                    .text("aspects", String.join("、", issue.aspects())).count("count", share.affected())
                    .figure("share", share.share(), Kind.PERCENT).text("enterprises", NameList.of(names)));
        }
        return PreparationSheets.missingUnless(rows, ISSUES);
    }

    /** 2-13 问题原因分析: per problem the cause written for each of the eight aspects. */
    static TableRows causes(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (CommonIssue issue : view.project().data().issues()) {
            Row row = Row.of(view, null).text("issue", issue.id() + " " + issue.description());
            CommonIssue.ASPECTS.forEach((aspect, key) -> row.text(key, issue.causes().getOrDefault(aspect, "")));
            rows.add(row);
        }
        return PreparationSheets.missingUnless(rows, ISSUES);
    }

    /**
     * 2-14 审核重点确定（权重总和计分排序）: the factors with their weights, each candidate focus's
     * scores R and W×R, its 总分 and 排序; the columns follow the candidates of the data.
     */
    static TableRows focus(ProjectView view, TableOptions options) {
        return WeightedSums.byFactor(view, "2-14", WeightedSums.AUDIT_FOCUS, 2);
    }

    /**
     * 2-15 清洁生产目标: per target its baseline, near- and long-term targets, basis, the value after
     * implementation and 完成情况 (达到, or 未达到 with the gap in the target's unit).
     */
    static TableRows targets(ProjectView view, TableOptions options) {
        // a later round in the project's own data fills the values the targets table leaves blank
        List<RoundResults.TargetCheck> rounds = view.rounds()
                .filter(r -> r.rounds().before().data() == view.project().data())
                .map(RoundResults::targets).orElse(List.of());
        List<Row> rows = new ArrayList<>();
        List<TargetResult> results = view.results().targets();
        for (int i = 0; i < results.size(); i++) {
            TargetResult result = results.get(i);
            Target target = result.target();
            RoundResults.TargetCheck check = i < rounds.size() ? rounds.get(i) : null;
            boolean baseline = target.baseline() == null && check != null && check.before() != null;
            boolean achieved = target.achieved() == null && check != null && check.after() != null;
            Kind computed = check == null ? Kind.AS_GIVEN : check.kind();
            Row row = Row.of(view, null).text("indicator", target.indicator()).text("unit", target.unit())
                    .number("baseline", baseline ? check.before() : target.baseline(),
                            baseline ? computed : Kind.AS_GIVEN)
                    .number("near", target.nearTerm(), Kind.AS_GIVEN).number("long", target.longTerm(), Kind.AS_GIVEN)
                    .text("basis", target.basis())
                    .number("achieved", achieved ? check.after() : target.achieved(),
                            achieved ? computed : Kind.AS_GIVEN)
                    .text("status", achieved
                            ? RoundSheets.completion(view, check.nearTerm(), check.longTerm(), computed)
                            : RoundSheets.completion(view, result.nearTerm(), result.longTerm(), Kind.AS_GIVEN));
            if (baseline) {
                row.trace("baseline", target.indicator(), List.of("现状值"), check.beforeTrace());
            }
            if (achieved) {
                row.trace("achieved", target.indicator(), List.of("实施后值"), check.afterTrace());
            }
            rows.add(row);
        }
        return PreparationSheets.missingUnless(rows, "清洁生产目标（targets）");
    }

}
