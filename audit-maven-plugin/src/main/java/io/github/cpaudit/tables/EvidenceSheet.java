package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.checklist.ChecklistCompleteness;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code audit-table::evidence[]} 验收证明材料清单: per enterprise (roster order) the Appendix B
 * items the checklist marks as evidence for 评估/验收 ({@link Checklist#evidence()}), with whether the
 * enterprise must hand each in and what the {@code checklist_status} table says of it. What is
 * missing is exactly {@link ChecklistCompleteness#gaps()}, the gaps {@code audit:check} reports: each
 * is a visible open item of the table (an error in final mode).
 */
final class EvidenceSheet {

    private EvidenceSheet() {
    }

    /**
     * The rows: every evidence item required of the enterprise, and an item it need not hand in only
     * when it handed it in (a 条件必需 item whose condition does not hold is no proof to ask for).
     * {@code $summary} counts the enterprises shown and their missing items.
     */
    static TableRows rows(ProjectView view, TableOptions options) {
        Checklist checklist = Checklist.bundled();
        ChecklistStatuses statuses = ChecklistStatuses.read(view, checklist);
        if (statuses.isEmpty()) {
            return new TableRows(List.of(), List.of(), List.of(ChecklistStatuses.TABLE_NAME), Map.of());
        }
        Map<List<String>, ChecklistGap> gaps = new HashMap<>();
        for (ChecklistGap gap : new ChecklistCompleteness(view, checklist).gaps()) {
            gaps.put(List.of(gap.enterprise(), gap.item().id()), gap);
        }
        Optional<Set<String>> chosen = options.get("enterprise").map(option -> TableRenderer.enterpriseIds(view, option));
        List<Enterprise> shown = view.enterprises().stream()
                .filter(e -> chosen.map(ids -> ids.contains(e.id())).orElse(true)).toList();
        List<Option> projectOptions = view.project().data().options();
        List<Row> rows = new ArrayList<>();
        List<String> open = new ArrayList<>();
        long lacking = 0;
        for (Enterprise enterprise : shown) {
            boolean any = false;
            for (Checklist.Item item : checklist.evidence()) {
                boolean required = ChecklistCompleteness.requiredOf(item, enterprise, projectOptions);
                Optional<ChecklistStatuses.Status> status = statuses.find(enterprise.id(), item.id());
                if (!required && !status.map(ChecklistStatuses.Status::provided).orElse(false)) {
                    continue;
                }
                Row row = Row.of(view, enterprise.id()).text("enterprise", enterprise.name())
                        .text("item", item.id() + " " + item.item()).text("required", required(item, required))
                        .text("date", status.map(s -> s.row().text("date")).orElse(""))
                        .text("remark", status.filter(s -> !s.notApplicable()).map(ChecklistStatuses.Status::remark)
                                .orElse(""));
                ChecklistGap gap = gaps.get(List.of(enterprise.id(), item.id()));
                if (gap != null) {
                    row.omitted("status", gap.kind().chinese());
                    open.add(gap.openItem());
                    any = true;
                } else {
                    // no gap: 已提供 or 不适用 with its reason (a required item without a row is a gap)
                    row.text("status", provision(status.orElseThrow()));
                }
                rows.add(row);
            }
            lacking += any ? 1 : 0;
        }
        String summary = "共 " + shown.size() + " 家企业，" + (open.isEmpty() ? "应提供的证明材料均已提供"
                : "缺 " + open.size() + " 项材料（" + lacking + " 家企业）") + "。";
        return new TableRows(rows, List.of(), List.of(), Map.of("summary", summary), open);
    }

    /** 是, 是（已实施方案） for a condition that holds, 否（条件：已实施方案） for one that does not. */
    private static String required(Checklist.Item item, boolean required) {
        if (!required) {
            return item.condition() == null ? "否（可选）" : "否（条件：" + item.condition() + "）";
        }
        return item.condition() == null ? "是" : "是（" + item.condition() + "）";
    }

    /** 已提供, 未提供, or 不适用（理由） as the status table says (a gap is printed as an open item instead). */
    private static String provision(ChecklistStatuses.Status status) {
        return status.notApplicable() ? status.status() + "（" + status.remark() + "）" : status.status();
    }
}
