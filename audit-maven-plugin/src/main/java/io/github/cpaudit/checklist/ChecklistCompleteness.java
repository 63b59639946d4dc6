package io.github.cpaudit.checklist;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Appendix B completeness per enterprise: each required item is 已提供, or 不适用 with a reason;
 * anything else, an item without a row included, is a {@link ChecklistGap}. A 条件必需 item is
 * required only of the enterprises its condition holds for ({@link ItemCondition}); optional items
 * are never gaps.
 */
public final class ChecklistCompleteness {

    private final ProjectView view;
    private final Checklist checklist;
    private final ChecklistStatuses statuses;

    public ChecklistCompleteness(ProjectView view, Checklist checklist) {
        this.view = view;
        this.checklist = checklist;
        this.statuses = ChecklistStatuses.read(view, checklist);
        for (Checklist.Item item : checklist.items()) {
            if (item.condition() != null && ItemCondition.named(item.condition()).isEmpty()) {
                throw new IllegalStateException("checklist item " + item.id() + " names an unknown condition: "
                        + item.condition());
            }
        }
    }

    /** The gaps in roster order, each enterprise's in the checklist's order. */
    public List<ChecklistGap> gaps() {
        List<Option> options = view.project().data().options();
        Location table = statuses.place().map(place -> place.cell(null)).orElse(null);
        List<ChecklistGap> gaps = new ArrayList<>();
        for (Enterprise enterprise : view.enterprises()) {
            for (Checklist.Item item : checklist.items()) {
                if (!requiredOf(item, enterprise, options)) {
                    continue;
                }
                statuses.find(enterprise.id(), item.id()).ifPresentOrElse(status -> {
                    if (status.notApplicable() && status.remark().isBlank()) {
                        gaps.add(gap(enterprise, item, ChecklistGap.Kind.NO_REASON, status.status(), status.at("remark")));
                    } else if (!status.provided() && !status.notApplicable()) {
                        gaps.add(gap(enterprise, item, ChecklistGap.Kind.NOT_PROVIDED, status.status(), status.at("status")));
                    }
                }, () -> gaps.add(gap(enterprise, item, ChecklistGap.Kind.NO_ROW, "", table)));
            }
        }
        return gaps;
    }

    /** Rows naming an item the checklist does not know: counted nowhere, so the writer must hear of them. */
    public List<Problem> unknownItems() {
        List<Problem> problems = new ArrayList<>();
        for (TypedTable.Row row : statuses.unknownItems()) {
            problems.add(Problem.data(row.at("item"), "unknown checklist item", "资料项编号不在附录B清单中",
                    "附录B清单中的编号（" + checklist.items().get(0).id() + " … "
                            + checklist.items().get(checklist.items().size() - 1).id() + "）",
                    row.get("item", Object.class).map(String::valueOf).orElse("")));
        }
        return problems;
    }

    /**
     * Whether the enterprise must provide the item: 必需, or 条件必需 where its condition holds for
     * it (the options count for 已实施方案); never for 可选.
     */
    public static boolean requiredOf(Checklist.Item item, Enterprise enterprise, List<Option> options) {
        if (!item.isRequired()) {
            return false;
        }
        return item.condition() == null
                || ItemCondition.named(item.condition()).orElseThrow().holds(enterprise, options);
    }

    private static ChecklistGap gap(Enterprise enterprise, Checklist.Item item, ChecklistGap.Kind kind, String found,
            Location location) {
        return new ChecklistGap(enterprise.id(), enterprise.name(), item, kind, found, location);
    }
}
