package io.github.cpaudit.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.ListedRows;
import io.github.cpaudit.testing.ProjectCopy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit:explain} on the figures that compare two rounds, over the two-round test project
 * (2025 and 2026 in the same data files): each figure is recomputed here by hand from the rows its
 * chain lists, read back from the CSV files.
 */
class RoundExplainerTest {

    private static final Path PROJECT = Path.of("src/test/resources/rounds-project");
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static FigureExplainer explainer;

    @BeforeAll
    static void load() {
        explainer = new FigureExplainer(ProjectView.load(PROJECT));
    }

    private static BigDecimal tce(List<String[]> energyRows) {
        return energyRows.stream().map(ListedRows::kgce).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(THOUSAND, MC);
    }

    private static List<String[]> ofYear(List<String[]> rows, String year) {
        return rows.stream().filter(row -> row[1].equals(year)).toList();
    }

    @Test
    void anEnterprisesEnergyInOneRoundListsThatRoundsRowsOnly() {
        List<String> lines = explainer.cell("round-energy:A1:前一轮综合能耗");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // energy.csv: 企业编号,年份,能源品种,实物量,单位 — A1 2025 电力 100 万kWh
        assertThat(rows).extracting(row -> row[0] + " " + row[1]).containsExactly("A1 2025");
        BigDecimal tce = tce(rows);
        assertThat(tce).isEqualByComparingTo("122.9"); // 100 × 10⁴ kWh × 0.1229 kgce/kWh ÷ 1000
        assertThat(lines.get(1)).startsWith("审核基准年（2025 年） A1 综合能耗 = 122.9 tce");
        assertThat(lines).anyMatch(line -> line.contains("data/energy.csv:2  2025 年 A1 电力 实物量 100 万kWh"));
        assertThat(lines).anyMatch(line -> line.startsWith("  电力折标系数 0.1229"));
    }

    @Test
    void aChangeRateReadsBothRoundsRows() {
        List<String> lines = explainer.cell("round-energy:A1:综合能耗变化率");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        assertThat(rows).extracting(row -> row[1]).containsExactly("2025", "2026");
        BigDecimal before = tce(ofYear(rows, "2025"));
        BigDecimal after = tce(ofYear(rows, "2026"));
        BigDecimal rate = after.subtract(before).multiply(HUNDRED).divide(before, MC).setScale(1, RoundingMode.HALF_EVEN);
        assertThat(rate).isEqualByComparingTo("-10.0"); // (110.61 − 122.9) ÷ 122.9
        assertThat(lines.get(1)).startsWith("A1 综合能耗变化率 = " + rate.toPlainString() + " %");
        assertThat(lines.get(2)).startsWith("计算方法：变化率（%）=（后一轮的值 − 前一轮的值）÷ 前一轮的值 × 100%");
    }

    @Test
    void anIndustryTotalOfAPollutantIsTheSumOfBothEnterprisesDischargesInEachRound() {
        List<String> lines = explainer.cell("round-totals:COD:变化量");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // emissions.csv: 企业编号,年份,类别,污染物,排放口,产生量,排放量,单位
        assertThat(rows).extracting(row -> row[0] + " " + row[1] + " " + row[3])
                .containsExactly("A1 2025 COD", "A2 2025 COD", "A1 2026 COD", "A2 2026 COD");
        BigDecimal before = ofYear(rows, "2025").stream().map(row -> new BigDecimal(row[6]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal after = ofYear(rows, "2026").stream().map(row -> new BigDecimal(row[6]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(after.subtract(before)).isEqualByComparingTo("-0.5"); // (1.5 + 1.0) − (2.0 + 1.0)
        assertThat(lines.get(1)).startsWith("COD 变化量 = -0.5 t");
    }

    @Test
    void aMeasuredReductionScalesTheEarlierRoundToTheLaterOutput() {
        List<String> lines = explainer.cell("round-options:F1:新鲜水实测削减量");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // F1 (A1) and F2 (全体) both claim 新鲜水: checked together over A1 and A2.
        // water.csv: 企业编号,年份,新鲜水量,重复用水量; production.csv: 企业编号,年份,产品,单位,设计产能,产量
        BigDecimal measured = BigDecimal.ZERO;
        for (String id : List.of("A1", "A2")) {
            BigDecimal[] water = new BigDecimal[2];
            BigDecimal[] output = new BigDecimal[2];
            for (String[] row : rows) {
                int round = row[1].equals("2025") ? 0 : 1;
                if (row[0].equals(id) && row.length == 4) {
                    water[round] = new BigDecimal(row[2]);
                } else if (row[0].equals(id) && row.length == 6) {
                    output[round] = new BigDecimal(row[5]);
                }
            }
            measured = measured.add(water[0].multiply(output[1]).divide(output[0], MC).subtract(water[1]));
        }
        assertThat(rows).hasSize(8); // each enterprise's water and output row in each round
        assertThat(measured).isEqualByComparingTo("4000"); // A1: 10000 × 12 ÷ 10 − 8000; A2: 6000 × 5 ÷ 5 − 6000
        assertThat(lines.get(1)).startsWith("F1 新鲜水 实测削减量 = " + measured.toPlainString() + " m³");
        assertThat(lines).contains("  核实容差 10 %（audit.yaml rounds.tolerance）");
    }

    @Test
    void anOptionClaimingSeveralItemsIsNamedByTheItem() {
        assertThatThrownBy(() -> explainer.cell("round-options:F1:实测削减量")).isInstanceOf(AuditException.class)
                .hasMessageContaining("单元格地址不唯一（ambiguous cell）")
                .hasMessageContaining("round-options:F1:新鲜水实测削减量");
    }

    @Test
    void aTargetsLaterValueIsTheLaterRoundsEnergyOverItsOutput() {
        List<String> lines = explainer.cell("round-targets:单位产品综合能耗:实施后值");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        assertThat(rows).allMatch(row -> row[1].equals("2026"));
        BigDecimal kgce = rows.stream().filter(row -> row.length == 5).map(ListedRows::kgce)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // production.csv 产量 in 万m²
        BigDecimal m2 = rows.stream().filter(row -> row.length == 6).map(row -> new BigDecimal(row[5]))
                .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(new BigDecimal(10000));
        assertThat(rows).hasSize(4);
        BigDecimal intensity = kgce.divide(m2, MC).round(new MathContext(4));
        assertThat(intensity).isEqualByComparingTo("1.012"); // 172 060 kgce ÷ 170 000 m²
        assertThat(lines.get(1)).startsWith("方案实施后（2026 年） 单位产品综合能耗 = " + intensity.toPlainString() + " kgce/m²");
    }

    @Test
    void aPreviousProjectsRowsAreNamedInItsFolder(@TempDir Path dir) {
        ProjectCopy.of(PROJECT, dir.resolve("电镀-2025"));
        Path current = ProjectCopy.of(PROJECT, dir.resolve("电镀-2026"));
        ProjectCopy.replace(current.resolve("audit.yaml"), "baseline_year: 2025", "baseline_year: 2026");
        ProjectCopy.replace(current.resolve("audit.yaml"), "after: 2026", "previous: ../电镀-2025");

        List<String> lines = new FigureExplainer(ProjectView.load(current)).cell("round-energy:A1:综合能耗变化率");

        assertThat(lines).contains("  ../电镀-2025/data/energy.csv:2  2025 年 A1 电力 实物量 100 万kWh",
                "  data/energy.csv:4  2026 年 A1 电力 实物量 90 万kWh");
    }

    @Test
    void theRoundValuesForTheTextAreTracedToo() {
        List<String> rate = explainer.value("rounds.新鲜水量.rate");
        List<String[]> rows = ListedRows.of(PROJECT, rate);
        BigDecimal before = ofYear(rows, "2025").stream().map(row -> new BigDecimal(row[2]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal after = ofYear(rows, "2026").stream().map(row -> new BigDecimal(row[2]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal percent = after.subtract(before).multiply(HUNDRED).divide(before, MC).setScale(1, RoundingMode.HALF_EVEN);
        assertThat(percent).isEqualByComparingTo("-12.5"); // (14000 − 16000) ÷ 16000
        assertThat(rate.get(1)).startsWith("新鲜水量 变化率 = " + percent.toPlainString() + " %");

        // options.csv: F1 and F2 已实施, F3 计划; both implemented ones claim 新鲜水, 8000 m³ together,
        // of which 4000 was measured: neither is verified
        assertThat(explainer.value("rounds.options.count").get(1)).isEqualTo("rounds.options.count = 2");
        assertThat(explainer.value("rounds.options.unverified").get(1)).isEqualTo("rounds.options.unverified = 2");
        assertThat(explainer.value("rounds.options.verified").get(1)).isEqualTo("rounds.options.verified = 0");
        // targets.csv: 新鲜水量 14000 ≤ 15000, 取水量 (15 × 12 + 8 × 5) ÷ 17 = 12.9 ≤ 20, 单位产品综合能耗 1.012 ≤ 1.2
        assertThat(explainer.value("rounds.targets.count").get(1)).isEqualTo("rounds.targets.count = 3");
        assertThat(explainer.value("rounds.targets.achieved").get(1)).isEqualTo("rounds.targets.achieved = 3");
    }
}
