package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.FirstLevelIndicator;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorGroup;
import io.github.cpaudit.model.IndicatorItem;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.LevelRule;
import io.github.cpaudit.model.LevelRuleSet;
import io.github.cpaudit.model.Source;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LevelEvaluationTest {

    private static final List<String> LEVELS = List.of("Ⅰ级", "Ⅱ级", "Ⅲ级");

    /** formulas.md §3's worked example, with A1 ≤ (10/20/30) and A2 ≥ (90/80/70) as benchmarks. */
    static IndicatorSystem workedExample() {
        return twoFirstLevel("0.6", "0.5", "0.5", "0.4");
    }

    /** A (wA): A1 ≤ 10/20/30 (ωA1), A2 ≥ 90/80/70 limiting (ωA2); B (wB): B1 qualitative. */
    private static IndicatorSystem twoFirstLevel(String wA, String wA1, String wA2, String wB) {
        return system(
                first("A", wA,
                        Indicator.quantitative("A1", "A1", "kg/m²", wA1, Direction.LOWER_IS_BETTER, false, "10", "20", "30"),
                        Indicator.quantitative("A2", "A2", "%", wA2, Direction.HIGHER_IS_BETTER, true, "90", "80", "70")),
                first("B", wB, Indicator.qualitative("B1", "B1", "1.0", false, "全自动", "半自动", "手工")));
    }

    private static IndicatorSystem system(FirstLevelIndicator... firstLevel) {
        return new IndicatorSystem("示例体系", LEVELS, List.of(firstLevel), LevelRuleSet.tongze2013());
    }

    private static FirstLevelIndicator first(String id, String weight, IndicatorItem... items) {
        return new FirstLevelIndicator(id, "一级指标" + id, new BigDecimal(weight), List.of(items));
    }

    private static Map<String, IndicatorValue> values(Object... pairs) {
        Map<String, IndicatorValue> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (IndicatorValue) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void workedExampleGivesLevelTwo() {
        // A1 = 15 meets Ⅱ (≤ 20) not Ⅰ; A2 = 95 meets Ⅰ (≥ 90); B1 meets Ⅰ
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "甲公司", values(
                "A1", IndicatorValue.measured("15"), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.meetsLevel(0)));
        // Y_I = 0.6·(0.5·0 + 0.5·100) + 0.4·100 = 30 + 40 = 70
        assertThat(result.score(0)).isEqualByComparingTo("70");
        // Y_II = 0.6·100 + 0.4·100 = 100; Y_III = 100
        assertThat(result.score(1)).isEqualByComparingTo("100");
        assertThat(result.score(2)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅱ级");
        assertThat(result.description()).isEqualTo("国内清洁生产先进水平");
        assertThat(result.limitingMet()).containsExactly(true, true, true);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.hasMissingValues()).isFalse();
    }

    @Test
    void workedExampleWithA1NotApplicableGivesLevelOne() {
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "甲公司", values(
                "A1", IndicatorValue.notApplicable(), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.meetsLevel(0)));
        // A2's weight becomes 1.0: Y_I = 0.6·100 + 0.4·100 = 100
        assertThat(result.score(0)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅰ级");
        assertThat(result.description()).isEqualTo("国际清洁生产领先水平");
        // effective absolute weights: A1 0, A2 0.6·1.0 = 0.6, B1 0.4·1.0 = 0.4
        assertThat(result.indicators()).extracting(IndicatorScore::weight)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("0.6"), new BigDecimal("0.4"));
        assertThat(result.indicators().get(0).status()).isEqualTo(IndicatorScore.Status.NOT_APPLICABLE);
    }

    @Test
    void aLimitingIndicatorFailingLevelOneCapsTheLevel() {
        // A (0.6): A1 ω 0.8, A2 ω 0.2 limiting; B (0.4)
        IndicatorSystem system = twoFirstLevel("0.6", "0.8", "0.2", "0.4");
        // A1 = 5 meets Ⅰ; A2 = 85 meets Ⅱ only (80 ≤ 85 < 90); B1 Ⅰ
        LevelResult result = LevelEvaluation.evaluate(system, "乙公司", values(
                "A1", IndicatorValue.measured("5"), "A2", IndicatorValue.measured("85"), "B1", IndicatorValue.meetsLevel(0)));
        // Y_I = 0.6·(0.8·100 + 0.2·0) + 0.4·100 = 48 + 40 = 88 ≥ 85, but limiting A2 fails Ⅰ
        assertThat(result.score(0)).isEqualByComparingTo("88");
        assertThat(result.limitingMet()).containsExactly(false, true, true);
        // Y_II = 0.6·100 + 0.4·100 = 100 and A2 meets Ⅱ → Ⅱ级
        assertThat(result.score(1)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅱ级");
    }

    @Test
    void anEnterpriseBelowLevelThree() {
        // A1 = 35 meets no level (> 30); A2 = 95 Ⅰ; B1 Ⅰ
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "丙公司", values(
                "A1", IndicatorValue.measured("35"), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.meetsLevel(0)));
        // Y_I = Y_II = Y_III = 0.6·(0 + 0.5·100) + 0.4·100 = 70 < 85, and Y_III < 100
        assertThat(result.scores()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(70), new BigDecimal(70), new BigDecimal(70));
        assertThat(result.level()).isEqualTo("未达到Ⅲ级");
        assertThat(result.ruleIndex()).isEqualTo(-1);
        // the gap to Ⅱ of a ≤ indicator: 35 − 20 = 15
        assertThat(result.indicators().get(0).gapTo(1)).hasValueSatisfying(gap -> assertThat(gap).isEqualByComparingTo("15"));
    }

    @Test
    void everyIndicatorAtLevelThreeGivesLevelThree() {
        // A1 = 30 (≤ 30 meets Ⅲ at the boundary), A2 = 70 (≥ 70), B1 meets Ⅲ only
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "丁公司", values(
                "A1", IndicatorValue.measured("30"), "A2", IndicatorValue.measured("70"), "B1", IndicatorValue.meetsLevel(2)));
        // Y_I = Y_II = 0; Y_III = 0.6·100 + 0.4·100 = 100
        assertThat(result.score(0)).isEqualByComparingTo("0");
        assertThat(result.score(1)).isEqualByComparingTo("0");
        assertThat(result.score(2)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅲ级");
    }

    @Test
    void aFirstLevelIndicatorWithNothingApplicableIsLeftOut() {
        // B1 not applicable → B is left out and A's weight becomes 0.6/0.6 = 1
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "戊公司", values(
                "A1", IndicatorValue.measured("15"), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.notApplicable()));
        // Y_I = 1·(0.5·0 + 0.5·100) = 50; Y_II = 1·(0.5·100 + 0.5·100) = 100 → Ⅱ级
        assertThat(result.score(0)).isEqualByComparingTo("50");
        assertThat(result.score(1)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅱ级");
        assertThat(result.indicators()).extracting(IndicatorScore::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"), BigDecimal.ZERO);
    }

    @Test
    void nothingApplicableAtAllIsAnError() {
        assertThatThrownBy(() -> LevelEvaluation.evaluate(workedExample(), "己公司", values(
                "A1", IndicatorValue.notApplicable(), "A2", IndicatorValue.notApplicable(), "B1", IndicatorValue.notApplicable())))
                .isInstanceOf(AuditException.class).hasMessageContaining("己公司").hasMessageContaining("全部指标都不适用");
    }

    @Test
    void weightsThatGive99point99999999999999InDoublesStillReachLevelThree() {
        // A (0.7): A1 0.2, A2 0.8; B (0.3): B1 1.0
        IndicatorSystem system = twoFirstLevel("0.7", "0.2", "0.8", "0.3");
        // the premise: in binary doubles 0.7·0.2·100 + 0.7·0.8·100 + 0.3·100 falls short of 100
        double inDoubles = 0.7 * 0.2 * 100 + 0.7 * 0.8 * 100 + 0.3 * 100;
        assertThat(inDoubles).isEqualTo(99.99999999999999).isLessThan(100.0);
        LevelResult result = LevelEvaluation.evaluate(system, "庚公司", values(
                "A1", IndicatorValue.measured("30"), "A2", IndicatorValue.measured("70"), "B1", IndicatorValue.meetsLevel(2)));
        // in decimals: 14 + 56 + 30 = 100 exactly
        assertThat(result.score(2)).isEqualByComparingTo("100");
        assertThat(result.level()).isEqualTo("Ⅲ级");
    }

    @Test
    void aMissingValueScoresZeroWithAWarning() {
        Source a2Row = new Source("data/indicators.csv", "", 4);
        LevelResult result = LevelEvaluation.evaluate(workedExample(), "辛公司", values(
                "A2", IndicatorValue.measured("95").withSource(a2Row), "B1", IndicatorValue.meetsLevel(0)));
        // A1 keeps its weight but scores 0: Y_I = Y_II = Y_III = 0.6·0.5·100 + 0.4·100 = 70
        assertThat(result.score(2)).isEqualByComparingTo("70");
        assertThat(result.level()).isEqualTo("未达到Ⅲ级");
        assertThat(result.hasMissingValues()).isTrue();
        assertThat(result.warnings()).containsExactly("企业“辛公司”缺少指标“A1”的数据（missing value），按 0 分计。");
        assertThat(result.sources()).containsExactly(a2Row);
    }

    @Test
    void metalsShareTheirGroupWeightEquallyOverThoseAnEnterprisePlates() {
        IndicatorSystem system = electroplatingLike();
        // zinc 83 (Ⅰ: ≥ 82), nickel 86 (Ⅱ: ≥ 85), copper not plated, water reuse 60 (Ⅲ: ≥ 50), process Ⅰ
        LevelResult result = LevelEvaluation.evaluate(system, "壬公司", values(
                "zn", IndicatorValue.measured("83"), "cu", IndicatorValue.notApplicable(), "ni", IndicatorValue.measured("86"),
                "reuse", IndicatorValue.measured("60"), "auto", IndicatorValue.meetsLevel(0)));
        // within R: zn 0.8/2 = 0.4, ni 0.4, reuse 0.2; absolute (R weighs 0.5): 0.2, 0.2, 0.1; auto 0.5
        assertThat(result.indicators()).extracting(IndicatorScore::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.2"), BigDecimal.ZERO, new BigDecimal("0.2"),
                        new BigDecimal("0.1"));
        // Y_I = 50 + 20 = 70; Y_II = 50 + 20 + 20 = 90; Y_III = 100 → Ⅱ级
        assertThat(result.scores()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(70), new BigDecimal(90), new BigDecimal(100));
        assertThat(result.level()).isEqualTo("Ⅱ级");
    }

    @Test
    void threeMetalsSplitIntoThirdsStillReachLevelThree() {
        // 0.8/3 = 0.2666… is not a finite decimal: Y_III = 99.999…9 (34 digits) counts as 100
        LevelResult result = LevelEvaluation.evaluate(electroplatingLike(), "癸公司", values(
                "zn", IndicatorValue.measured("75"), "cu", IndicatorValue.measured("75"), "ni", IndicatorValue.measured("80"),
                "reuse", IndicatorValue.measured("50"), "auto", IndicatorValue.meetsLevel(2)));
        assertThat(result.score(2)).isCloseTo(new BigDecimal(100), org.assertj.core.data.Offset.offset(new BigDecimal("1e-30")));
        assertThat(result.level()).isEqualTo("Ⅲ级");
        // each metal: 0.5 · 0.8 / 3 = 0.1333…
        assertThat(result.indicators().get(1).weight())
                .isCloseTo(new BigDecimal("0.1333333333"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-10")));
    }

    /** P (0.5): one qualitative item; R (0.5): metals group 0.8 + water reuse 0.2. */
    private static IndicatorSystem electroplatingLike() {
        IndicatorGroup metals = new IndicatorGroup("metals", "金属利用率", new BigDecimal("0.8"), List.of(
                Indicator.quantitative("zn", "锌利用率", "%", null, Direction.HIGHER_IS_BETTER, false, "82", "80", "75"),
                Indicator.quantitative("cu", "铜利用率", "%", null, Direction.HIGHER_IS_BETTER, false, "90", "80", "75"),
                Indicator.quantitative("ni", "镍利用率", "%", null, Direction.HIGHER_IS_BETTER, false, "95", "85", "80")));
        return system(
                first("P", "0.5", Indicator.qualitative("auto", "自动化生产线比例", "1", false)),
                first("R", "0.5", metals,
                        Indicator.quantitative("reuse", "水的重复利用率", "%", "0.2", Direction.HIGHER_IS_BETTER, false, "90", "70", "50")));
    }

    @Test
    void absoluteSecondLevelWeightsAreNormalisedOnLoad() {
        // R weighs 0.18; metals 0.144 and reuse 0.036 are absolute (sum 0.18) → 0.8 and 0.2
        IndicatorGroup metals = new IndicatorGroup("metals", "金属利用率", new BigDecimal("0.144"), List.of(
                Indicator.quantitative("zn", "锌利用率", "%", null, Direction.HIGHER_IS_BETTER, false, "82", "80", "75")));
        IndicatorSystem system = system(
                first("P", "0.82", Indicator.qualitative("auto", "自动化", "1", false)),
                first("R", "0.18", metals,
                        Indicator.quantitative("reuse", "水的重复利用率", "%", "0.036", Direction.HIGHER_IS_BETTER, false, "90", "70", "50")));
        List<IndicatorItem> items = system.firstLevel().get(1).items();
        assertThat(items.get(0).weight()).isEqualByComparingTo("0.8");
        assertThat(items.get(1).weight()).isEqualByComparingTo("0.2");
    }

    @Test
    void anyOtherWeightSumIsAnErrorNamingTheFirstLevelIndicator() {
        // A's items sum to 0.5 + 0.4 = 0.9: neither 1 nor w_A = 0.6
        assertThatThrownBy(() -> twoFirstLevel("0.6", "0.5", "0.4", "0.4")).isInstanceOf(AuditException.class)
                .hasMessageContaining("一级指标“一级指标A”下二级指标权重之和为 0.9，应为 1 或该一级指标的权重 0.6");
        // first-level weights 0.6 + 0.3 = 0.9
        assertThatThrownBy(() -> twoFirstLevel("0.6", "0.5", "0.5", "0.3")).isInstanceOf(AuditException.class)
                .hasMessageContaining("一级指标权重之和为 0.9，应为 1");
    }

    @Test
    void benchmarksContradictingTheDirectionAreAnError() {
        assertThatThrownBy(() -> system(first("A", "1",
                Indicator.quantitative("w", "单位产品取水量", "L/m²", "1", Direction.LOWER_IS_BETTER, true, "24", "8", "40"))))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("指标“单位产品取水量”的基准值顺序与方向“≤”矛盾（benchmark order contradicts direction）");
        assertThatThrownBy(() -> system(first("A", "1",
                Indicator.quantitative("zn", "锌利用率", "%", "1", Direction.HIGHER_IS_BETTER, false, "75", "80", "82"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("“≥”矛盾");
    }

    @Test
    void validationListsEveryProblemAtOnce() {
        assertThatThrownBy(() -> system(
                first("A", "0.5", Indicator.quantitative("x", "X", "", "1", Direction.LOWER_IS_BETTER, false, "3", "2", "1")),
                first("B", "0.4", Indicator.quantitative("y", "Y", "", "0.7", Direction.LOWER_IS_BETTER, false, "1", "2", "3"))))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("指标“X”的基准值顺序")
                .hasMessageContaining("一级指标“一级指标B”下二级指标权重之和为 0.7")
                .hasMessageContaining("一级指标权重之和为 0.9");
    }

    @Test
    void levelRulesAndNamesComeFromTheSystem() {
        // newer systems: the top level also needs every indicator to meet the second level
        LevelRuleSet newer = new LevelRuleSet(List.of(
                new LevelRule("先进（标杆）", "", 0, new BigDecimal(85), 0, 1),
                new LevelRule("准入", "", 1, new BigDecimal(85), 1, -1),
                new LevelRule("一般", "", 2, new BigDecimal(100), 2, -1)), "未达到一般水平");
        FirstLevelIndicator a = first("A", "0.7",
                Indicator.quantitative("A1", "A1", "", "0.2", Direction.LOWER_IS_BETTER, false, "10", "20", "30"),
                Indicator.quantitative("A2", "A2", "", "0.8", Direction.HIGHER_IS_BETTER, false, "90", "80", "70"));
        FirstLevelIndicator b = first("B", "0.3", Indicator.qualitative("B1", "B1", "1", false));
        Map<String, IndicatorValue> values = values(
                "A1", IndicatorValue.measured("25"), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.meetsLevel(0));
        // A1 meets Ⅲ only: Y_I = 0.7·0.8·100 + 0.3·100 = 56 + 30 = 86 ≥ 85
        LevelResult with2013 = LevelEvaluation.evaluate(new IndicatorSystem("旧", LEVELS, List.of(a, b),
                LevelRuleSet.tongze2013()), "甲", values);
        assertThat(with2013.score(0)).isEqualByComparingTo("86");
        assertThat(with2013.level()).isEqualTo("Ⅰ级");
        // the newer rule refuses the top level (A1 misses Ⅱ); Y_II = 86 ≥ 85 → 准入
        LevelResult withNewer = LevelEvaluation.evaluate(new IndicatorSystem("新", List.of("先进", "准入", "一般"),
                List.of(a, b), newer), "甲", values);
        assertThat(withNewer.level()).isEqualTo("准入");
        assertThat(withNewer.ruleIndex()).isEqualTo(1);
    }

    @Test
    void scoresAtThresholdReachIt() {
        // A (0.85): A1 1.0; B (0.15): B1 — A1 Ⅰ, B1 Ⅲ: Y_I = 85 exactly → Ⅰ级 (≥ 85)
        IndicatorSystem system = system(
                first("A", "0.85", Indicator.quantitative("A1", "A1", "", "1", Direction.LOWER_IS_BETTER, false, "10", "20", "30")),
                first("B", "0.15", Indicator.qualitative("B1", "B1", "1", false)));
        LevelResult result = LevelEvaluation.evaluate(system, "甲", values(
                "A1", IndicatorValue.measured("10"), "B1", IndicatorValue.meetsLevel(2)));
        assertThat(result.score(0)).isEqualByComparingTo("85");
        assertThat(result.level()).isEqualTo("Ⅰ级");
        // A1 = 10.0001 misses Ⅰ: Y_I = 0.15·0 + 0 = 0, Y_II = 85 → Ⅱ级
        assertThat(LevelEvaluation.evaluate(system, "甲", values(
                "A1", IndicatorValue.measured("10.0001"), "B1", IndicatorValue.meetsLevel(2))).level()).isEqualTo("Ⅱ级");
    }

    @Test
    void aQualitativeIndicatorNeedsALevelAndAQuantitativeOneANumber() {
        assertThatThrownBy(() -> LevelEvaluation.evaluate(workedExample(), "甲", values(
                "A1", IndicatorValue.meetsLevel(0), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.meetsLevel(0))))
                .isInstanceOf(AuditException.class).hasMessageContaining("定量指标“A1”应填写数值");
        assertThatThrownBy(() -> LevelEvaluation.evaluate(workedExample(), "甲", values(
                "A1", IndicatorValue.measured("5"), "A2", IndicatorValue.measured("95"), "B1", IndicatorValue.measured("1"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("定性指标“B1”应填写达到的级别");
    }
}
