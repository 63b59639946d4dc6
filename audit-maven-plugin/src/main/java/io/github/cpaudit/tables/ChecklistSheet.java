package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Worksheet 1-4 资料收集清单及完成情况: the {@code checklist_status} table against the Appendix B
 * checklist, as a summary per item or ({@code form=matrix}, 附件3) per enterprise and item. An item
 * an enterprise has no row for counts as 未提供 (DESIGN.md: open unless marked 不适用).
 */
final class ChecklistSheet {

    /**
     * Item columns per table of the matrix. An item column must hold its id (B10.1: 29 pt in the
     * theme's 10.5 pt bold) and 8 pt of padding; 24 of them are wider than an A4 portrait page (the
     * PDF refuses such a table), and 10 leave the enterprise's name a line of its own.
     */
    private static final int ITEMS_PER_TABLE = 10;
    /** The matrix's marks: the words would not fit an item column. */
    private static final Map<String, String> MARKS = Map.of(ChecklistStatuses.PROVIDED, "√",
            ChecklistStatuses.NOT_PROVIDED, "×", ChecklistStatuses.NOT_APPLICABLE, "/");

    private ChecklistSheet() {
    }

    /** 1-4 in the form the macro asks for: the summary, or {@code form=matrix}. */
    static TableRows rows(ProjectView view, TableOptions options) {
        String form = options.get("form").orElse("summary");
        if (!form.equals("summary") && !form.equals("matrix")) {
            throw new RenderException("工作表1-4 的 form= 应为 summary、matrix 或 blank，实为“" + form + "”");
        }
        Checklist checklist = Checklist.bundled();
        ChecklistStatuses statuses = ChecklistStatuses.read(view, checklist);
        if (statuses.isEmpty()) {
            return new TableRows(List.of(), List.of(), List.of(ChecklistStatuses.TABLE_NAME), Map.of());
        }
        Set<String> unknown = new LinkedHashSet<>();
        statuses.unknownItems().forEach(row -> unknown.add(row.text("item")));
        String unknownNote = unknown.isEmpty() ? "" : "资料项编号不在附录B清单中，未计入："
                + AsciidocText.inline(String.join("、", unknown)) + "。";
        return form.equals("matrix") ? matrix(view, checklist, statuses, unknownNote)
                : summary(view, options, checklist, statuses, unknownNote);
    }

    /**
     * The summary: per item 应提供企业数 (the enterprises audited, or those {@code enterprise=} names,
     * less those marking it 不适用), 已提供企业数 and 完成率, and the same over the required items in
     * the 必需项合计 row ({@code $overall}): an optional item not handed in leaves nothing incomplete.
     */
    private static TableRows summary(ProjectView view, TableOptions options, Checklist checklist,
            ChecklistStatuses statuses, String unknownNote) {
        List<Enterprise> counted = options.get("enterprise").map(option -> TableRenderer.enterpriseIds(view, option))
                .map(ids -> view.enterprises().stream().filter(e -> ids.contains(e.id())).toList())
                .orElse(view.enterprises());
        List<Row> rows = new ArrayList<>();
        long allExpected = 0;
        long allProvided = 0;
        for (Checklist.Item item : checklist.items()) {
            long expected = 0;
            long provided = 0;
            for (Enterprise enterprise : counted) {
                ChecklistStatuses.Status status = statuses.status(enterprise.id(), item.id());
                expected += status.notApplicable() ? 0 : 1;
                provided += status.provided() ? 1 : 0;
            }
            if (item.isRequired()) {
                allExpected += expected;
                allProvided += provided;
            }
            rows.add(counts(Row.of(view, null).text("category", item.category())
                    .text("item", item.id() + " " + item.item()).text("required", item.requirement()), expected, provided));
        }
        Map<String, Object> extras = new HashMap<>();
        extras.put("overall", counts(Row.of(view, null), allExpected, allProvided));
        if (!unknownNote.isEmpty()) {
            extras.put("note", "注：" + unknownNote);
        }
        return new TableRows(rows, List.of(), List.of(), extras);
    }

    /**
     * The matrix (附件3): per enterprise a mark per item (√ 已提供, × 未提供, / 不适用) and its 完成率
     * of the required items, in tables of at most {@link #ITEMS_PER_TABLE} item columns
     * ({@code $parts}: each with its {@code cols}, {@code header}, {@code items} and whether it is
     * the {@code last}, which shows the rate); the note gives the legend and each 不适用's reason
     * and 未提供's remark.
     */
    private static TableRows matrix(ProjectView view, Checklist checklist, ChecklistStatuses statuses,
            String unknownNote) {
        List<List<Checklist.Item>> groups = parts(checklist.items());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int p = 0; p < groups.size(); p++) {
            boolean last = p == groups.size() - 1;
            SheetColumns columns = new SheetColumns().add("企业", "12");
            groups.get(p).forEach(item -> columns.add(item.id(), "^3"));
            if (last) {
                columns.add("必需项完成率（%）", ">3");
            }
            Map<String, Object> part = new HashMap<>(columns.extras());
            part.put("items", groups.get(p).stream().map(Checklist.Item::id).toList());
            part.put("last", last);
            parts.add(part);
        }
        List<Row> rows = new ArrayList<>();
        for (Enterprise enterprise : view.enterprises()) {
            Row row = Row.of(view, enterprise.id()).text("enterprise", enterprise.name());
            long expected = 0;
            long provided = 0;
            for (Checklist.Item item : checklist.items()) {
                ChecklistStatuses.Status status = statuses.status(enterprise.id(), item.id());
                row.text(item.id(), MARKS.getOrDefault(status.status(), status.status()));
                if (item.isRequired()) {
                    expected += status.notApplicable() ? 0 : 1;
                    provided += status.provided() ? 1 : 0;
                }
            }
            rows.add(row.number("rate", rate(expected, provided), Kind.PERCENT));
        }
        List<String> remarks = remarks(view, checklist, statuses);
        String note = "注：√ 已提供，× 未提供，/ 不适用。" + (remarks.isEmpty() ? ""
                : "说明：" + AsciidocText.inline(String.join("；", remarks)) + "。") + unknownNote;
        return new TableRows(rows, List.of(), List.of(), Map.of("parts", parts, "note", note));
    }

    /**
     * The reasons given for 不适用 and the remarks on 未提供, per item, each with how many enterprises
     * gave it (the matrix shows which): B7.1 不适用：非重点排放单位（30家）.
     */
    private static List<String> remarks(ProjectView view, Checklist checklist, ChecklistStatuses statuses) {
        List<String> remarks = new ArrayList<>();
        for (Checklist.Item item : checklist.items()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Enterprise enterprise : view.enterprises()) {
                ChecklistStatuses.Status status = statuses.status(enterprise.id(), item.id());
                if (!status.provided() && !status.remark().isEmpty()) {
                    counts.merge(item.id() + " " + status.status() + "：" + status.remark(), 1, Integer::sum);
                }
            }
            counts.forEach((remark, n) -> remarks.add(remark + "（" + n + "家）"));
        }
        return remarks;
    }

    /**
     * The items split into tables of at most {@link #ITEMS_PER_TABLE}, each of B1 … B10 kept whole:
     * B1.1–B3.3, B4.1–B7.1 and B8.1–B10.1.
     */
    private static List<List<Checklist.Item>> parts(List<Checklist.Item> items) {
        Map<String, List<Checklist.Item>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(item.id().split("\\.")[0], g -> new ArrayList<>()).add(item));
        List<List<Checklist.Item>> parts = new ArrayList<>();
        List<Checklist.Item> part = new ArrayList<>();
        for (List<Checklist.Item> group : groups.values()) {
            if (!part.isEmpty() && part.size() + group.size() > ITEMS_PER_TABLE) {
                parts.add(part);
                part = new ArrayList<>();
            }
            part.addAll(group);
        }
        parts.add(part);
        return parts;
    }

    private static Row counts(Row row, long expected, long provided) {
        return row.count("expected", expected).count("provided", provided)
                .number("rate", rate(expected, provided), Kind.PERCENT);
    }

    /** 已提供 ÷ 应提供 × 100, or none when nothing is expected. */
    private static BigDecimal rate(long expected, long provided) {
        return Percentages.share(provided, expected);
    }
}
