package io.github.cpaudit.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.calc.Explanation.Coefficient;
import io.github.cpaudit.calc.Explanation.Input;
import io.github.cpaudit.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's details list a few input rows in the page; the rest are counted and pointed to. */
class ExplanationTextTest {

    @Test
    void aLongListOfInputsIsCutAndCounted() {
        List<Input> inputs = new ArrayList<>();
        for (int row = 2; row <= 31; row++) {
            inputs.add(new Input(new Source("data/energy.csv", "", row), "E" + row + " 电力 实物量", BigDecimal.TEN, "万kWh"));
        }
        // 30 rows × 10 万kWh × 1.229 tce/万kWh = 368.7 tce, computed here
        Explanation total = new Explanation("全行业综合能耗", new BigDecimal("368.7"), FigureFormatter.Kind.AS_GIVEN, "tce",
                "Σ 实物量 × 折标系数", inputs, List.of(new Coefficient("电力折标系数", new BigDecimal("1.229"), "tce/万kWh", "GB/T 2589")));
        List<String> all = ExplanationText.lines(total, FigureFormatter.gbt8170(), "  ");
        List<String> cut = ExplanationText.lines(total, FigureFormatter.gbt8170(), "  ", 12, "（全部：audit:explain）");

        assertThat(all).hasSize(2 + 1 + 30 + 2);
        assertThat(cut).hasSize(2 + 1 + 12 + 1 + 2);
        assertThat(cut.get(2)).isEqualTo("输入数据（30 项）：");
        assertThat(cut.get(3)).isEqualTo("  data/energy.csv:2  E2 电力 实物量 10 万kWh");
        assertThat(cut.get(14)).isEqualTo("  data/energy.csv:13  E13 电力 实物量 10 万kWh");
        assertThat(cut.get(15)).isEqualTo("  ……另 18 项（全部：audit:explain）");
        assertThat(cut.subList(16, 18)).isEqualTo(all.subList(33, 35));
    }

    @Test
    void theUnroundedValueShowsTenSignificantDigitsWithoutTrailingZeros() {
        // a DECIMAL128 quotient: 33246.47 ÷ (33246.47 + 24271.2) × 100, to 34 digits
        BigDecimal rate = new BigDecimal("3324647").multiply(new BigDecimal(100))
                .divide(new BigDecimal("3324647").add(new BigDecimal("2427120")), java.math.MathContext.DECIMAL128);
        assertThat(rate.precision()).isEqualTo(34);
        Explanation reuse = new Explanation("水重复利用率", rate, FigureFormatter.Kind.PERCENT, "%", "重复利用率", List.of(),
                List.of());
        assertThat(ExplanationText.heading(reuse, FigureFormatter.gbt8170()))
                .isEqualTo("水重复利用率 = 57.8 %（未修约 57.80218496）");
        // 57.802184963… to 10 digits; trailing zeros left out; short and whole values as they are
        assertThat(ExplanationText.unrounded(new BigDecimal("1.2500000000000000000"))).isEqualTo("1.25");
        assertThat(ExplanationText.unrounded(new BigDecimal("664.4810719212763924715773383013281"))).isEqualTo("664.4810719");
        assertThat(ExplanationText.unrounded(new BigDecimal("0.000012345678912345"))).isEqualTo("0.00001234567891");
        assertThat(ExplanationText.unrounded(new BigDecimal("123456789012.5"))).isEqualTo("123456789012");
        assertThat(ExplanationText.unrounded(new BigDecimal("1216"))).isEqualTo("1216");
    }
}
