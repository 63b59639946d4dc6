package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.CarbonFactors;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.OptionReductions;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Unit;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynergyAnalysisTest {

    private final SynergyAnalysis analysis = new SynergyAnalysis(
            new StandardCoalConversion(StandardCoalCoefficients.defaults()),
            new CarbonAccounting(CarbonFactors.defaults(),
                    new GridFactor(GridFactor.NATIONAL, 2023, new BigDecimal("0.5306"), "生态环境部、国家统计局")));

    private static OptionReductions option(String name, String investment, boolean implemented, List<EnergyUse> energy,
            Map<String, BigDecimal> pollutants, Map<String, BigDecimal> other) {
        return new OptionReductions(name, name, new BigDecimal(investment), implemented, energy, null, pollutants, other, null);
    }

    private final OptionReductions rinsing = option("逆流漂洗", "5", true, List.of(),
            Map.of("废水排放量", new BigDecimal(2000)), Map.of("新鲜水", new BigDecimal(2000)));
    private final OptionReductions rectifier = option("高频开关电源", "20", false,
            List.of(EnergyUse.of(EnergyType.ELECTRICITY, "100", Unit.MWH)), Map.of(), Map.of());
    private final OptionReductions recovery = option("槽边回收与热泵", "80", true,
            List.of(EnergyUse.of(EnergyType.RAW_COAL, "10", Unit.T)),
            Map.of("COD", new BigDecimal("1.5"), "废水排放量", new BigDecimal(3000)), Map.of());
    private final OptionReductions material = option("挂具改进", "1", false, List.of(), Map.of(),
            Map.of("主要原辅材料", new BigDecimal("0.5")));

    @Test
    void classifiesByWhatAnOptionReduces() {
        assertThat(analysis.effect(rinsing).synergy()).isEqualTo(SynergyClass.POLLUTION);
        // 100 MWh = 100,000 kWh × 0.1229 = 12.29 tce; × 0.5306 = 53.06 tCO2 → 降碳
        OptionEffect rectifierEffect = analysis.effect(rectifier);
        assertThat(rectifierEffect.tceSaved()).isEqualByComparingTo("12.29");
        assertThat(rectifierEffect.co2Reduced()).isEqualByComparingTo("53.06");
        assertThat(rectifierEffect.synergy()).isEqualTo(SynergyClass.CARBON);
        assertThat(rectifierEffect.synergy().chinese()).isEqualTo("降碳");
        // 10 t coal = 7.143 tce and 19.003 tCO2, plus COD → 协同
        OptionEffect recoveryEffect = analysis.effect(recovery);
        assertThat(recoveryEffect.tceSaved()).isEqualByComparingTo("7.143");
        assertThat(recoveryEffect.co2Reduced()).isEqualByComparingTo("19.003");
        assertThat(recoveryEffect.synergy()).isEqualTo(SynergyClass.SYNERGY);
        assertThat(analysis.effect(material).synergy()).isEqualTo(SynergyClass.NONE);
    }

    @Test
    void fuelSwitchCountsTheNetCo2() {
        // coal → electricity: saves 10 t coal (19.003 tCO2), adds 20 MWh (−20 × 0.5306 = −10.612) → 8.391 > 0
        OptionReductions fuelSwitch = new OptionReductions("S", "燃煤改电", new BigDecimal(30), false,
                List.of(EnergyUse.of(EnergyType.RAW_COAL, "10", Unit.T), EnergyUse.of(EnergyType.ELECTRICITY, "-20", Unit.MWH)),
                null, Map.of("SO2", new BigDecimal("0.2")), Map.of(), null);
        OptionEffect effect = analysis.effect(fuelSwitch);
        assertThat(effect.co2Reduced()).isEqualByComparingTo("8.391");
        // tce: 7.143 − 20,000 × 0.1229 / 1000 = 7.143 − 2.458 = 4.685
        assertThat(effect.tceSaved()).isEqualByComparingTo("4.685");
        assertThat(effect.synergy()).isEqualTo(SynergyClass.SYNERGY);
    }

    @Test
    void directCo2ReductionCountsWithoutEnergy() {
        OptionReductions direct = new OptionReductions("D", "工艺改进", BigDecimal.ONE, false, List.of(),
                new BigDecimal("3.5"), Map.of(), Map.of(), null);
        assertThat(analysis.effect(direct).synergy()).isEqualTo(SynergyClass.CARBON);
        assertThat(analysis.effect(direct).co2Reduced()).isEqualByComparingTo("3.5");
    }

    @Test
    void aSavedFuelWithoutCo2FactorIsAnError() {
        OptionReductions cleanedCoal = option("洗精煤替代", "1", false,
                List.of(EnergyUse.of(EnergyType.CLEANED_COAL, "1", Unit.T)), Map.of(), Map.of());
        assertThatThrownBy(() -> analysis.effect(cleanedCoal)).isInstanceOf(AuditException.class)
                .hasMessageContaining("洗精煤");
    }

    @Test
    void rollsUpPerClassWithTheImplementedApart() {
        SynergyRollUp rollUp = analysis.rollUp(List.of(rinsing, rectifier, recovery, material));
        SynergyTotals synergy = rollUp.byClass().get(SynergyClass.SYNERGY);
        assertThat(synergy.count()).isEqualTo(1);
        assertThat(synergy.investment()).isEqualByComparingTo("80");
        assertThat(synergy.reductions().get("COD")).isEqualByComparingTo("1.5");
        assertThat(rollUp.byClass().get(SynergyClass.POLLUTION).count()).isEqualTo(1);
        assertThat(rollUp.byClass().get(SynergyClass.CARBON).investment()).isEqualByComparingTo("20");
        assertThat(rollUp.byClass().get(SynergyClass.NONE).count()).isEqualTo(1);
        // implemented: 逆流漂洗 (减污, 5 万元) and 槽边回收 (协同, 80 万元); no 降碳 option is implemented
        assertThat(rollUp.implementedByClass().get(SynergyClass.POLLUTION).investment()).isEqualByComparingTo("5");
        assertThat(rollUp.implementedByClass().get(SynergyClass.SYNERGY).count()).isEqualTo(1);
        assertThat(rollUp.implementedByClass().get(SynergyClass.CARBON).count()).isZero();
        assertThat(rollUp.implementedByClass().get(SynergyClass.CARBON).investment()).isEqualByComparingTo("0");
    }

    @Test
    void sharePerItemFromSynergyOptions() {
        SynergyRollUp rollUp = analysis.rollUp(List.of(rinsing, rectifier, recovery, material));
        Offset<BigDecimal> tiny = Offset.offset(new BigDecimal("1e-9"));
        // 废水排放量: 3,000 of 2,000 + 3,000 = 5,000 → 60 %
        assertThat(rollUp.synergyShare().get("废水排放量").value()).isEqualByComparingTo("60");
        // COD: all from 协同 → 100 %
        assertThat(rollUp.synergyShare().get("COD").value()).isEqualByComparingTo("100");
        // energy: 7.143 / (12.29 + 7.143) = 7.143 / 19.433 = 36.7570627283 %
        assertThat(rollUp.synergyShare().get(SynergyAnalysis.ENERGY_ITEM).value())
                .isCloseTo(new BigDecimal("36.7570627283"), tiny);
        // CO2: 19.003 / (53.06 + 19.003) = 19.003 / 72.063 = 26.3699818215 %
        assertThat(rollUp.synergyShare().get(SynergyAnalysis.CO2_ITEM).value())
                .isCloseTo(new BigDecimal("26.3699818215"), tiny);
        // 新鲜水 only from the 减污 option: 0 %
        assertThat(rollUp.synergyShare().get("新鲜水").value()).isEqualByComparingTo("0");
    }
}
