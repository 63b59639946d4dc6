package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worksheets 1-1, 1-2, 1-3, 1-5 and the report tables (levels, carbon, potential, synergy,
 * findings) from the worked example: golden tables, cells recomputed from audit.yaml and the raw
 * CSV independently of the engine, and the notices of missing data.
 */
class PreparationSheetsTest {

    private static final Path EXAMPLE = RenderedTables.EXAMPLE;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(EXAMPLE);
        html = tables.html("""
                = 表
                :doctype: book

                == 前期准备

                worksheet::1-1[]

                worksheet::1-2[]

                worksheet::1-3[]

                worksheet::1-5[]

                == 报告表格

                audit-table::levels[]

                audit-table::carbon[]

                audit-table::potential[]

                audit-table::synergy[]

                audit-table::findings[]
                """);
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1", "1-2", "1-3", "1-5"})
    void worksheetsMatchTheirGoldenFiles(String number) {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, number)), "worksheet-" + number + ".txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"levels", "carbon", "potential", "synergy", "findings"})
    void reportTablesMatchTheirGoldenFiles(String name) {
        Golden.assertMatches(RenderedTables.text(table(name)), "table-" + name + ".txt");
    }

    @Test
    void renderingLogsNothingAboveInfo() {
        assertThat(tables.log()).isEmpty();
    }

    @Test
    void teamAndScheduleComeFromAuditYaml() throws IOException {
        String yaml = Files.readString(EXAMPLE.resolve("audit.yaml"), StandardCharsets.UTF_8);
        // audit.yaml's first team member and last schedule item, read as text
        assertThat(yaml).contains("{name: 周建国, role: 组长, organization: 江城市生态环境局, title: 副局长");
        assertThat(RenderedTables.row(RenderedTables.worksheet(html, "1-1"), "周建国"))
                .containsExactly("周建国", "组长", "江城市生态环境局", "副局长", "环境管理", "统筹审核工作、协调各方", "全程");
        assertThat(yaml).contains("start: 2026-09-01, end: 2026-11-30");
        assertThat(RenderedTables.row(RenderedTables.worksheet(html, "1-2"), "报告编制").get(2))
                .isEqualTo("2026-09-01 — 2026-11-30");
    }

    @Test
    void rosterRowsAreTheRosterInOrderWithTheirDesignCapacity() {
        Element table = RenderedTables.worksheet(html, "1-3");
        List<Map<String, String>> roster = RawCsv.read(EXAMPLE.resolve("data/roster.csv"));
        List<List<String>> body = RenderedTables.cells(table).subList(1, roster.size() + 1);
        Map<String, List<String>> capacity = new HashMap<>();
        for (Map<String, String> row : RawCsv.read(EXAMPLE.resolve("data/production.csv"))) {
            if (row.get("年份").equals("2025") && !row.get("设计产能").isEmpty()) {
                capacity.computeIfAbsent(row.get("企业编号"), k -> new ArrayList<>())
                        .add(row.get("产品") + " " + row.get("设计产能") + " " + row.get("单位"));
            }
        }
        for (int i = 0; i < roster.size(); i++) {
            Map<String, String> enterprise = roster.get(i);
            List<String> row = body.get(i);
            assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(row.get(1)).isEqualTo(enterprise.get("企业名称"));
            assertThat(row.get(2)).isEqualTo(enterprise.get("统一社会信用代码"));
            assertThat(row.get(3)).isEqualTo("C3360 金属表面处理及热处理加工");
            assertThat(row.get(8)).isEqualTo(String.join("；", capacity.get(enterprise.get("企业编号"))));
            assertThat(row.get(9)).isEqualTo(enterprise.get("排污许可证编号"));
            assertThat(row.get(11)).isEqualTo(enterprise.get("审核类型"));
        }
    }

    @Test
    void activitiesNameTheEnterprisesTheyCovered() {
        List<Map<String, String>> activities = RawCsv.read(EXAMPLE.resolve("data/activities.csv"));
        Map<String, String> names = new HashMap<>();
        RawCsv.read(EXAMPLE.resolve("data/roster.csv")).forEach(r -> names.put(r.get("企业编号"), r.get("企业名称")));
        List<List<String>> body = RenderedTables.cells(RenderedTables.worksheet(html, "1-5"));
        assertThat(body).hasSize(activities.size() + 1);
        for (int i = 0; i < activities.size(); i++) {
            Map<String, String> activity = activities.get(i);
            String who = activity.get("企业").equals("全体") ? "全体" : String.join("、",
                    List.of(activity.get("企业").split("、")).stream().map(names::get).toList());
            assertThat(body.get(i + 1)).containsExactly(activity.get("日期"), who, activity.get("形式"),
                    activity.get("参加人数"), activity.get("主要内容"), activity.get("记录编号"));
        }
    }

    @Test
    void carbonTableAddsEnergyByHand() {
        // E02 from the raw energy table: electricity 万kWh × 10⁴ × 0.1229 kgce/kWh, steam GJ × 1000 × 0.03412 kgce/MJ
        BigDecimal tce = BigDecimal.ZERO;
        BigDecimal co2 = BigDecimal.ZERO;
        for (Map<String, String> row : RawCsv.read(EXAMPLE.resolve("data/energy.csv"))) {
            if (!row.get("企业编号").equals("E02") || !row.get("年份").equals("2025")) {
                continue;
            }
            BigDecimal quantity = new BigDecimal(row.get("实物量"));
            switch (row.get("能源品种")) {
                case "电力" -> {
                    assertThat(row.get("单位")).isEqualTo("万kWh");
                    tce = tce.add(quantity.multiply(new BigDecimal("10000")).multiply(new BigDecimal("0.1229")).movePointLeft(3));
                    co2 = co2.add(quantity.multiply(new BigDecimal("10")).multiply(new BigDecimal("0.5306"))); // MWh × t/MWh
                }
                case "蒸汽" -> {
                    assertThat(row.get("单位")).isEqualTo("GJ");
                    tce = tce.add(quantity.multiply(new BigDecimal("1000")).multiply(new BigDecimal("0.03412")).movePointLeft(3));
                    co2 = co2.add(quantity.multiply(new BigDecimal("0.11")));
                }
                default -> throw new AssertionError("E02 uses only electricity and steam in the example: " + row);
            }
        }
        List<String> row = RenderedTables.row(table("carbon"), "江城锦华表面处理有限公司");
        assertThat(row.get(1)).isEqualTo(tce.setScale(1, RoundingMode.HALF_EVEN).toPlainString());
        assertThat(row.get(2)).isEqualTo(co2.setScale(1, RoundingMode.HALF_EVEN).toPlainString());
    }

    @Test
    void findingsListEveryEliminatedItemOfTheEquipmentTable() {
        List<String> texts = RenderedTables.cells(table("findings")).stream().map(row -> String.join(" ", row)).toList();
        for (Map<String, String> item : RawCsv.read(EXAMPLE.resolve("data/equipment.csv"))) {
            if (item.get("产业政策类别").equals("淘汰")) {
                assertThat(texts).anySatisfy(text -> assertThat(text).contains("淘汰类", item.get("名称")));
            }
        }
        long limitsExceeded = texts.stream().filter(text -> text.contains("超能耗限额")).count();
        assertThat(limitsExceeded).isEqualTo(3); // E16, E25, E30: 单位产品综合能耗 above 1.1 kgce/m² (镀锌件)
    }

    @Test
    void levelSharesAddUpToTheEnterprises() {
        List<List<String>> cells = RenderedTables.cells(table("levels"));
        int count = 0;
        for (List<String> row : cells.subList(1, cells.size() - 1)) {
            count += Integer.parseInt(row.get(1));
            BigDecimal share = new BigDecimal(row.get(1)).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(30), 1, RoundingMode.HALF_EVEN);
            assertThat(row.get(2)).isEqualTo(share.toPlainString());
            assertThat(row.get(3).isEmpty() ? 0 : row.get(3).split("、").length).isEqualTo(Integer.parseInt(row.get(1)));
        }
        assertThat(count).isEqualTo(RawCsv.read(EXAMPLE.resolve("data/roster.csv")).size());
        assertThat(cells.get(cells.size() - 1).subList(0, 2)).containsExactly("合计", "30");
    }

    private static Element table(String name) {
        String title = switch (name) {
            case "levels" -> "企业清洁生产水平等级分布";
            case "carbon" -> "企业能源消耗与二氧化碳排放";
            case "potential" -> "清洁生产潜力";
            case "synergy" -> "清洁生产方案减污降碳协同分类";
            default -> "审核发现汇总";
        };
        for (Element table : html.select("table.tableblock")) {
            if (table.selectFirst("caption").text().contains(title)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }
}
