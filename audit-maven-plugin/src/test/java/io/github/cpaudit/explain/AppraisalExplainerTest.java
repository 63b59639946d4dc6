package io.github.cpaudit.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.testing.ListedRows;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code audit:explain} on what the audit judges, over the engine's test project: the level of
 * worksheet 2-10, a permit check of 2-7, an option's NPV and payback of 2-18 and a reduction of 3-1.
 * Each figure is recomputed here by hand from the rows its chain lists, read back from the CSV files,
 * with the weights and rates of the project's indicator system and audit.yaml written out.
 */
class AppraisalExplainerTest {

    private static final Path PROJECT = Path.of("src/test/resources/engine-project");
    /** indicators/worked-example.yaml: the effective weight (first level × item) and benchmarks Ⅰ, Ⅱ, Ⅲ. */
    private static final Map<String, BigDecimal> WEIGHTS = Map.of("A1", new BigDecimal("0.3"), "A2",
            new BigDecimal("0.3"), "B1", new BigDecimal("0.4"));
    /** audit.yaml: discount_rate 8, tax_rate 25. */
    private static final BigDecimal RATE = new BigDecimal("0.08");
    private static final BigDecimal TAX = new BigDecimal("0.25");
    private static final MathContext MC = MathContext.DECIMAL128;
    private static FigureExplainer explainer;

    @BeforeAll
    static void load() {
        explainer = new FigureExplainer(ProjectView.load(PROJECT));
    }

    /**
     * Whether a row of indicator_values.csv (企业编号,年份,指标,数值) meets a level (0 = Ⅰ), by the system's
     * benchmarks: A1 ≤ 10, 20, 30; A2 ≥ 90, 80, 70; B1 the level written.
     */
    private static boolean meets(String[] row, int level) {
        return switch (row[2]) {
            case "A1" -> new BigDecimal(row[3]).compareTo(new BigDecimal(List.of(10, 20, 30).get(level))) <= 0;
            case "A2" -> new BigDecimal(row[3]).compareTo(new BigDecimal(List.of(90, 80, 70).get(level))) >= 0;
            case "B1" -> "ⅠⅡⅢ".indexOf(row[3].charAt(0)) <= level;
            default -> throw new AssertionError("indicator not in the system: " + row[2]);
        };
    }

    /** Y of a level: 100 × Σ the weights of the listed rows that meet it. */
    private static BigDecimal score(List<String[]> rows, int level) {
        return rows.stream().filter(row -> meets(row, level)).map(row -> WEIGHTS.get(row[2]))
                .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(new BigDecimal(100));
    }

    @Test
    void anEnterprisesLevelIsTheScoreOfItsIndicatorsThatMeetTheLevelOfItsRule() {
        List<String> lines = explainer.cell("2-10:E01:评价等级");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        assertThat(rows).extracting(row -> row[0] + " " + row[2]).containsExactly("E01 A1", "E01 A2", "E01 B1");
        BigDecimal score = score(rows, 1);
        assertThat(score).isEqualByComparingTo("100"); // A1 15 ≤ 20, A2 95 ≥ 80, B1 Ⅰ
        assertThat(lines.get(1)).startsWith("E01 甲电镀有限公司 评价等级 Ⅱ级（YⅡ ≥ ")
                .contains("= " + score.setScale(1, RoundingMode.HALF_EVEN) + " 分");
        assertThat(lines).contains("  data/indicator_values.csv:2  E01 取水量（权重 0.3，达到Ⅱ级） 15 L/m²",
                "  data/indicator_values.csv:4  E01 管理制度（权重 0.4，达到Ⅱ级）");
        assertThat(String.join("\n", lines)).contains("计算方法：得分 Y = 100 × Σ 达到该级的指标的权重");
    }

    @Test
    void anEnterprisesScoreAtEachLevelIsTheWeightOfItsIndicatorsThatMeetIt() {
        List<String> one = explainer.cell("2-10:E01:YⅠ");
        List<String> three = explainer.cell("2-10:E03:Y~Ⅲ~");

        List<String[]> rows = ListedRows.of(PROJECT, one);
        assertThat(rows).extracting(row -> row[0] + " " + row[2]).containsExactly("E01 A1", "E01 A2", "E01 B1");
        BigDecimal score = score(rows, 0);
        assertThat(score).isEqualByComparingTo("70"); // A1 15 > 10 misses Ⅰ; A2 95 ≥ 90 (0.3), B1 Ⅰ (0.4)
        assertThat(one.get(1)).isEqualTo("E01 甲电镀有限公司 YⅠ = " + score.setScale(1, RoundingMode.HALF_EVEN) + " 分（未修约 "
                + score.stripTrailingZeros().toPlainString() + "）");
        assertThat(one).contains("  data/indicator_values.csv:2  E01 取水量（权重 0.3，未达到Ⅰ级） 15 L/m²",
                "  data/indicator_values.csv:3  E01 利用率（权重 0.3，达到Ⅰ级） 95 %");
        BigDecimal e03 = score(ListedRows.of(PROJECT, three), 2);
        assertThat(e03).isEqualByComparingTo("70"); // A1 35 > 30 misses Ⅲ
        assertThat(three.get(1)).startsWith("E03 丙").contains(" YⅢ = " + e03.setScale(1, RoundingMode.HALF_EVEN) + " 分");
    }

    @Test
    void aConcentrationIsJudgedAtEachOutletAgainstItsLimit() {
        List<String> lines = explainer.cell("2-7:E01:总镍:排放浓度");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // emissions.csv: …,排放口 at 4, 排放浓度,浓度单位,标准限值 at 8–10
        assertThat(rows).extracting(row -> row[4]).containsExactly("DW001", "DW002");
        assertThat(rows).allSatisfy(row -> assertThat(new BigDecimal(row[8])).isLessThanOrEqualTo(new BigDecimal(row[10])));
        BigDecimal highest = rows.stream().map(row -> new BigDecimal(row[8])).max(BigDecimal::compareTo).orElseThrow();
        assertThat(lines.get(1)).isEqualTo("E01 甲电镀有限公司 总镍 最高排放浓度（达标） = " + highest.toPlainString()
                + " mg/L（未修约 " + highest.toPlainString() + "）");
        assertThat(lines).contains("  data/emissions.csv:2  E01 总镍 DW001 排放浓度 0.21 mg/L",
                "  总镍 标准限值 " + rows.get(0)[10] + " mg/L（企业填报的标准限值）");
        assertThat(String.join("\n", lines)).contains("计算方法：排放浓度（噪声为等效声级）不超过标准限值为达标");
    }

    @Test
    void aPermitCheckAddsTheOutletsInThePermitsUnit() {
        List<String> lines = explainer.cell("2-7:E01:总镍:达标/超许可");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // emissions.csv (…,排放量,单位 at 6, 7) then permits.csv (…,许可排放量,单位 at 4, 5)
        assertThat(rows).hasSize(3);
        BigDecimal kg = BigDecimal.ZERO;
        for (String[] row : rows.subList(0, 2)) {
            BigDecimal amount = new BigDecimal(row[6]);
            kg = kg.add(row[7].equals("t") ? amount.multiply(new BigDecimal(1000)) : amount);
        }
        BigDecimal permitted = new BigDecimal(rows.get(2)[4]);
        assertThat(rows.get(2)[5]).isEqualTo("kg/a");
        assertThat(kg).isEqualByComparingTo("30"); // 0.012 t + 18 kg
        assertThat(kg.compareTo(permitted)).isPositive(); // 30 > 25: 超许可
        assertThat(lines.get(1)).isEqualTo("E01 甲电镀有限公司 总镍 排放量（超许可，许可排放量 25 kg） = "
                + kg.stripTrailingZeros().toPlainString() + " kg（未修约 " + kg.stripTrailingZeros().toPlainString() + "）");
        assertThat(lines).contains("  data/permits.csv:2  E01 总镍 许可排放量 25 kg");
    }

    /**
     * An options.csv row (…,投资,年节省,使用年限,残值,补贴 at 6–10) by formulas.md §5: I net of the
     * subsidy, F = P − max(0, t·(P − D)) with D = (I − residual) ÷ n.
     */
    private record ByHand(BigDecimal investment, BigDecimal cashFlow, int years, BigDecimal residual) {

        static ByHand of(String[] row) {
            BigDecimal investment = new BigDecimal(row[6]).subtract(new BigDecimal(row[10]));
            BigDecimal saving = new BigDecimal(row[7]);
            int years = Integer.parseInt(row[8]);
            BigDecimal residual = new BigDecimal(row[9]);
            BigDecimal depreciation = investment.subtract(residual).divide(BigDecimal.valueOf(years), MC);
            BigDecimal cashFlow = saving.subtract(TAX.multiply(saving.subtract(depreciation)).max(BigDecimal.ZERO));
            return new ByHand(investment, cashFlow, years, residual);
        }

        /** NPV at rate {@code i}, the residual coming back in year n. */
        BigDecimal npv(BigDecimal i) {
            BigDecimal npv = investment.negate();
            for (int year = 1; year <= years; year++) {
                npv = npv.add(cashFlow.divide(BigDecimal.ONE.add(i).pow(year), MC));
            }
            return npv.add(residual.divide(BigDecimal.ONE.add(i).pow(years), MC));
        }

        BigDecimal payback() {
            return investment.divide(cashFlow, MC);
        }
    }

    /** The unrounded value of a 计算说明's heading: {@code … = 5.80 a（未修约 5.797101449）}. */
    private static BigDecimal unrounded(String heading) {
        return new BigDecimal(heading.substring(heading.lastIndexOf("（未修约 ") + 5, heading.length() - 1));
    }

    @Test
    void anOptionsNpvAndPaybackComeFromItsRowAndTheProjectsRates() {
        List<String> npvLines = explainer.cell("2-18:F03:净现值NPV");
        List<String> paybackLines = explainer.cell("2-18:F03:投资偿还期N");

        List<String[]> rows = ListedRows.of(PROJECT, npvLines);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row[0]).isEqualTo("F03"));
        ByHand byHand = ByHand.of(rows.get(0));
        // I = 120 − 20, P = 20, n = 10, residual 10: D = 9, E = 2.75, F = 17.25
        BigDecimal npv = byHand.npv(RATE).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal payback = byHand.payback().setScale(2, RoundingMode.HALF_EVEN);
        assertThat(npv).isEqualByComparingTo("20.38");
        assertThat(payback).isEqualByComparingTo("5.80"); // 100 ÷ 17.25
        assertThat(npvLines.get(1)).startsWith("F03 镀镍线回收改造 净现值NPV = " + npv + " 万元");
        assertThat(paybackLines.get(1)).startsWith("F03 镀镍线回收改造 投资偿还期N = " + payback + " a");
        assertThat(npvLines).contains("  所得税率 t 25 %（audit.yaml（economics.tax_rate，未设定时 25%））",
                "  基准折现率 i 8 %（audit.yaml（economics.discount_rate，未设定时 8%））");
        assertThat(ListedRows.of(PROJECT, paybackLines)).hasSameSizeAs(rows);
    }

    @Test
    void anOptionsInvestmentCashFlowNpvrAndIrrComeFromItsRowAndTheProjectsRates() {
        List<String> investment = explainer.cell("2-18:F03:总投资I");
        List<String> cashFlow = explainer.cell("2-18:F03:年净现金流量F");
        List<String> npvr = explainer.cell("2-18:F03:净现值率NPVR");
        List<String> irr = explainer.cell("2-18:F03:IRR");

        ByHand byHand = ByHand.of(ListedRows.of(PROJECT, npvr).get(0));
        assertThat(ListedRows.of(PROJECT, cashFlow)).allSatisfy(row -> assertThat(row[0]).isEqualTo("F03"));
        assertThat(investment.get(1)).startsWith("F03 镀镍线回收改造 总投资I = "
                + byHand.investment().setScale(2, RoundingMode.HALF_EVEN) + " 万元"); // 120 − 20
        assertThat(investment).noneMatch(line -> line.contains("折现率"));
        BigDecimal f = byHand.cashFlow().setScale(2, RoundingMode.HALF_EVEN);
        assertThat(f).isEqualByComparingTo("17.25"); // 20 − 0.25 × (20 − (100 − 10) ÷ 10)
        assertThat(cashFlow.get(1)).startsWith("F03 镀镍线回收改造 年净现金流量F = " + f + " 万元/a");
        assertThat(cashFlow).contains("  所得税率 t 25 %（audit.yaml（economics.tax_rate，未设定时 25%））")
                .noneMatch(line -> line.contains("基准折现率"));
        BigDecimal ratio = byHand.npv(RATE).divide(byHand.investment(), MC).setScale(3, RoundingMode.HALF_EVEN);
        assertThat(ratio).isEqualByComparingTo("0.204"); // 20.38 ÷ 100
        assertThat(npvr.get(1)).startsWith("F03 镀镍线回收改造 净现值率NPVR = " + ratio + "（");
        assertThat(npvr).contains("计算方法：NPVR = NPV ÷ I；NPV = Σ_{j=1..n} F ÷（1 + i）^j + 残值 ÷（1 + i）^n − I；"
                + "F = P − E，E = max(0, t ×（P − D）)，D =（I − 残值）÷ n，I 为扣除补贴后的总投资",
                "  基准折现率 i 8 %（audit.yaml（economics.discount_rate，未设定时 8%））");
        // the IRR is the rate at which the NPV of the row's cash flows vanishes
        BigDecimal rate = unrounded(irr.get(1));
        assertThat(byHand.npv(rate).abs()).isLessThan(new BigDecimal("0.001"));
        assertThat(byHand.npv(rate.add(new BigDecimal("0.0001"))).signum()).isNegative();
        assertThat(irr.get(1)).startsWith("F03 镀镍线回收改造 内部收益率IRR = "
                + rate.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + " %");
    }

    @Test
    void aReductionRateOfWorksheet31IsTheReductionOverTheBaselineYearsRows() {
        List<String> baseline = explainer.cell("3-1:新鲜水:基准年排放/消耗");
        List<String> rate = explainer.cell("3-1:新鲜水:削减率");

        // water.csv (企业编号,年份,新鲜水量（万m³）) for the baseline, option_effects.csv (…,削减量 at 2) for the reduction
        List<String[]> water = ListedRows.of(PROJECT, baseline);
        assertThat(water).extracting(row -> row[0]).containsExactly("E01", "E02");
        BigDecimal m3 = water.stream().map(row -> new BigDecimal(row[2])).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(new BigDecimal(10000));
        assertThat(m3).isEqualByComparingTo("72800"); // (5.28 + 2) 万m³
        assertThat(baseline.get(1)).startsWith("新鲜水 基准年排放/消耗 = " + m3.stripTrailingZeros().toPlainString() + " m³/a");
        List<String[]> rows = ListedRows.of(PROJECT, rate);
        BigDecimal reduced = rows.stream().filter(row -> row[0].startsWith("F")).map(row -> new BigDecimal(row[2]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows.stream().filter(row -> row[0].startsWith("E"))).hasSize(2);
        BigDecimal percent = reduced.divide(m3, MC).multiply(new BigDecimal(100)).setScale(1, RoundingMode.HALF_EVEN);
        assertThat(percent).isEqualByComparingTo("12.5"); // 9100 ÷ 72800
        assertThat(rate.get(1)).startsWith("新鲜水 削减率 = " + percent + " %");
        assertThat(rate.get(2)).startsWith("计算方法：削减率（%）= 方案实施后削减量 ÷ 基准年排放/消耗 × 100%");
    }

    @Test
    void aReductionOfWorksheet31IsTheSumOfTheOptionsReductions() {
        List<String> lines = explainer.cell("3-1:新鲜水:方案实施后削减量");

        List<String[]> rows = ListedRows.of(PROJECT, lines);
        // option_effects.csv: 方案编号,项目,削减量,单位
        assertThat(rows).extracting(row -> row[0] + " " + row[1]).containsExactly("F01 新鲜水", "F04 新鲜水");
        BigDecimal m3 = rows.stream().map(row -> new BigDecimal(row[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(m3).isEqualByComparingTo("9100"); // 8600 + 500 m³/a
        assertThat(lines.get(1)).startsWith("新鲜水 方案实施后削减量 = ");
        assertThat(lines).contains("  data/option_effects.csv:2  F01 多级逆流漂洗改造 新鲜水 削减量 8600 m³/a");
    }
}
