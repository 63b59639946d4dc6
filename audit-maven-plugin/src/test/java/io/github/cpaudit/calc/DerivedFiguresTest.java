package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DerivedFiguresTest {

    private static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    @Test
    void capacityUtilisation() {
        // 80,000 m² / 10 万m² = 80,000 / 100,000 × 100 = 80 %
        assertThat(Percentages.capacityUtilisation(q("80000", Unit.M2), q("10", Unit.WAN_M2), List.of()).value())
                .isEqualByComparingTo("80");
        Figure none = Percentages.capacityUtilisation(q("80000", Unit.M2), q("0", Unit.WAN_M2), List.of());
        assertThat(none.isAvailable()).isFalse();
        assertThat(none.reason()).contains("设计产能");
        assertThatThrownBy(() -> Percentages.capacityUtilisation(q("1", Unit.T), q("1", Unit.M2), List.of()))
                .isInstanceOf(AuditException.class).hasMessageContaining("量纲不符");
    }

    @Test
    void waterReuseRate() {
        // 3,000 / (3,000 + 1,000) × 100 = 75 %, with fresh water in 万m³ (0.1 万m³ = 1,000 m³)
        assertThat(Percentages.waterReuseRate(q("3000", Unit.M3), q("0.1", Unit.WAN_M3), List.of()).value())
                .isEqualByComparingTo("75");
        assertThat(Percentages.waterReuseRate(q("0", Unit.M3), q("0", Unit.M3), List.of()).isAvailable()).isFalse();
    }

    @Test
    void reductionRateAndMetalUtilisation() {
        // 30 / 120 × 100 = 25 %
        assertThat(Percentages.reductionRate(q("30", Unit.T), q("120", Unit.T), List.of()).value())
                .isEqualByComparingTo("25");
        // 850 kg deposited / 1 t input × 100 = 85 %
        assertThat(Percentages.metalUtilisation(q("850", Unit.KG), q("1", Unit.T), List.of()).value())
                .isEqualByComparingTo("85");
        assertThat(Percentages.reductionRate(q("30", Unit.T), q("0", Unit.T), List.of()).isAvailable()).isFalse();
    }

    @Test
    void permitCompliance() {
        Source row = new Source("data/emissions.csv", "", 12);
        PermitCompliance.Result within = PermitCompliance.check("COD", q("1.2", Unit.T), q("1.5", Unit.T), List.of(row));
        assertThat(within.status()).isEqualTo(PermitCompliance.Status.COMPLIANT);
        assertThat(within.status().chinese()).isEqualTo("达标");
        assertThat(within.excess().value()).isEqualByComparingTo("0");
        // exactly the permitted quantity is 达标
        assertThat(PermitCompliance.check("COD", q("1500", Unit.KG), q("1.5", Unit.T), List.of()).status())
                .isEqualTo(PermitCompliance.Status.COMPLIANT);
        // 1,800 kg = 1.8 t vs 1.5 t: excess 0.3 t = 0.3 / 1.5 × 100 = 20 %
        PermitCompliance.Result over = PermitCompliance.check("COD", q("1800", Unit.KG), q("1.5", Unit.T), List.of(row));
        assertThat(over.status().chinese()).isEqualTo("超许可");
        assertThat(over.excess()).isEqualTo(new Quantity(over.excess().value(), Unit.T));
        assertThat(over.excess().value()).isEqualByComparingTo("0.3");
        assertThat(over.excessPercent().value()).isEqualByComparingTo("20");
        assertThat(over.excessPercent().sources()).containsExactly(row);
        // nothing permitted, something emitted: 超许可 with no percentage
        PermitCompliance.Result nothingPermitted = PermitCompliance.check("总镍", q("2", Unit.KG), q("0", Unit.KG), List.of());
        assertThat(nothingPermitted.status()).isEqualTo(PermitCompliance.Status.EXCEEDED);
        assertThat(nothingPermitted.excessPercent().isAvailable()).isFalse();
    }

    @Test
    void energyConsumptionLimit() {
        BigDecimal limit = new BigDecimal("5");
        assertThat(EnergyLimitCheck.check(Figure.of(new BigDecimal("5.2")), limit)).isEqualTo(EnergyLimitCheck.Status.EXCEEDED);
        assertThat(EnergyLimitCheck.Status.EXCEEDED.chinese()).isEqualTo("超限额");
        // "> limit": equal to the limit is within it
        assertThat(EnergyLimitCheck.check(Figure.of(new BigDecimal("5.000")), limit)).isEqualTo(EnergyLimitCheck.Status.WITHIN);
        assertThat(EnergyLimitCheck.check(Figure.unavailable("产量为零"), limit)).isEqualTo(EnergyLimitCheck.Status.NOT_JUDGED);
    }

    @Test
    void balanceDeviationAndTolerance() {
        List<BalanceCheck.Item> inputs = List.of(new BalanceCheck.Item("镍板", q("800", Unit.KG), null),
                new BalanceCheck.Item("镍盐（以Ni计）", q("0.2", Unit.T), null));
        // Σ in = 800 + 200 = 1,000 kg; Σ out = 850 + 60 + 50 = 960 → (1000 − 960)/1000 × 100 = 4 % ≤ 5 %
        BalanceCheck.Result within = BalanceCheck.check("甲公司镍平衡", inputs, List.of(
                new BalanceCheck.Item("镀层", q("850", Unit.KG), null), new BalanceCheck.Item("废水", q("60", Unit.KG), null),
                new BalanceCheck.Item("污泥", q("50", Unit.KG), null)));
        assertThat(within.inputTotal().value()).isEqualByComparingTo("1000");
        assertThat(within.outputTotal().value()).isEqualByComparingTo("960");
        assertThat(within.deviation().value()).isEqualByComparingTo("4");
        assertThat(within.isWithinTolerance()).isTrue();
        // Σ out = 930 → 7 % > 5 %: a finding naming the balance
        BalanceCheck.Result over = BalanceCheck.check("甲公司镍平衡", inputs,
                List.of(new BalanceCheck.Item("镀层", q("930", Unit.KG), null)));
        assertThat(over.deviation().value()).isEqualByComparingTo("7");
        assertThat(over.finding()).hasValue("甲公司镍平衡的平衡偏差率为 7.0%，超过允许的 5%");
        // more out than in: −8 % is as much a finding
        BalanceCheck.Result negative = BalanceCheck.check("乙公司水平衡",
                List.of(new BalanceCheck.Item("取水", q("1000", Unit.M3), null)),
                List.of(new BalanceCheck.Item("排水", q("1080", Unit.M3), null)));
        assertThat(negative.deviation().value()).isEqualByComparingTo("-8");
        assertThat(negative.isWithinTolerance()).isFalse();
        // the project's own tolerance: 7 % within 10 %
        assertThat(BalanceCheck.check("甲公司镍平衡", inputs, List.of(new BalanceCheck.Item("镀层", q("930", Unit.KG), null)),
                new BigDecimal(10)).isWithinTolerance()).isTrue();
    }

    @Test
    void targetCompletionFollowsTheDirection() {
        // ≤ target 24 L/m²: 20 meets it; 30 misses by 30 − 24 = 6
        assertThat(TargetCompletion.assess(Direction.LOWER_IS_BETTER, new BigDecimal(24), new BigDecimal(20)).chinese())
                .isEqualTo("达到");
        TargetCompletion.Result missed = TargetCompletion.assess(Direction.LOWER_IS_BETTER, new BigDecimal(24), new BigDecimal(30));
        assertThat(missed.chinese()).isEqualTo("未达到");
        assertThat(missed.gap()).isEqualByComparingTo("6");
        // ≥ target 85 %: 80 misses by 85 − 80 = 5; exactly 85 meets it
        assertThat(TargetCompletion.assess(Direction.HIGHER_IS_BETTER, new BigDecimal(85), new BigDecimal(80)).gap())
                .isEqualByComparingTo("5");
        assertThat(TargetCompletion.assess(Direction.HIGHER_IS_BETTER, new BigDecimal(85), new BigDecimal(85)).achieved())
                .isTrue();
    }
}
