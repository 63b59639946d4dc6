package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.checklist.ChecklistCompleteness;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 验收证明材料清单 ({@code audit-table::evidence[]}): its rows recomputed from the raw roster,
 * options and checklist_status CSV and the checklist's conditions, and its missing items the very
 * gaps {@code audit:check} reports ({@link ChecklistCompleteness#gaps()}).
 */
class EvidenceTableTest {

    /** The plugin's check-gaps project: E01 has an implemented option (F02), E02 and E03 have none. */
    private static final Path GAPS = Path.of("src/it/check-gaps").toAbsolutePath();
    private static final List<String> HEADER = List.of("企业", "材料", "是否必需", "提供情况", "提供日期", "说明");

    @Test
    void theWorkedExampleListsEveryEvidenceItemRequiredOrProvided() {
        try (RenderedTables tables = new RenderedTables(RenderedTables.EXAMPLE)) {
            Element table = table(tables.html("= 验收\n\naudit-table::evidence[]\n"));
            List<List<String>> cells = RenderedTables.cells(table);
            assertThat(cells.get(0)).isEqualTo(HEADER);
            List<List<String>> expected = expectedRows(RenderedTables.EXAMPLE, null);
            assertThat(cells.subList(1, cells.size())).containsExactlyElementsOf(expected);
            // 30 enterprises: B7.1 only for the key emitters, and every evidence item is in hand
            assertThat(expected.stream().map(row -> row.get(0)).distinct()).hasSize(30);
            assertThat(summary(table)).isEqualTo("共 30 家企业，应提供的证明材料均已提供。");
            assertThat(tables.log()).isEmpty();
        }
    }

    @Test
    void anEnterpriseWithoutImplementedOptionsIsNotAskedForB93AndGapsAreTheChecksGaps() {
        try (RenderedTables tables = new RenderedTables(GAPS)) {
            Element table = table(tables.html("= 验收\n\naudit-table::evidence[]\n"));
            List<List<String>> cells = RenderedTables.cells(table);
            assertThat(cells.subList(1, cells.size())).containsExactlyElementsOf(expectedRows(GAPS, null));
            assertThat(cells).noneMatch(row -> row.get(0).equals(name(GAPS, "E02")) && row.get(1).startsWith("B9.3 "));
            assertThat(missing(cells)).containsExactlyElementsOf(checkGaps(GAPS))
                    .containsExactlyElementsOf(expectedGaps(GAPS, null)).isNotEmpty();
            List<String> gaps = expectedGaps(GAPS, null);
            long enterprises = gaps.stream().map(gap -> gap.split(" ")[0]).distinct().count();
            assertThat(summary(table)).isEqualTo("共 3 家企业，缺 " + gaps.size() + " 项材料（" + enterprises + " 家企业）。");
            assertThat(tables.log()).filteredOn(r -> r.getMessage().contains("资料缺项")).hasSize(gaps.size())
                    .allMatch(r -> r.getSeverity() == Severity.WARN && r.getMessage().endsWith("（audit-table::evidence[]）"));
        }
    }

    @Test
    void enterpriseKeepsOneEnterpriseAndItsSummary() {
        try (RenderedTables tables = new RenderedTables(GAPS)) {
            Element table = table(tables.html("= 验收\n\naudit-table::evidence[enterprise=E02]\n"));
            List<List<String>> cells = RenderedTables.cells(table);
            assertThat(cells.subList(1, cells.size())).containsExactlyElementsOf(expectedRows(GAPS, "E02"))
                    .allMatch(row -> row.get(0).equals(name(GAPS, "E02")));
            int gaps = expectedGaps(GAPS, "E02").size();
            assertThat(summary(table)).isEqualTo("共 1 家企业，缺 " + gaps + " 项材料（1 家企业）。");
        }
    }

    /** Without its 已提供 row, an implementing enterprise's B9.3 is missing in the table and in audit:check alike. */
    @Test
    void aRemovedB93RowIsMissingInTheTableAndInTheCheck(@TempDir Path dir) throws IOException {
        Path status = copyOfExample(dir).resolve("data/checklist_status.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(status));
        assertThat(lines.removeIf(line -> line.startsWith("E01,B9.3,已提供,"))).isTrue();
        Files.write(status, lines);
        assertThat(implementing(dir, "E01")).isTrue();
        try (RenderedTables tables = new RenderedTables(dir)) {
            Element table = table(tables.html("= 验收\n:audit-mode: final\n\naudit-table::evidence[]\n"));
            List<List<String>> cells = RenderedTables.cells(table);
            assertThat(cells.subList(1, cells.size())).containsExactlyElementsOf(expectedRows(dir, null));
            assertThat(RenderedTables.row(table, name(dir, "E01"), "B9.3 " + item("B9.3").item()))
                    .containsSubsequence("是（已实施方案）", "【待补充】未登记");
            assertThat(missing(cells)).containsExactly("E01 B9.3 未登记").containsExactlyElementsOf(checkGaps(dir));
            assertThat(summary(table)).isEqualTo("共 30 家企业，缺 1 项材料（1 家企业）。");
            // final mode: the missing item is an error naming the enterprise and the item
            assertThat(tables.log()).singleElement().satisfies(record -> {
                assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
                assertThat(record.getMessage()).contains("资料缺项", "E01 " + name(dir, "E01"), "B9.3", "未登记（no row）");
            });
        }
    }

    /** Without a checklist_status table there is nothing to list: a notice row, no summary. */
    @Test
    void withoutTheStatusTableTheTableIsTheMissingDataNotice(@TempDir Path dir) throws IOException {
        Path project = copyOfExample(dir);
        Files.delete(project.resolve("data/checklist_status.csv"));
        try (RenderedTables tables = new RenderedTables(project)) {
            Element table = table(tables.html("= 验收\n\naudit-table::evidence[]\n"));
            assertThat(RenderedTables.cells(table)).containsExactly(HEADER,
                    List.of("【待补充】缺少数据：资料收集情况（checklist_status）"));
            assertThat(table.nextElementSibling()).isNull();
        }
    }

    private static Path copyOfExample(Path dir) {
        for (String part : List.of("audit.yaml", "data", "indicators", "reference")) {
            ProjectCopy.of(RenderedTables.EXAMPLE.resolve(part), dir.resolve(part));
        }
        return dir;
    }

    // --- expectations from the raw CSV -------------------------------------------------------------

    /**
     * The rows the table must show, from the raw CSV: per enterprise of the roster (or only {@code only})
     * each evidence item required of it or 已提供 by it; a gap shows as 【待补充】 and its kind.
     */
    private static List<List<String>> expectedRows(Path project, String only) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> enterprise : RawCsv.read(project.resolve("data/roster.csv"))) {
            String id = enterprise.get("企业编号");
            if (only != null && !only.equals(id)) {
                continue;
            }
            for (Checklist.Item item : Checklist.bundled().evidence()) {
                boolean required = required(project, enterprise, item);
                Optional<Map<String, String>> status = status(project, id, item.id());
                String provided = status.map(s -> s.get("提供情况")).orElse("");
                if (!required && !provided.equals("已提供")) {
                    continue;
                }
                String reason = status.map(EvidenceTableTest::reason).orElse("");
                String gap = gap(required, status, provided, reason);
                String shown = gap != null ? "【待补充】" + gap
                        : provided.equals("不适用") ? "不适用（" + reason + "）" : provided;
                String requiredText = required ? (item.condition() == null ? "是" : "是（" + item.condition() + "）")
                        : item.condition() == null ? "否（可选）" : "否（条件：" + item.condition() + "）";
                rows.add(List.of(enterprise.get("企业名称"), item.id() + " " + item.item(), requiredText, shown,
                        status.map(s -> s.get("提供日期")).orElse(""), provided.equals("不适用") ? "" : reason));
            }
        }
        return rows;
    }

    /** "E01 B9.3 未登记" for each gap of an evidence item, computed from the raw CSV. */
    private static List<String> expectedGaps(Path project, String only) {
        List<String> gaps = new ArrayList<>();
        for (Map<String, String> enterprise : RawCsv.read(project.resolve("data/roster.csv"))) {
            String id = enterprise.get("企业编号");
            for (Checklist.Item item : Checklist.bundled().evidence()) {
                Optional<Map<String, String>> status = status(project, id, item.id());
                String gap = gap(required(project, enterprise, item), status,
                        status.map(s -> s.get("提供情况")).orElse(""), status.map(EvidenceTableTest::reason).orElse(""));
                if (gap != null && (only == null || only.equals(id))) {
                    gaps.add(id + " " + item.id() + " " + gap);
                }
            }
        }
        return gaps;
    }

    /** Missing, as spec/checklist.md and the README say: required, and neither 已提供 nor 不适用 with a reason. */
    private static String gap(boolean required, Optional<Map<String, String>> status, String provided, String reason) {
        if (!required) {
            return null;
        }
        if (status.isEmpty()) {
            return "未登记";
        }
        if (provided.equals("不适用")) {
            return reason.isEmpty() ? "不适用但未写理由" : null;
        }
        return provided.equals("已提供") ? null : "未提供";
    }

    /** 必需, or 条件必需 whose condition holds by the raw roster and options. */
    private static boolean required(Path project, Map<String, String> enterprise, Checklist.Item item) {
        return switch (item.required()) {
            case "必需" -> true;
            case "可选" -> false;
            default -> switch (item.condition()) {
                case "强制审核企业" -> "强制".equals(enterprise.get("审核类型"));
                case "重点排放单位" -> "是".equals(enterprise.get("重点排放单位"));
                case "已实施方案" -> implementing(project, enterprise.get("企业编号"));
                default -> throw new AssertionError("unknown condition " + item.condition());
            };
        };
    }

    private static boolean implementing(Path project, String id) {
        return RawCsv.read(project.resolve("data/options.csv")).stream()
                .anyMatch(option -> option.get("实施状态").equals("已实施") && (option.get("实施企业").equals("全体")
                        || Arrays.asList(option.get("实施企业").split("、")).contains(id)));
    }

    /** The 说明 column, which the test projects head 理由 (the schema's other name). */
    private static String reason(Map<String, String> status) {
        return status.containsKey("理由") ? status.get("理由") : status.get("说明");
    }

    private static Optional<Map<String, String>> status(Path project, String id, String item) {
        return RawCsv.read(project.resolve("data/checklist_status.csv")).stream()
                .filter(row -> row.get("企业编号").equals(id) && row.get("资料项").equals(item)).findFirst();
    }

    // --- the table and the check --------------------------------------------------------------------

    /** The gaps audit:check reports, of the evidence items, as "E01 B9.3 未登记". */
    private static List<String> checkGaps(Path project) {
        List<String> evidence = Checklist.bundled().evidence().stream().map(Checklist.Item::id).toList();
        return new ChecklistCompleteness(ProjectView.load(project), Checklist.bundled()).gaps().stream()
                .filter(gap -> evidence.contains(gap.item().id()))
                .map(gap -> gap.enterprise() + " " + gap.item().id() + " " + gap.kind().chinese()).toList();
    }

    /** The rows the table marks as missing, as "E01 B9.3 未登记". */
    private static List<String> missing(List<List<String>> cells) {
        return cells.stream().filter(row -> row.get(3).startsWith("【待补充】"))
                .map(row -> idOf(row.get(0)) + " " + row.get(1).split(" ")[0] + " "
                        + row.get(3).substring("【待补充】".length())).toList();
    }

    private static String idOf(String name) {
        for (Path project : List.of(GAPS, RenderedTables.EXAMPLE)) {
            for (Map<String, String> row : RawCsv.read(project.resolve("data/roster.csv"))) {
                if (row.get("企业名称").equals(name)) {
                    return row.get("企业编号");
                }
            }
        }
        throw new AssertionError("no enterprise named " + name);
    }

    private static String name(Path project, String id) {
        return RawCsv.read(project.resolve("data/roster.csv")).stream().filter(row -> row.get("企业编号").equals(id))
                .findFirst().orElseThrow().get("企业名称");
    }

    private static Checklist.Item item(String id) {
        return Checklist.bundled().find(id).orElseThrow();
    }

    private static Element table(Document html) {
        return html.selectFirst("table.tableblock");
    }

    /** The paragraph under the table. */
    private static String summary(Element table) {
        return table.nextElementSibling().text();
    }
}
