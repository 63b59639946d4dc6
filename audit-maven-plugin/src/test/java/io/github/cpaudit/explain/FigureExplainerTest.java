package io.github.cpaudit.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.ListedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code audit:explain} on the engine's test project: the rows each chain lists are read back from
 * the CSV files here and the figure is recomputed by hand with the coefficients of formulas.md, so
 * a chain that lists the wrong rows, a wrong value or a wrong coefficient fails.
 */
class FigureExplainerTest {

    private static final Path PROJECT = Path.of("src/test/resources/engine-project");
    private static FigureExplainer explainer;

    @BeforeAll
    static void load() {
        explainer = new FigureExplainer(ProjectView.load(PROJECT));
    }

    /** The CSV rows a chain lists, as {@code [file, row]} in the order listed. */
    private static List<String[]> listedRows(List<String> lines) {
        return ListedRows.of(PROJECT, lines);
    }

    private static BigDecimal kgce(String[] row) {
        return ListedRows.kgce(row);
    }

    @Test
    void industryEnergyIsTheSumOfTheListedRowsTimesTheirCoefficients() throws IOException {
        List<String> lines = explainer.value("energy.total.tce");

        List<String[]> rows = listedRows(lines);
        // the 2024 row (energy.csv:4) is not the baseline year's and is not listed
        assertThat(rows).extracting(row -> row[0] + " " + row[1] + " " + row[2])
                .containsExactly("E01 2025 电力", "E01 2025 天然气", "E02 2025 电力", "E03 2025 原煤");
        BigDecimal tce = rows.stream().map(FigureExplainerTest::kgce).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal(1000));
        assertThat(tce).isEqualByComparingTo("1216.0"); // 122.9 + 133 + 245.8 + 714.3
        assertThat(lines.get(0)).isEqualTo("计算说明（audit:explain）：audit:value[energy.total.tce]");
        assertThat(lines.get(1)).startsWith("全行业综合能耗 = " + tce.setScale(1, RoundingMode.HALF_EVEN) + " tce");
        assertThat(lines).contains("  data/energy.csv:3  E01 天然气 实物量 10 万m³",
                "  电力折标系数 0.1229 kgce/kWh（GB/T 2589 参考折标系数（当量值））",
                "  天然气折标系数 1.3300 kgce/m³（GB/T 2589 参考折标系数）",
                "  原煤折标系数 0.7143 kgce/kg（GB/T 2589 参考折标系数）");
        assertThat(String.join("\n", lines)).contains("计算方法：折标准煤（tce）= Σ 实物量");
    }

    @Test
    void industryCo2UsesTheGridFactorOfItsYearAndTheFuelFactors() throws IOException {
        List<String> lines = explainer.value("co2.total.t");

        List<String[]> rows = listedRows(lines);
        Map<String, BigDecimal> factor = Map.of("电力/万kWh", new BigDecimal("5.306"), // 10 MWh × 0.5306
                "电力/MWh", new BigDecimal("0.5306"), "天然气/万m³", new BigDecimal("21.622"),
                "原煤/t", new BigDecimal("1.9003"));
        BigDecimal co2 = rows.stream().map(row -> new BigDecimal(row[3]).multiply(factor.get(row[2] + "/" + row[4])))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows).hasSize(4);
        assertThat(co2).isEqualByComparingTo("3708.32"); // 530.6 + 216.22 + 1061.2 + 1900.3
        assertThat(lines.get(1)).startsWith("全行业二氧化碳排放量 = 3708.3 tCO2（未修约 3708.32）");
        assertThat(lines).contains("  电网排放因子 0.5306 tCO2/MWh（生态环境部、国家统计局公布的电力二氧化碳排放因子（2023 全国））",
                "  天然气二氧化碳排放因子 21.622 tCO2/万m³（企业温室气体排放核算指南缺省值）");
    }

    @Test
    void anEnterprisesComprehensiveEnergyIsItsSubtotalCellOfWorksheet24() throws IOException {
        List<String> lines = explainer.cell("2-4:E03:综合能耗");

        List<String[]> rows = listedRows(lines);
        assertThat(rows).hasSize(1);
        BigDecimal tce = kgce(rows.get(0)).divide(new BigDecimal(1000));
        assertThat(tce).isEqualByComparingTo("714.3");
        assertThat(lines).startsWith("计算说明（audit:explain）：2-4:E03:小计:折标准煤",
                "E03 丙电镀有限公司 综合能耗 = 714.3 tce（未修约 714.3）");
        assertThat(lines).contains("  data/energy.csv:6  E03 原煤 实物量 1000 t");
    }

    @Test
    void aWaterReuseRateIsReusedOverReusedAndFresh() throws IOException {
        List<String> lines = explainer.cell("2-5:甲电镀有限公司:重复利用率");

        List<String[]> rows = listedRows(lines);
        assertThat(rows).hasSize(2); // the same row: fresh and reused water
        BigDecimal fresh = new BigDecimal(rows.get(0)[2]);
        BigDecimal reused = new BigDecimal(rows.get(1)[3]);
        BigDecimal rate = reused.multiply(new BigDecimal(100)).divide(reused.add(fresh), MathContext.DECIMAL128);
        assertThat(rate.setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("19.3");
        assertThat(lines.get(1)).startsWith("E01 甲电镀有限公司 水重复利用率 = 19.3 %");
        assertThat(lines).contains("  data/water.csv:2  E01 新鲜水量 5.28 万m³", "  data/water.csv:2  E01 重复用水量 1.26 万m³");
    }

    @Test
    void anUnknownKeyNamesWhatWasAskedAndTheKeysNearIt() {
        assertThatThrownBy(() -> explainer.value("energy.totl.tce")).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("未知的数值名（unknown value）：energy.totl.tce。相近的有：energy.total.tce");
    }

    @Test
    void anUnknownCellListsTheCellsNearIt() {
        assertThatThrownBy(() -> explainer.cell("2-4:E03:综合能")).isInstanceOf(AuditException.class)
                .hasMessageContaining("找不到有来源记录的单元格（unknown cell）：2-4:E03:综合能")
                .hasMessageContaining("2-4:E03:小计:综合能耗");
        assertThatThrownBy(() -> explainer.cell("2-44:E03:综合能耗")).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("未知的工作表或表格（unknown table）：2-44。相近的有：").hasMessageContaining("2-4");
        assertThatThrownBy(() -> explainer.cell("2-4")).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("单元格地址应为“表:企业:列”或“表:企业:行:列”（cell address）");
    }

    @Test
    void aCellTwoRowsAnswerToAsksForItsRow() {
        assertThatThrownBy(() -> explainer.cell("2-4:E01:折标准煤")).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("单元格地址不唯一（ambiguous cell）：2-4:E01:折标准煤 可指：2-4:E01:电力:折标准煤、"
                        + "2-4:E01:天然气:折标准煤、2-4:E01:小计:折标准煤");
        assertThat(explainer.cell("2-4:E01:天然气:折标准煤")).contains("E01 甲电镀有限公司 天然气折标准煤 = 133.0 tce（未修约 133）");
    }

    @Test
    void theGoalPrintsTheChainsAskedForAndRefusesToGuessWhenNothingIsAsked() {
        List<String> out = new ArrayList<>();
        new ProjectExplanation(out::add).print(PROJECT, "grid.factor", "2-4:E03:综合能耗");
        assertThat(out).contains("计算说明（audit:explain）：audit:value[grid.factor]",
                "  电网排放因子 0.5306 tCO2/MWh（生态环境部、国家统计局公布的电力二氧化碳排放因子（2023 全国））",
                "计算说明（audit:explain）：2-4:E03:小计:折标准煤");
        assertThatThrownBy(() -> new ProjectExplanation(out::add).print(PROJECT, " ", null))
                .isInstanceOf(AuditException.class).hasMessageStartingWith("没有指定要说明的数值或单元格（nothing to explain）");
    }
}
