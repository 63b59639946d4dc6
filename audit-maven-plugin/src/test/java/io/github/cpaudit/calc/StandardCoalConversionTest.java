package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.NaturalGasNcv;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Unit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardCoalConversionTest {

    private final StandardCoalConversion defaults = new StandardCoalConversion(StandardCoalCoefficients.defaults());

    @Test
    void workedExampleCoalAndElectricity() {
        Source coalRow = new Source("data/energy.csv", "", 2);
        EnergyTotal total = defaults.total(List.of(
                EnergyUse.of(EnergyType.RAW_COAL, "1000", Unit.T).withSource(coalRow),
                EnergyUse.of(EnergyType.ELECTRICITY, "1000000", Unit.KWH)));
        // 1,000 t = 1,000,000 kg × 0.7143 = 714,300 kgce = 714.3 tce
        assertThat(total.lines().get(0).tce()).isEqualByComparingTo("714.3");
        // 1,000,000 kWh × 0.1229 = 122,900 kgce = 122.9 tce
        assertThat(total.lines().get(1).tce()).isEqualByComparingTo("122.9");
        // 714.3 + 122.9 = 837.2 tce
        assertThat(total.tce()).isEqualByComparingTo("837.2");
        assertThat(total.sources()).containsExactly(coalRow);
    }

    @Test
    void convertsUnitsBeforeMultiplying() {
        // 10 万kWh = 100,000 kWh × 0.1229 = 12,290 kgce = 12.29 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.ELECTRICITY, "10", Unit.WAN_KWH)).tce())
                .isEqualByComparingTo("12.29");
        // 2 万m³ gas = 20,000 m³ × 1.3300 = 26,600 kgce = 26.6 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.NATURAL_GAS, "2", Unit.WAN_M3)).tce())
                .isEqualByComparingTo("26.6");
        // 500 GJ heat = 500,000 MJ × 0.03412 = 17,060 kgce = 17.06 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.HEAT, "500", Unit.GJ)).tce())
                .isEqualByComparingTo("17.06");
        // 3 t diesel = 3000 kg × 1.4571 = 4371.3 kgce = 4.3713 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.DIESEL, "3", Unit.T)).tce())
                .isEqualByComparingTo("4.3713");
    }

    @Test
    void steamByTableValueOrByItsEnthalpy() {
        // 100 t low-pressure steam = 100,000 kg × 0.1286 = 12,860 kgce = 12.86 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.STEAM, "100", Unit.T)).tce())
                .isEqualByComparingTo("12.86");
        // with enthalpy 2.8 MJ/kg: 100,000 kg × 2.8 = 280,000 MJ × 0.03412 = 9,553.6 kgce = 9.5536 tce
        EnergyUse withEnthalpy = new EnergyUse(EnergyType.STEAM, Quantity.of("100", Unit.T), new BigDecimal("2.8"), null);
        EnergyLine line = defaults.convert(withEnthalpy);
        assertThat(line.tce()).isEqualByComparingTo("9.5536");
        assertThat(line.perUnit()).isEqualTo(Unit.MJ);
        // steam metered as heat: 280 GJ = 280,000 MJ → the same 9.5536 tce
        assertThat(defaults.convert(EnergyUse.of(EnergyType.STEAM, "280", Unit.GJ)).tce())
                .isEqualByComparingTo("9.5536");
    }

    @Test
    void naturalGasFromTheProjectsNcv() {
        // 38,931 / 29,307.6 = 1.3283585…; 10,000 m³ → 13,283.585 kgce = 13.283585 tce
        StandardCoalCoefficients coefficients = StandardCoalCoefficients.defaults()
                .withNaturalGas(NaturalGasNcv.of("38931", "供气单位检测报告"));
        BigDecimal tce = new StandardCoalConversion(coefficients)
                .convert(EnergyUse.of(EnergyType.NATURAL_GAS, "10000", Unit.M3)).tce();
        assertThat(tce).isCloseTo(new BigDecimal("13.283585"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0000005")));
        assertThat(coefficients.coefficient(EnergyType.NATURAL_GAS).orElseThrow().basis()).isEqualTo("供气单位检测报告");
    }

    @Test
    void naturalGasNcvMustGiveACoefficientWithinGbt2589sRange() {
        // 32,238.36 / 29,307.6 = 1.1000 exactly: the lower end is allowed
        assertThat(NaturalGasNcv.of("32238.36", "x").standardCoalCoefficient().kgcePerUnit())
                .isEqualByComparingTo("1.1");
        // 38,979.108 / 29,307.6 = 1.3300 exactly: the upper end is allowed
        assertThat(NaturalGasNcv.of("38979.108", "x").standardCoalCoefficient().kgcePerUnit())
                .isEqualByComparingTo("1.33");
        // 39,000 / 29,307.6 = 1.3307 > 1.3300
        assertThatThrownBy(() -> NaturalGasNcv.of("39000", "x").standardCoalCoefficient())
                .isInstanceOf(AuditException.class).hasMessageContaining("天然气低位发热量不在合理范围内")
                .hasMessageContaining("1.3307").hasMessageContaining("1.1000–1.3300");
        // 32,000 / 29,307.6 = 1.0919 < 1.1000
        assertThatThrownBy(() -> NaturalGasNcv.of("32000", "x").standardCoalCoefficient())
                .isInstanceOf(AuditException.class).hasMessageContaining("1.0919");
    }

    @Test
    void unknownEnergyTypeOrUnitIsAnErrorNotAZero() {
        assertThatThrownBy(() -> EnergyType.parse("沼气")).isInstanceOf(AuditException.class)
                .hasMessageContaining("未知的能源品种（unknown energy type）：“沼气”");
        assertThat(EnergyType.parse("天然气")).isEqualTo(EnergyType.NATURAL_GAS);
        assertThat(EnergyType.parse("Natural Gas")).isEqualTo(EnergyType.NATURAL_GAS);
        assertThat(EnergyType.parse("电力")).isEqualTo(EnergyType.ELECTRICITY);
        assertThatThrownBy(() -> defaults.convert(EnergyUse.of(EnergyType.RAW_COAL, "5", Unit.M3)))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("能源品种“原煤”的单位不符（unit dimension mismatch）：给出的是“m³”（体积）");
        StandardCoalCoefficients withoutCoke = new StandardCoalCoefficients(java.util.Map.of());
        assertThatThrownBy(() -> new StandardCoalConversion(withoutCoke).convert(EnergyUse.of(EnergyType.COKE, "1", Unit.T)))
                .isInstanceOf(AuditException.class).hasMessageContaining("能源品种“焦炭”没有折标系数");
    }

    @Test
    void intensityInTheIndicatorsUnits() {
        // 837.2 tce over 170,263 m² → 837,200 kgce / 170,263 m² = 4.9170988… kgce/m²
        Figure figure = UnitConsumption.intensity("单位产品综合能耗", "甲公司", Quantity.of("837.2", Unit.TCE), Unit.KGCE,
                Quantity.of("17.0263", Unit.WAN_M2), Unit.M2, List.of());
        assertThat(figure.value()).isCloseTo(new BigDecimal("4.917099"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0000005")));
    }

    @Test
    void zeroOrMissingOutputGivesNoIntensity() {
        Source row = new Source("data/products.csv", "", 7);
        Figure zero = UnitConsumption.intensity("单位产品综合能耗", "甲公司", Quantity.of("10", Unit.TCE), Unit.KGCE,
                Quantity.of("0", Unit.M2), Unit.M2, List.of(row));
        assertThat(zero.isAvailable()).isFalse();
        assertThat(zero.optionalValue()).isEmpty();
        assertThat(zero.reason()).contains("甲公司").contains("单位产品综合能耗").contains("—");
        assertThat(zero.sources()).containsExactly(row);
        Figure missing = UnitConsumption.intensity("单位产品综合能耗", "乙公司", Quantity.of("10", Unit.TCE), Unit.KGCE,
                null, Unit.M2, List.of());
        assertThat(missing.isAvailable()).isFalse();
        assertThat(missing.reason()).contains("乙公司");
        assertThatThrownBy(() -> UnitConsumption.intensity("单位产品综合能耗", "丙公司", Quantity.of("10", Unit.TCE),
                Unit.KGCE, Quantity.of("-1", Unit.M2), Unit.M2, List.of())).isInstanceOf(AuditException.class)
                .hasMessageContaining("丙公司");
    }
}
