package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.CarbonFactors;
import io.github.cpaudit.model.EmissionFactor;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.GridFactorTable;
import io.github.cpaudit.model.NaturalGasNcv;
import io.github.cpaudit.model.ProcessEmission;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarbonAccountingTest {

    private static final GridFactor NATIONAL_2023 =
            new GridFactor(GridFactor.NATIONAL, 2023, new BigDecimal("0.5306"), "生态环境部、国家统计局");

    private final CarbonAccounting defaults = new CarbonAccounting(CarbonFactors.defaults(), NATIONAL_2023);

    @Test
    void workedExampleCoalAndElectricity() {
        Source row = new Source("data/energy.xlsx", "能源", 3);
        CarbonAccount account = defaults.account(List.of(
                EnergyUse.of(EnergyType.RAW_COAL, "1000", Unit.T).withSource(row),
                EnergyUse.of(EnergyType.ELECTRICITY, "1000", Unit.MWH)), List.of());
        // 1,000 t × 1.9003 = 1,900.3 tCO2
        assertThat(account.total(EmissionCategory.FUEL_COMBUSTION)).isEqualByComparingTo("1900.3");
        // 1,000 MWh × 0.5306 = 530.6 tCO2
        assertThat(account.total(EmissionCategory.PURCHASED_ELECTRICITY)).isEqualByComparingTo("530.6");
        // 1,900.3 + 530.6 = 2,430.9 tCO2
        assertThat(account.total()).isEqualByComparingTo("2430.9");
        assertThat(account.sources()).containsExactly(row);
    }

    @Test
    void convertsEachLineToItsFactorsUnit() {
        CarbonAccount account = defaults.account(List.of(
                EnergyUse.of(EnergyType.ELECTRICITY, "100", Unit.WAN_KWH),   // 1,000 MWh × 0.5306 = 530.6
                EnergyUse.of(EnergyType.NATURAL_GAS, "50000", Unit.M3),       // 5 万m³ × 21.622 = 108.11
                EnergyUse.of(EnergyType.DIESEL, "2000", Unit.KG),            // 2 t × 3.0959 = 6.1918
                EnergyUse.of(EnergyType.HEAT, "1000", Unit.GJ)),              // 1,000 GJ × 0.11 = 110
                List.of(new ProcessEmission("碳酸盐分解", Quantity.of("12.5", Unit.T_CO2), null)));
        assertThat(account.total(EmissionCategory.PURCHASED_ELECTRICITY)).isEqualByComparingTo("530.6");
        // 108.11 + 6.1918 = 114.3018
        assertThat(account.total(EmissionCategory.FUEL_COMBUSTION)).isEqualByComparingTo("114.3018");
        assertThat(account.total(EmissionCategory.PURCHASED_HEAT)).isEqualByComparingTo("110");
        assertThat(account.total(EmissionCategory.PROCESS)).isEqualByComparingTo("12.5");
        // 530.6 + 114.3018 + 110 + 12.5 = 767.4018
        assertThat(account.total()).isEqualByComparingTo("767.4018");
    }

    @Test
    void steamCountsThroughItsHeat() {
        // 100 t at 2.8 MJ/kg = 280,000 MJ = 280 GJ × 0.11 = 30.8 tCO2
        EnergyUse steam = new EnergyUse(EnergyType.STEAM, Quantity.of("100", Unit.T), new BigDecimal("2.8"), null);
        assertThat(defaults.line(steam).tco2()).isEqualByComparingTo("30.8");
        assertThat(defaults.line(EnergyUse.of(EnergyType.STEAM, "280", Unit.GJ)).tco2()).isEqualByComparingTo("30.8");
        assertThatThrownBy(() -> defaults.line(EnergyUse.of(EnergyType.STEAM, "100", Unit.T)))
                .isInstanceOf(AuditException.class).hasMessageContaining("蒸汽按质量计量时需要给出焓值");
    }

    @Test
    void aFuelWithoutFactorIsAnErrorNeverZero() {
        assertThatThrownBy(() -> defaults.line(EnergyUse.of(EnergyType.CLEANED_COAL, "10", Unit.T)))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("燃料“洗精煤”没有二氧化碳排放因子（no CO2 factor）");
        assertThatThrownBy(() -> defaults.line(EnergyUse.of(EnergyType.KEROSENE, "10", Unit.T)))
                .isInstanceOf(AuditException.class).hasMessageContaining("煤油");
        // a project factor makes it countable: 10 t × 2.5 = 25 tCO2
        CarbonAccounting withProjectFactor = new CarbonAccounting(CarbonFactors.defaults().withFuel(EnergyType.CLEANED_COAL,
                new EmissionFactor(new BigDecimal("2.5"), Unit.T, "项目实测")), NATIONAL_2023);
        assertThat(withProjectFactor.line(EnergyUse.of(EnergyType.CLEANED_COAL, "10", Unit.T)).tco2())
                .isEqualByComparingTo("25");
    }

    @Test
    void defaultFuelFactorsFollowTheGuidelinesRecipe() {
        Offset<BigDecimal> half = Offset.offset(new BigDecimal("0.00005"));
        // 20.908 × 26.37 × 0.94 × 44/12 / 1000 = 1.900299 → listed 1.9003
        assertThat(EmissionFactor.fromNcv(new BigDecimal("20.908"), Unit.T, new BigDecimal("26.37"),
                new BigDecimal("0.94"), "").tco2PerUnit()).isCloseTo(new BigDecimal("1.9003"), half);
        // 42.652 × 20.2 × 0.98 × 44/12 / 1000 = 3.095853 → listed 3.0959
        assertThat(EmissionFactor.fromNcv(new BigDecimal("42.652"), Unit.T, new BigDecimal("20.2"),
                new BigDecimal("0.98"), "").tco2PerUnit()).isCloseTo(new BigDecimal("3.0959"), half);
        // 43.070 × 18.9 × 0.98 × 44/12 / 1000 = 2.925098 → listed 2.9251
        assertThat(EmissionFactor.fromNcv(new BigDecimal("43.070"), Unit.T, new BigDecimal("18.9"),
                new BigDecimal("0.98"), "").tco2PerUnit()).isCloseTo(new BigDecimal("2.9251"), half);
    }

    @Test
    void naturalGasFactorFromTheProjectsNcv() {
        // 38,931 kJ/m³ = 389.31 GJ/10⁴m³ × 15.3 × 0.99 × 44/12 / 1000 = 21.62189 → listed 21.622
        assertThat(NaturalGasNcv.of("38931", "").co2Factor().tco2PerUnit())
                .isCloseTo(new BigDecimal("21.622"), Offset.offset(new BigDecimal("0.0005")));
        // 36,000 kJ/m³: 360 × 15.3 × 0.99 × 44/12 / 1000 = 19.9940 tCO2/万m³, exactly 19.99404
        CarbonFactors factors = CarbonFactors.defaults().withNaturalGas(NaturalGasNcv.of("36000", "检测报告"));
        assertThat(factors.fuel(EnergyType.NATURAL_GAS).orElseThrow().tco2PerUnit()).isEqualByComparingTo("19.99404");
    }

    @Test
    void gridFactorTheNewestNotAfterTheBaselineYear() {
        GridFactorTable table = GridFactorTable.defaults();
        GridFactorChoice for2022 = GridFactorSelection.select(table, GridFactor.NATIONAL, 2022, null);
        assertThat(for2022.used().tco2PerMwh()).isEqualByComparingTo("0.5366");
        assertThat(for2022.baselineAfterNewest()).isFalse();
        assertThat(for2022.overridden()).isFalse();
        assertThat(GridFactorSelection.select(table, GridFactor.NATIONAL, 2021, null).used().tco2PerMwh())
                .isEqualByComparingTo("0.5568");
        assertThat(GridFactorSelection.select(table, GridFactor.NATIONAL, 2023, null).used().tco2PerMwh())
                .isEqualByComparingTo("0.5306");
    }

    @Test
    void gridFactorForALaterBaselineIsTheNewestAndSaysSo() {
        GridFactorChoice choice = GridFactorSelection.select(GridFactorTable.defaults(), GridFactor.NATIONAL, 2025, null);
        assertThat(choice.used().dataYear()).isEqualTo(2023);
        assertThat(choice.used().tco2PerMwh()).isEqualByComparingTo("0.5306");
        assertThat(choice.baselineAfterNewest()).isTrue();
        assertThat(choice.note()).contains("2025").contains("最新公布");
    }

    @Test
    void gridFactorForAnEarlierBaselineNeedsTheProjects() {
        assertThatThrownBy(() -> GridFactorSelection.select(GridFactorTable.defaults(), GridFactor.NATIONAL, 2019, null))
                .isInstanceOf(AuditException.class).hasMessageContaining("没有适用于基准年 2019 年的全国电网排放因子")
                .hasMessageContaining("最早为 2021 年");
        GridFactor old = new GridFactor(GridFactor.NATIONAL, 2015, new BigDecimal("0.5810"), "2022年生态环境部通知");
        GridFactorChoice choice = GridFactorSelection.select(GridFactorTable.defaults(), GridFactor.NATIONAL, 2019, old);
        assertThat(choice.used()).isEqualTo(old);
        assertThat(choice.optionalRuleChoice()).isEmpty();
        assertThatThrownBy(() -> GridFactorSelection.select(GridFactorTable.defaults(), GridFactor.NATIONAL, 2019,
                new GridFactor(GridFactor.NATIONAL, 2015, new BigDecimal("0.5810"), " ")))
                .isInstanceOf(AuditException.class).hasMessageContaining("没有注明来源");
    }

    @Test
    void aProjectOverrideNamesBothFactors() {
        GridFactor old = new GridFactor(GridFactor.NATIONAL, 2022, new BigDecimal("0.5703"), "2023年生态环境部通知");
        GridFactorChoice choice = GridFactorSelection.select(GridFactorTable.defaults(), GridFactor.NATIONAL, 2023, old);
        assertThat(choice.used().tco2PerMwh()).isEqualByComparingTo("0.5703");
        assertThat(choice.ruleChoice().tco2PerMwh()).isEqualByComparingTo("0.5306");
        assertThat(choice.overridden()).isTrue();
        assertThat(choice.note()).contains("0.5703").contains("0.5306");
    }

    @Test
    void regionalGridFactors() {
        GridFactorChoice east = GridFactorSelection.select(GridFactorTable.defaults(), "华东", 2024, null);
        assertThat(east.used().tco2PerMwh()).isEqualByComparingTo("0.5500");
        assertThat(east.baselineAfterNewest()).isTrue();
        assertThat(GridFactorSelection.select(GridFactorTable.defaults(), "西南", 2023, null).used().tco2PerMwh())
                .isEqualByComparingTo("0.2472");
        // only 2023 is listed for regions: a 2022 baseline needs the project's factor
        assertThatThrownBy(() -> GridFactorSelection.select(GridFactorTable.defaults(), "华东", 2022, null))
                .isInstanceOf(AuditException.class).hasMessageContaining("华东");
    }
}
