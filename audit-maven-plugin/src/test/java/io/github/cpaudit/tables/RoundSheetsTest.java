package io.github.cpaudit.tables;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round tables and worksheet 2-15 of the two-round test project, rendered through the real
 * extensions; every figure below is computed here from the project's CSV rows.
 */
class RoundSheetsTest {

    private static final Path PROJECT = Path.of("src/test/resources/rounds-project").toAbsolutePath();
    private static final String SOURCE = """
            = 两轮对比
            :doctype: book

            == 对比

            .能耗
            audit-table::round-energy[]

            .用水
            audit-table::round-water[]

            .总量
            audit-table::round-totals[]

            .等级
            audit-table::round-levels[]

            .方案
            audit-table::round-options[]

            .目标
            audit-table::round-targets[]

            worksheet::2-15[]
            """;

    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(PROJECT);
        html = tables.html(SOURCE);
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void perEnterpriseTablesShowBothRoundsAndTheRate() {
        assertThat(tables.log()).isEmpty();
        Element energy = titled("能耗");
        assertThat(RenderedTables.cells(energy).get(0)).contains("审核基准年（2025 年） 综合能耗（tce）",
                "方案实施后（2026 年） 综合能耗（tce）");
        // A1: 1 000 000 kWh × 0.1229 kgce = 122.9 tce → 900 000 kWh = 110.61 tce, −10.0 %
        assertThat(RenderedTables.row(energy, "甲电镀有限公司").subList(1, 4)).containsExactly("122.9", "110.6", "-10.0");
        assertThat(RenderedTables.row(energy, "合计").subList(1, 3)).containsExactly("184.4", "172.1");
        Element water = titled("用水");
        assertThat(RenderedTables.row(water, "甲电镀有限公司")).containsExactly("甲电镀有限公司", "10000", "8000",
                "-20.0", "Ⅲ级", "Ⅱ级");
    }

    @Test
    void eachRoundsAmountHoversItsRowsAndTheRateWhichTheRowGivesDoesNot() {
        Element energy = titled("能耗");
        Element a1 = energy.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals("甲电镀有限公司"))
                .findFirst().orElseThrow();
        // 企业 | 前 tce | 后 tce | 变化率 | 前 CO2 | 后 CO2 | 变化率
        assertThat(List.of(1, 2, 4, 5)).allSatisfy(i -> assertThat(a1.child(i).select(".audit-trace")).hasSize(1));
        assertThat(List.of(0, 3, 6)).allSatisfy(i -> assertThat(a1.child(i).select(".audit-trace")).isEmpty());
        Element totals = titled("总量");
        assertThat(totals.select("tbody .audit-trace")).hasSize(2 * totals.select("tbody tr").size());
    }

    @Test
    void totalsLevelsOptionsAndTargets() {
        Element totals = titled("总量");
        assertThat(RenderedTables.row(totals, "新鲜水量")).containsExactly("新鲜水量", "m³", "16000", "14000", "-2000",
                "-12.5", "2");
        assertThat(RenderedTables.row(totals, "COD")).containsExactly("COD", "t", "3", "2.5", "-0.5", "-16.7", "2");

        Element levels = titled("等级");
        assertThat(RenderedTables.row(levels, "Ⅰ级")).containsExactly("Ⅰ级", "0", "1", "+1");

        Element options = titled("方案");
        // 新鲜水: (10000 × 12/10 − 8000) + (6000 − 6000) = 4000 against 3000 + 5000 claimed: −50 %
        List<String> water = RenderedTables.row(options, "F1", "整流器与清洗线改造", "新鲜水（m³）");
        assertThat(water.subList(3, water.size())).containsExactly("3000", "与 F2 合计 8000", "4000", "2", "-50.0",
                "未核实");
        // energy: 122.9 × 1.2 − 110.61 = 36.87 tce measured against 12.29 claimed
        BigDecimal measured = new BigDecimal("122.9").multiply(new BigDecimal("1.2")).subtract(new BigDecimal("110.61"));
        List<String> energy = RenderedTables.row(options, "F1", "整流器与清洗线改造", "能源（tce）");
        assertThat(energy.get(5)).isEqualTo(measured.setScale(1, RoundingMode.HALF_EVEN).toPlainString());
        assertThat(energy.get(8)).isEqualTo("已核实");

        Element targets = titled("目标");
        // (25 × 10 + 35 × 5) ÷ 15 = 28.33; (15 × 12 + 8 × 5) ÷ 17 = 12.94, 2.94 short of 10
        assertThat(RenderedTables.row(targets, "取水量")).containsExactly("取水量", "L/m²", "2 家企业指标值按产量加权平均",
                "28.33", "20", "10", "12.94", "近期达到，远期未达到（差 2.941）");
    }

    @Test
    void worksheet215FillsWhatTheTargetsTableLeavesBlankFromTheLaterRound() {
        Element sheet = RenderedTables.worksheet(html, "2-15");
        // 单位产品综合能耗: 1 400 000 kWh × 0.1229 kgce ÷ 170 000 m² after; 1 500 000 ÷ 150 000 before
        BigDecimal after = new BigDecimal(1_400_000).multiply(new BigDecimal("0.1229"))
                .divide(new BigDecimal(170_000), new MathContext(4, RoundingMode.HALF_EVEN));
        BigDecimal before = new BigDecimal(1_500_000).multiply(new BigDecimal("0.1229"))
                .divide(new BigDecimal(150_000), new MathContext(4, RoundingMode.HALF_EVEN));
        List<String> row = RenderedTables.row(sheet, "单位产品综合能耗");
        assertThat(row.get(2)).isEqualTo(before.toPlainString());
        assertThat(row.get(6)).isEqualTo(after.toPlainString());
        assertThat(row.get(7)).startsWith("近期达到，远期未达到（差 ");
        // a typed 现状值 stays as typed
        assertThat(RenderedTables.row(sheet, "取水量").get(2)).isEqualTo("28.3");
    }

    @Test
    void withoutRoundsEachTableAsksForThem(@TempDir Path dir) {
        Path project = ProjectCopy.of(PROJECT, dir.resolve("p"));
        ProjectCopy.replace(project.resolve("audit.yaml"), "rounds:\n  after: 2026\n  tolerance: 10\n", "");
        Document single = tables.html(SOURCE, project);
        Element totals = RenderedTables.titled(single, "总量");
        assertThat(totals.text()).contains("【待补充】缺少数据：两轮审核数据（audit.yaml 中的 rounds");
        // 2-15 keeps the table's own values: no 实施后值 without a later round
        assertThat(RenderedTables.row(RenderedTables.worksheet(single, "2-15"), "单位产品综合能耗").get(6))
                .isEqualTo("—");
    }

    @Test
    void aRoundNameWithAsciidocSyntaxPrintsAsText(@TempDir Path dir) {
        Path project = ProjectCopy.of(PROJECT, dir.resolve("p"));
        ProjectCopy.replace(project.resolve("audit.yaml"), "tolerance: 10", "tolerance: 10\n  after_name: \"后|*{x}* <b>\"");
        Document named = tables.html(SOURCE, project);
        Element levels = RenderedTables.titled(named, "等级");
        assertThat(RenderedTables.cells(levels).get(0)).hasSize(4).contains("后|*{x}* <b>（家）");
        assertThat(levels.select("b, strong")).isEmpty();
    }

    private static Element titled(String title) {
        return RenderedTables.titled(html, title);
    }
}
