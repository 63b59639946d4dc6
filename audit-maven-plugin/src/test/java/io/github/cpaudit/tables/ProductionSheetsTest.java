package io.github.cpaudit.tables;

import static io.github.cpaudit.tables.SheetTestSupport.dec;
import static io.github.cpaudit.tables.SheetTestSupport.fixed;
import static io.github.cpaudit.tables.SheetTestSupport.plain;
import static io.github.cpaudit.tables.SheetTestSupport.significant;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RenderedTables;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worksheets 2-1 to 2-6 rendered from the worked example: golden tables, cells recomputed from the
 * raw CSV by the formulas of formulas.md (not the engine's code), and the notice of missing data.
 */
class ProductionSheetsTest {

    private static final SheetTestSupport DATA = new SheetTestSupport(RenderedTables.EXAMPLE);
    private static final int YEAR = 2025;

    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(RenderedTables.EXAMPLE);
        html = tables.html(SheetTestSupport.inChapter("诊断审核", "2-1", "2-1[by=规模,title=按规模汇总]",
                "2-1[by=行业]", "2-2", "2-3", "2-4", "2-5", "2-6"));
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-1", "2-2", "2-3", "2-4", "2-5", "2-6"})
    void matchesGolden(String number) {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, number)), "worksheet-" + number + ".txt");
    }

    @Test
    void unknownGroupingIsTheOnlyError() {
        assertThat(tables.log()).singleElement().satisfies(record -> {
            assertThat(record.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(record.getMessage()).contains("by= 应为 区县、园区 或 规模", "“行业”", "worksheet::2-1[]");
        });
    }

    @Test
    void summaryByDistrictRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-1");
        assertThat(RenderedTables.cells(table).get(0)).startsWith("所在区县", "企业数", "设计产能（万m²）", "实际产量（万m²）");
        for (String district : List.of("临港区", "江北区")) {
            assertThat(RenderedTables.row(table, district)).isEqualTo(expectedGroup(district,
                    r -> r.get("所在区县").equals(district)));
        }
        assertThat(RenderedTables.row(table, "合计")).isEqualTo(expectedGroup("合计", r -> true));
    }

    @Test
    void summaryBySizeInSizeOrder() {
        Element table = html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption").text().contains("按规模汇总")).findFirst().orElseThrow();
        List<List<String>> cells = RenderedTables.cells(table);
        assertThat(cells.get(0).get(0)).isEqualTo("规模");
        assertThat(cells.stream().skip(1).map(row -> row.get(0)).toList()).containsExactly("中型", "小型", "微型", "合计");
        assertThat(RenderedTables.row(table, "小型")).isEqualTo(expectedGroup("小型", r -> r.get("规模").equals("小型")));
    }

    /** A 2-1 row by hand: count, Σ capacity and output of the baseline year, utilisation, Σ 产值, Σ 人数. */
    private static List<String> expectedGroup(String label, Predicate<Map<String, String>> member) {
        Set<String> ids = DATA.csv("roster").stream().filter(member).map(r -> r.get("企业编号")).collect(Collectors.toSet());
        BigDecimal capacity = BigDecimal.ZERO;
        BigDecimal output = BigDecimal.ZERO;
        for (Map<String, String> row : DATA.csv("production")) {
            if (ids.contains(row.get("企业编号")) && row.get("年份").equals("2025") && !row.get("设计产能").isEmpty()) {
                capacity = capacity.add(dec(row.get("设计产能")));
                output = output.add(dec(row.get("产量")));
            }
        }
        BigDecimal value = DATA.sum("roster", "工业总产值（万元）", r -> ids.contains(r.get("企业编号")));
        BigDecimal people = DATA.sum("roster", "从业人数", r -> ids.contains(r.get("企业编号")));
        return List.of(label, String.valueOf(ids.size()), plain(capacity), plain(output),
                fixed(output.multiply(BigDecimal.valueOf(100)).divide(capacity, MathContext.DECIMAL128), 1),
                fixed(value, 2), plain(people));
    }

    @Test
    void productOutputsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-2");
        assertThat(RenderedTables.cells(table).get(0)).containsSubsequence("2023年产量", "2024年产量", "2025年（基准年）产量");
        String name = DATA.name("E03");
        Map<Integer, Map<String, String>> years = DATA.csv("production").stream()
                .filter(r -> r.get("企业编号").equals("E03") && r.get("产品").equals("镀镍件"))
                .collect(Collectors.toMap(r -> Integer.parseInt(r.get("年份")), r -> r));
        BigDecimal capacity = dec(years.get(YEAR).get("设计产能"));
        BigDecimal output = dec(years.get(YEAR).get("产量"));
        assertThat(RenderedTables.row(table, name, "镀镍件")).containsExactly(name, "镀镍件", "万m²", plain(capacity),
                years.get(2023).get("产量"), years.get(2024).get("产量"), plain(output),
                fixed(output.multiply(BigDecimal.valueOf(100)).divide(capacity, MathContext.DECIMAL128), 1));
        assertThat(RenderedTables.row(table, "合计").get(4))
                .isEqualTo(plain(DATA.sum("production", "产量", r -> r.get("年份").equals("2023"))));
    }

    @Test
    void materialsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-3");
        Map<String, String> chromic = DATA.csv("materials").stream()
                .filter(r -> r.get("企业编号").equals("E10") && r.get("材料").equals("铬酐")).findFirst().orElseThrow();
        String name = DATA.name("E10");
        List<String> row = RenderedTables.row(table, name, "铬酐");
        BigDecimal perOutput = dec(chromic.get("年消耗量")).divide(DATA.baselineOutput("E10"), MathContext.DECIMAL128);
        assertThat(RenderedTables.cells(table).get(0).get(4)).isEqualTo("单位产品消耗量（每万m²）");
        assertThat(row.get(2)).isEqualTo("t");
        assertThat(row.get(4)).isEqualTo(significant(perOutput, 4));
        assertThat(row.get(5)).isEqualTo("是（" + chromic.get("有毒有害依据") + "）");
        assertThat(row.get(6)).isEqualTo("无替代计划（审核发现）");
        // every toxic material without plan, and only those, is a finding printed in bold
        long withoutPlan = DATA.csv("materials").stream()
                .filter(r -> r.get("有毒有害").equals("是") && r.get("替代情况").isEmpty()).count();
        assertThat(table.select("td strong").eachText()).hasSize((int) withoutPlan)
                .containsOnly("无替代计划（审核发现）");
        assertThat(RenderedTables.row(table, DATA.name("E01"), "铬酐").get(6))
                .isEqualTo(DATA.csv("materials").stream().filter(r -> r.get("企业编号").equals("E01")
                        && r.get("材料").equals("铬酐")).findFirst().orElseThrow().get("替代情况"));
    }

    @Test
    void energyRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-4");
        String name = DATA.name("E01");
        BigDecimal electricity = DATA.energy("E01", "电力").multiply(new BigDecimal("10000"))
                .multiply(new BigDecimal("0.1229")).movePointLeft(3);
        // the example's measured NCV: kgce/m³ = NCV / 29307.6 (formulas.md §1)
        BigDecimal gasCoefficient = new BigDecimal("35588").divide(new BigDecimal("29307.6"), MathContext.DECIMAL128);
        BigDecimal gas = DATA.energy("E01", "天然气").multiply(new BigDecimal("10000")).multiply(gasCoefficient)
                .movePointLeft(3);
        assertThat(RenderedTables.row(table, name, "电力").get(5)).isEqualTo(fixed(electricity, 1));
        assertThat(RenderedTables.row(table, name, "天然气")).containsSubsequence(
                significant(gasCoefficient, 5) + " kgce/m³", fixed(gas, 1));
        BigDecimal subtotal = electricity.add(gas);
        // E01 makes 镀锌件, which the example's limit file covers: the intensity is shown in the limit's kgce/m²
        assertThat(RenderedTables.row(table, name, "小计")).containsSubsequence(fixed(subtotal, 1),
                significant(subtotal.movePointRight(3).divide(DATA.baselineOutput("E01").multiply(new BigDecimal("10000")),
                        MathContext.DECIMAL128), 4) + " kgce/m²", "1.1 kgce/m²", "否");
    }

    @Test
    void waterRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-5");
        Map<String, String> water = DATA.csv("water").stream().filter(r -> r.get("企业编号").equals("E04"))
                .findFirst().orElseThrow();
        BigDecimal fresh = dec(water.get("新鲜水量（m³）"));
        BigDecimal reused = dec(water.get("重复用水量（m³）"));
        assertThat(RenderedTables.row(table, DATA.name("E04"))).containsExactly(DATA.name("E04"), plain(fresh),
                plain(reused), fixed(rate(reused, fresh), 1),
                significant(fresh.divide(DATA.baselineOutput("E04"), MathContext.DECIMAL128), 4));
        BigDecimal allFresh = DATA.sum("water", "新鲜水量（m³）", r -> r.get("年份").equals("2025"));
        BigDecimal allReused = DATA.sum("water", "重复用水量（m³）", r -> r.get("年份").equals("2025"));
        assertThat(RenderedTables.row(table, "合计")).containsExactly("合计", plain(allFresh), plain(allReused),
                fixed(rate(allReused, allFresh), 1), "");
    }

    /** 水重复利用率 = reused / (reused + fresh) × 100 %. */
    private static BigDecimal rate(BigDecimal reused, BigDecimal fresh) {
        return reused.multiply(BigDecimal.valueOf(100)).divide(reused.add(fresh), MathContext.DECIMAL128);
    }

    @Test
    void equipmentFlagsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-6");
        List<Map<String, String>> flagged = DATA.csv("equipment").stream()
                .filter(r -> Set.of("限制", "淘汰").contains(r.get("产业政策类别"))).toList();
        assertThat(table.select("td strong").eachText())
                .containsExactlyElementsOf(flagged.stream().map(r -> r.get("产业政策类别")).toList());
        Map<String, String> phasedOut = flagged.stream().filter(r -> r.get("产业政策类别").equals("淘汰")).findFirst()
                .orElseThrow();
        assertThat(RenderedTables.row(table, DATA.name(phasedOut.get("企业编号")), phasedOut.get("工序"),
                phasedOut.get("对象"), phasedOut.get("名称")))
                .containsExactly(DATA.name(phasedOut.get("企业编号")), phasedOut.get("工序"), phasedOut.get("对象"),
                        phasedOut.get("名称"), phasedOut.get("规格"), phasedOut.get("数量"), "淘汰");
        assertThat(RenderedTables.cells(table)).hasSize(DATA.csv("equipment").size() + 1);
    }

    /** Every worksheet of the group over a project without its data: the notice row and a warning. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MissingData {

        private RenderedTables empty;
        private Document emptyHtml;

        @BeforeAll
        void render(@TempDir Path project) {
            SheetTestSupport.copyExampleWithout(project, "roster", "production", "materials", "energy", "water",
                    "equipment");
            empty = new RenderedTables(project);
            emptyHtml = empty.html(SheetTestSupport.inChapter("诊断审核", "2-1", "2-2", "2-3", "2-4", "2-5", "2-6"));
        }

        @AfterAll
        void close() {
            empty.close();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2-1 企业名录（roster）", "2-2 产品产量（production）", "2-3 原辅材料消耗（materials）",
                "2-4 能源消耗（energy）", "2-5 水资源消耗（water）", "2-6 工艺装备产品（equipment）"})
        void noticeAndWarning(String numberAndTable) {
            String[] parts = numberAndTable.split(" ");
            SheetTestSupport.assertMissing(empty, emptyHtml, parts[0], parts[1]);
        }
    }
}
