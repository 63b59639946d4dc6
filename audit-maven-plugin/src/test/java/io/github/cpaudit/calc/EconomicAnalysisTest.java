package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.CostClassLimits;
import io.github.cpaudit.model.EconomicInputs;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EconomicAnalysisTest {

    private static final Offset<BigDecimal> TINY = Offset.offset(new BigDecimal("1e-9"));
    private final FigureFormatter format = FigureFormatter.gbt8170();

    @Test
    void workedExample() {
        // I = 100 万元, P = 30 万元/a, n = 10, residual 0, t = 25 %, i = 8 %
        EconomicResult result = EconomicAnalysis.analyse(EconomicInputs.of("100", "30", 10, "0.08"));
        // D = 100 / 10 = 10
        assertThat(result.depreciation()).isEqualByComparingTo("10");
        // E = 0.25 × (30 − 10) = 5; F = 30 − 5 = 25
        assertThat(result.tax()).isEqualByComparingTo("5");
        assertThat(result.annualCashFlow()).isEqualByComparingTo("25");
        // N = 100 / 25 = 4.00 a
        assertThat(result.payback().value()).isEqualByComparingTo("4");
        assertThat(format.format(result.payback(), Kind.PAYBACK)).isEqualTo("4.00");
        // NPV = 25 × (1 − 1.08⁻¹⁰)/0.08 − 100 = 25 × 6.710081399 − 100 = 67.75203497 → 67.75 万元
        assertThat(result.npv()).isCloseTo(new BigDecimal("67.7520349735"), TINY);
        assertThat(format.format(result.npv(), Kind.MONEY)).isEqualTo("67.75");
        // NPVR = 67.752 / 100 = 0.67752 → 0.678
        assertThat(format.format(result.npvr(), Kind.RATIO)).isEqualTo("0.678");
        // IRR: 25 × annuity(r, 10) = 100 at r = 0.2140646511 → 21.41 %
        assertThat(result.irr().value()).isCloseTo(new BigDecimal("0.2140646511"), TINY);
        assertThat(format.format(result.irr(), Kind.IRR)).isEqualTo("21.41");
        assertThat(result.isFeasible(new BigDecimal(5))).isTrue();
        assertThat(result.infeasibilityReasons(new BigDecimal(3))).containsExactly("投资偿还期超过可接受的 3 年（payback too long）");
    }

    @Test
    void noTaxWhenTheSavingIsBelowDepreciation() {
        // P = 8 < D = 10: E = max(0, 0.25 × (8 − 10)) = 0; F = 8; N = 100 / 8 = 12.5
        EconomicResult result = EconomicAnalysis.analyse(EconomicInputs.of("100", "8", 10, "0.08"));
        assertThat(result.tax()).isEqualByComparingTo("0");
        assertThat(result.annualCashFlow()).isEqualByComparingTo("8");
        assertThat(result.payback().value()).isEqualByComparingTo("12.5");
        // NPV = 8 × 6.710081399 − 100 = −46.31934881
        assertThat(result.npv()).isCloseTo(new BigDecimal("-46.3193488085"), TINY);
        // undiscounted 10 × 8 = 80 ≤ 100: no IRR
        assertThat(result.irr().isAvailable()).isFalse();
        assertThat(format.format(result.irr(), Kind.IRR)).isEqualTo("无");
        assertThat(result.isFeasible(new BigDecimal(20))).isFalse();
    }

    @Test
    void noPaybackAndNoIrrWhenTheCashFlowIsNotPositive() {
        // P = −5: E = 0, F = −5 ≤ 0 → N 无, IRR 无
        EconomicResult result = EconomicAnalysis.analyse(EconomicInputs.of("100", "-5", 10, "0.08"));
        assertThat(result.annualCashFlow()).isEqualByComparingTo("-5");
        assertThat(result.payback().isAvailable()).isFalse();
        assertThat(format.format(result.payback(), Kind.PAYBACK)).isEqualTo("无");
        assertThat(result.irr().isAvailable()).isFalse();
        // NPV = −5 × 6.710081399 − 100 = −133.55040699
        assertThat(result.npv()).isCloseTo(new BigDecimal("-133.5504069947"), TINY);
        assertThat(format.format(result.npvr(), Kind.RATIO)).isEqualTo("-1.336");
        assertThat(result.infeasibilityReasons(new BigDecimal(10))).containsExactly("净现值小于 0（NPV < 0）",
                "没有内部收益率（no IRR）", "年净现金流量不为正，投资无法回收（no payback）");
        // F = 0 exactly is "无" too
        assertThat(EconomicAnalysis.analyse(EconomicInputs.of("100", "0", 10, "0.08")).payback().isAvailable()).isFalse();
    }

    @Test
    void residualValueComesBackInYearN() {
        EconomicResult result = EconomicAnalysis.analyse(EconomicInputs.of("100", "30", 10, "0.08").withResidual("10"));
        // D = (100 − 10) / 10 = 9; E = 0.25 × (30 − 9) = 5.25; F = 24.75
        assertThat(result.depreciation()).isEqualByComparingTo("9");
        assertThat(result.tax()).isEqualByComparingTo("5.25");
        assertThat(result.annualCashFlow()).isEqualByComparingTo("24.75");
        // N = 100 / 24.75 = 4.0404 → 4.04
        assertThat(format.format(result.payback(), Kind.PAYBACK)).isEqualTo("4.04");
        // NPV = 24.75 × 6.710081399 + 10 / 1.08¹⁰ − 100 = 166.0745146 + 4.6319349 − 100 = 70.7064495
        assertThat(result.npv()).isCloseTo(new BigDecimal("70.7064495046"), TINY);
        // IRR solves 24.75 × annuity(r) + 10/(1+r)¹⁰ = 100 → 0.2153657452
        assertThat(result.irr().value()).isCloseTo(new BigDecimal("0.2153657452"), TINY);
        assertThat(format.format(result.irr(), Kind.IRR)).isEqualTo("21.54");
    }

    @Test
    void subsidiesReduceTheInvestment() {
        EconomicResult result = EconomicAnalysis.analyse(EconomicInputs.of("100", "30", 10, "0.08").withSubsidy("20"));
        // I = 100 − 20 = 80; D = 8; E = 0.25 × 22 = 5.5; F = 24.5; N = 80 / 24.5 = 3.2653 → 3.27
        assertThat(result.netInvestment()).isEqualByComparingTo("80");
        assertThat(result.depreciation()).isEqualByComparingTo("8");
        assertThat(result.annualCashFlow()).isEqualByComparingTo("24.5");
        assertThat(format.format(result.payback(), Kind.PAYBACK)).isEqualTo("3.27");
        // NPV = 24.5 × 6.710081399 − 80 = 84.39699427; NPVR = 84.397 / 80 = 1.05496 → 1.055
        assertThat(result.npv()).isCloseTo(new BigDecimal("84.3969942741"), TINY);
        assertThat(format.format(result.npvr(), Kind.RATIO)).isEqualTo("1.055");
        // IRR → 0.2803881464 → 28.04 %
        assertThat(format.format(result.irr(), Kind.IRR)).isEqualTo("28.04");
    }

    @Test
    void yearsMustBePositive() {
        assertThatThrownBy(() -> EconomicAnalysis.analyse(EconomicInputs.of("100", "30", 0, "0.08")))
                .isInstanceOf(AuditException.class).hasMessageContaining("计算期");
    }

    @Test
    void costClassesByTheProjectsLimits() {
        CostClassLimits limits = new CostClassLimits(new BigDecimal(5), new BigDecimal(50));
        assertThat(limits.classify(new BigDecimal("5"))).isEqualTo(CostClass.NO_OR_LOW);
        assertThat(limits.classify(new BigDecimal("5.01"))).isEqualTo(CostClass.MEDIUM);
        assertThat(limits.classify(new BigDecimal("50"))).isEqualTo(CostClass.MEDIUM);
        assertThat(limits.classify(new BigDecimal("120"))).isEqualTo(CostClass.HIGH);
        assertThatThrownBy(() -> new CostClassLimits(new BigDecimal(50), new BigDecimal(5))).isInstanceOf(AuditException.class);
    }
}
