package io.github.cpaudit.calc;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.Figure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatterTest {

    private final FigureFormatter even = FigureFormatter.gbt8170();
    private final FigureFormatter up = FigureFormatter.halfUp();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void roundsEachKindToItsPlace() {
        assertThat(even.format(d("837.2"), Kind.TCE)).isEqualTo("837.2");
        assertThat(even.format(d("2430.94"), Kind.CO2)).isEqualTo("2430.9");
        assertThat(even.format(d("85.26"), Kind.PERCENT)).isEqualTo("85.3");
        assertThat(even.format(d("0.2140646"), Kind.IRR)).isEqualTo("21.41");
        assertThat(even.format(d("67.752035"), Kind.MONEY)).isEqualTo("67.75");
        assertThat(even.format(d("4"), Kind.PAYBACK)).isEqualTo("4.00");
        assertThat(even.format(d("0.6775203"), Kind.RATIO)).isEqualTo("0.678");
    }

    @Test
    void intensitiesToFourSignificantDigits() {
        // 4.917098… → 4.917; 0.012345 → 0.01234 (half even: 0.012345 → …4|5 → 4 is even); 12,345.6 → 12350
        assertThat(even.format(d("4.917098841"), Kind.INTENSITY)).isEqualTo("4.917");
        assertThat(even.format(d("0.012345"), Kind.INTENSITY)).isEqualTo("0.01234");
        assertThat(up.format(d("0.012345"), Kind.INTENSITY)).isEqualTo("0.01235");
        assertThat(even.format(d("12345.6"), Kind.INTENSITY)).isEqualTo("12350");
        // trailing zeros are significant: 4.9 → 4.900
        assertThat(even.format(d("4.9"), Kind.INTENSITY)).isEqualTo("4.900");
        assertThat(even.format(BigDecimal.ZERO, Kind.INTENSITY)).isEqualTo("0");
    }

    @Test
    void factorsPrintAsWrittenUpToFiveSignificantDigits() {
        // the standards' table values: 0.5500 (华东 2023) and 1.3300 keep their zeros, 0.1229 and 0.03412 stay
        assertThat(even.format(d("0.5500"), Kind.FACTOR)).isEqualTo("0.5500");
        assertThat(even.format(d("1.3300"), Kind.FACTOR)).isEqualTo("1.3300");
        assertThat(even.format(d("0.1229"), Kind.FACTOR)).isEqualTo("0.1229");
        assertThat(even.format(d("0.03412"), Kind.FACTOR)).isEqualTo("0.03412");
        assertThat(even.format(d("21.622"), Kind.FACTOR)).isEqualTo("21.622");
        // computed: 35,588 / 29,307.6 = 1.214292… → 1.2143; 0.1229 × 10^4 written 1229.0000 → 1229
        assertThat(even.format(d("35588").divide(d("29307.6"), java.math.MathContext.DECIMAL128), Kind.FACTOR))
                .isEqualTo("1.2143");
        assertThat(even.format(d("1229.0000"), Kind.FACTOR)).isEqualTo("1229");
        // six digits round to five: …25 → half even 1.2342, half up 1.2343
        assertThat(even.format(d("1.23425"), Kind.FACTOR)).isEqualTo("1.2342");
        assertThat(up.format(d("1.23425"), Kind.FACTOR)).isEqualTo("1.2343");
    }

    @Test
    void halfEvenByDefaultHalfUpWhenChosen() {
        // GB/T 8170 四舍六入五成双: 2.25 → 2.2, 2.35 → 2.4; half-up: 2.25 → 2.3
        assertThat(even.format(d("2.25"), Kind.TCE)).isEqualTo("2.2");
        assertThat(even.format(d("2.35"), Kind.TCE)).isEqualTo("2.4");
        assertThat(up.format(d("2.25"), Kind.TCE)).isEqualTo("2.3");
        // a 5 followed by more digits is more than half: 2.2501 → 2.3 either way
        assertThat(even.format(d("2.2501"), Kind.TCE)).isEqualTo("2.3");
        // money: 0.125 → 0.12 (even) / 0.13 (up)
        assertThat(even.format(d("0.125"), Kind.MONEY)).isEqualTo("0.12");
        assertThat(up.format(d("0.125"), Kind.MONEY)).isEqualTo("0.13");
    }

    @Test
    void missingFiguresShowAsDashOrNone() {
        Figure none = Figure.unavailable("产量为零");
        assertThat(even.format(none, Kind.INTENSITY)).isEqualTo("—");
        assertThat(even.format(none, Kind.PERCENT)).isEqualTo("—");
        assertThat(even.format(none, Kind.PAYBACK)).isEqualTo("无");
        assertThat(even.format(none, Kind.IRR)).isEqualTo("无");
        assertThat(even.format(Figure.of(d("1.23456")), Kind.INTENSITY)).isEqualTo("1.235");
    }
}
