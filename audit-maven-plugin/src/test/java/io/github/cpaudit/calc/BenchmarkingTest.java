package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkingTest {

    private static final Indicator WATER = Indicator.quantitative("water", "单位产品每次清洗取水量", "L/m²", "1",
            Direction.LOWER_IS_BETTER, true, "8", "24", "40");
    private static final Indicator NICKEL = Indicator.quantitative("ni", "镍利用率", "%", "1",
            Direction.HIGHER_IS_BETTER, false, "95", "85", "80");

    private static List<IndicatorValue> measured(String... numbers) {
        return java.util.Arrays.stream(numbers).map(IndicatorValue::measured).toList();
    }

    @Test
    void bestMedianWorstOfALowerIsBetterIndicatorWithAnEvenCount() {
        List<IndicatorValue> values = new java.util.ArrayList<>(measured("30", "7", "50", "20"));
        values.add(IndicatorValue.notApplicable());
        values.add(null);
        IndicatorBenchmark row = Benchmarking.of(WATER, 3, values);
        assertThat(row.count()).isEqualTo(4);
        // ≤: best = min 7, worst = max 50; sorted 7, 20, 30, 50 → median (20 + 30)/2 = 25
        assertThat(row.best().value()).isEqualByComparingTo("7");
        assertThat(row.worst().value()).isEqualByComparingTo("50");
        assertThat(row.median().value()).isEqualByComparingTo("25");
        // meeting Ⅰ (≤ 8): 7 → 1/4 = 25 %; Ⅱ (≤ 24): 7, 20 → 50 %; Ⅲ (≤ 40): 7, 20, 30 → 75 %
        assertThat(row.shareMeeting()).extracting(Figure::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(25), new BigDecimal(50), new BigDecimal(75));
    }

    @Test
    void bestMedianWorstOfAHigherIsBetterIndicatorWithAnOddCount() {
        IndicatorBenchmark row = Benchmarking.of(NICKEL, 3, measured("82", "96", "86.5"));
        // ≥: best = max 96, worst = min 82; sorted best first 96, 86.5, 82 → median 86.5
        assertThat(row.best().value()).isEqualByComparingTo("96");
        assertThat(row.worst().value()).isEqualByComparingTo("82");
        assertThat(row.median().value()).isEqualByComparingTo("86.5");
        // Ⅰ (≥ 95): 1/3 = 33.33… %; Ⅱ (≥ 85): 2/3 = 66.66… %; Ⅲ (≥ 80): 3/3 = 100 %
        assertThat(row.shareMeeting().get(0).value())
                .isCloseTo(new BigDecimal("33.3333333333"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-10")));
        assertThat(row.shareMeeting().get(1).value())
                .isCloseTo(new BigDecimal("66.6666666667"), org.assertj.core.data.Offset.offset(new BigDecimal("1e-10")));
        assertThat(row.shareMeeting().get(2).value()).isEqualByComparingTo("100");
    }

    @Test
    void qualitativeIndicatorsHaveSharesButNoValues() {
        Indicator automation = Indicator.qualitative("auto", "自动化生产线比例", "1", false);
        IndicatorBenchmark row = Benchmarking.of(automation, 3, List.of(IndicatorValue.meetsLevel(0),
                IndicatorValue.meetsLevel(2), IndicatorValue.meetsNoLevel(), IndicatorValue.meetsLevel(1)));
        assertThat(row.best().isAvailable()).isFalse();
        // Ⅰ: 1 of 4 = 25 %; Ⅱ: 2 of 4 = 50 %; Ⅲ: 3 of 4 = 75 %
        assertThat(row.shareMeeting()).extracting(Figure::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(25), new BigDecimal(50), new BigDecimal(75));
    }

    @Test
    void noValuesGiveNoFigures() {
        IndicatorBenchmark row = Benchmarking.of(WATER, 3, List.of(IndicatorValue.notApplicable()));
        assertThat(row.count()).isZero();
        assertThat(row.median().isAvailable()).isFalse();
        assertThat(row.shareMeeting()).noneMatch(Figure::isAvailable);
    }

    @Test
    void reductionPotentialToLevelsTwoAndOne() {
        List<ReductionPotential.Input> enterprises = List.of(
                new ReductionPotential.Input("甲", new BigDecimal("30"), new BigDecimal("100000"), null),
                new ReductionPotential.Input("乙", new BigDecimal("20"), new BigDecimal("50000"), null),
                new ReductionPotential.Input("丙", new BigDecimal("6"), new BigDecimal("80000"), null));
        ReductionPotential.Result toTwo = ReductionPotential.toLevel(WATER, 1, enterprises);
        // to Ⅱ (24 L/m²): 甲 (30 − 24) × 100,000 = 600,000 L; 乙, 丙 already meet → 0; total 600,000 L
        assertThat(toTwo.savings()).extracting(ReductionPotential.Saving::saving).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(600000), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(toTwo.total()).isEqualByComparingTo("600000");
        // to Ⅰ (8 L/m²): 甲 22 × 100,000 = 2,200,000; 乙 12 × 50,000 = 600,000; 丙 0 → 2,800,000 L
        assertThat(ReductionPotential.toLevel(WATER, 0, enterprises).total()).isEqualByComparingTo("2800000");
        assertThatThrownBy(() -> ReductionPotential.toLevel(NICKEL, 1, enterprises)).isInstanceOf(AuditException.class)
                .hasMessageContaining("镍利用率");
    }
}
