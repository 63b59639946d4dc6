package io.github.cpaudit.project;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.BalanceResult;
import io.github.cpaudit.calc.EconomicResult;
import io.github.cpaudit.calc.Finding;
import io.github.cpaudit.calc.OptionEffect;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.PermitCompliance;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.calc.Ranking;
import io.github.cpaudit.calc.SynergyAnalysis;
import io.github.cpaudit.calc.SynergyClass;
import io.github.cpaudit.calc.SynergyRollUp;
import io.github.cpaudit.calc.SynergyTotals;
import io.github.cpaudit.calc.TargetResult;
import io.github.cpaudit.calc.WeightedSumRanking;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.GroupTotal;
import io.github.cpaudit.calc.IndicatorBenchmark;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A small project read from disk and computed end to end; every expected figure is worked out by
 * hand in the comments from the CSV files of {@code engine-project}, independently of the engine.
 */
class AuditProjectTest {

    private static AuditProject project;
    private static AuditResults results;

    @BeforeAll
    static void load() {
        project = AuditProject.load(Path.of("src/test/resources/engine-project"));
        results = AuditCalculation.withDefaults().compute(project.data());
    }

    @Test
    void readsTheProjectWithoutProblems() {
        assertThat(project.problems().list()).extracting(Problem::format).isEmpty();
        assertThat(project.data().enterprises()).extracting(e -> e.id()).containsExactly("E01", "E02", "E03");
        // the 2024 row of E01 is not the baseline year
        assertThat(project.data().energy().get("E01")).hasSize(2);
    }

    @Test
    void energyAndCarbonPerEnterprise() {
        EnterpriseResult e01 = result("E01");
        // 100 万kWh = 1,000,000 kWh × 0.1229 kgce = 122.9 tce; 10 万m³ × 1.33 kgce/m³ = 133.0 tce
        assertThat(e01.energy().tce()).isEqualByComparingTo("255.9");
        // 1,000 MWh × 0.5306 (2023, the newest factor not after 2025) + 10 万m³ × 21.622 t/万m³ = 530.6 + 216.22
        assertThat(e01.carbon().total()).isEqualByComparingTo("746.82");
        // 2,000 MWh = 2,000,000 kWh × 0.1229 = 245.8 tce; CO2 2,000 × 0.5306 = 1,061.2 t
        assertThat(result("E02").energy().tce()).isEqualByComparingTo("245.8");
        assertThat(result("E02").carbon().total()).isEqualByComparingTo("1061.2");
        // 1,000 t raw coal × 0.7143 = 714.3 tce; × 1.9003 = 1,900.3 tCO2
        assertThat(result("E03").energy().tce()).isEqualByComparingTo("714.3");
        assertThat(result("E03").carbon().total()).isEqualByComparingTo("1900.3");
        assertThat(results.totalTce()).isEqualByComparingTo("1216.0");
        assertThat(results.totalCo2()).isEqualByComparingTo("3708.32");
        assertThat(results.grid().used().dataYear()).isEqualTo(2023);
    }

    @Test
    void intensityNeedsOutputInOneUnit() {
        // 255,900 kgce / (30 + 20) 万m² = 5,118 kgce/万m²
        assertThat(result("E01").intensity().value()).isEqualByComparingTo("5118");
        // E02 produced nothing; E03 counts in t and in 万m²: no figure, and a reason naming the enterprise
        assertThat(result("E02").intensity().isAvailable()).isFalse();
        assertThat(result("E02").intensity().reason()).contains("乙电镀有限公司");
        assertThat(result("E03").intensity().reason()).contains("丙电镀有限公司", "mixed product units");
    }

    @Test
    void waterReuseFromHeaderUnits() {
        // 1.26 / (1.26 + 5.28) 万m³ = 19.2660…%
        assertThat(result("E01").waterReuse().value().setScale(4, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("19.2661");
        assertThat(result("E02").waterReuse().value()).isEqualByComparingTo("0");
        assertThat(result("E03").waterReuse().isAvailable()).isFalse();
    }

    @Test
    void levelsByTheTongzeMethod() {
        // formulas.md §3: A1 meets Ⅱ, A2 meets Ⅰ, B1 meets Ⅰ → Y_I = 70, Y_II = 100 → Ⅱ级
        assertThat(result("E01").level().level()).isEqualTo("Ⅱ级");
        assertThat(result("E01").level().score(0)).isEqualByComparingTo("70");
        // A1 不适用: A2 takes A's whole weight → Y_I = 0.6·100 + 0.4·100 = 100 → Ⅰ级
        assertThat(result("E02").level().level()).isEqualTo("Ⅰ级");
        // A1 35 fails Ⅲ (≤ 30): Y_III = 0.6·(0.5·0 + 0.5·100) + 0.4·100 = 70 → 未达到Ⅲ级
        assertThat(result("E03").level().score(2)).isEqualByComparingTo("70");
        assertThat(result("E03").level().level()).isEqualTo("未达到Ⅲ级");
    }

    @Test
    void benchmarksAndRollUps() {
        IndicatorBenchmark a1 = results.benchmarks().get(0);
        // A1 (≤): 15 and 35 (E02 不适用): best 15, median (15 + 35) / 2 = 25, worst 35
        assertThat(a1.best().value()).isEqualByComparingTo("15");
        assertThat(a1.median().value()).isEqualByComparingTo("25");
        assertThat(a1.worst().value()).isEqualByComparingTo("35");
        IndicatorBenchmark a2 = results.benchmarks().get(1);
        // A2 (≥): 95, 95, 85
        assertThat(a2.best().value()).isEqualByComparingTo("95");
        assertThat(a2.median().value()).isEqualByComparingTo("95");
        assertThat(a2.worst().value()).isEqualByComparingTo("85");
        // 东区: E01 + E03 = 255.9 + 714.3 tce, 746.82 + 1,900.3 tCO2
        var districts = results.rollUps().get("district");
        assertThat(districts).extracting(GroupTotal::group, GroupTotal::enterprises)
                .containsExactly(tuple("东区", 2), tuple("西区", 1));
        assertThat(districts.get(0).tce()).isEqualByComparingTo("970.2");
        assertThat(districts.get(0).tco2()).isEqualByComparingTo("2647.12");
        assertThat(districts.get(1).tce()).isEqualByComparingTo("245.8");
        assertThat(results.rollUps().get("park")).extracting(GroupTotal::group, GroupTotal::enterprises)
                .containsExactly(tuple("表面处理园", 2), tuple("园区外", 1));
    }

    @Test
    void permitComplianceConvertsUnits() {
        // roster order, then pollutants as they first appear (emissions, then permits)
        assertThat(results.permits()).extracting(PermitLine::enterprise, PermitLine::pollutant).containsExactly(
                tuple("E01", "总镍"), tuple("E01", "COD"), tuple("E02", "COD"), tuple("E02", "厂界噪声"),
                tuple("E02", "总镍"), tuple("E03", "颗粒物"));
        // 总镍: DW001 0.012 t + DW002 18 kg = 0.030 t = 30 kg > 25 kg/a → 超许可 by 5 kg, 5 / 25 = 20 %
        PermitLine nickel = results.permits().get(0);
        assertThat(nickel.discharged().in(Unit.KG)).isEqualByComparingTo("30");
        assertThat(nickel.compliance().status()).isEqualTo(PermitCompliance.Status.EXCEEDED);
        assertThat(nickel.compliance().excess().unit()).isEqualTo(Unit.KG);
        assertThat(nickel.compliance().excess().value()).isEqualByComparingTo("5");
        assertThat(nickel.compliance().excessPercent().value()).isEqualByComparingTo("20");
        assertThat(nickel.sources()).extracting(Source::row).containsExactly(2, 3, 2);
        // COD: 1.25 t (the 2024 row of 9 t is not the baseline year) > 1.0 t/a → 0.25 t, 25 %
        PermitLine cod = results.permits().get(1);
        assertThat(cod.compliance().excess().value()).isEqualByComparingTo("0.25");
        assertThat(cod.compliance().excessPercent().value()).isEqualByComparingTo("25");
        // E02 COD 0.9 ≤ 1.5 t/a; E03 颗粒物 0.5 = 0.5 t: equal is within → 达标, excess 0
        assertThat(results.permits().get(2).compliance().status().chinese()).isEqualTo("达标");
        assertThat(results.permits().get(5).compliance().status().chinese()).isEqualTo("达标");
        assertThat(results.permits().get(5).compliance().excess().value()).isEqualByComparingTo("0");
        // noise has no quantity, E02's 总镍 has a permit but no emission: no verdict either way
        assertThat(results.permits().get(3).compliance()).isNull();
        assertThat(results.permits().get(4).discharged()).isNull();
        assertThat(results.permits().get(4).compliance()).isNull();
    }

    @Test
    void optionEconomicsAtTheProjectsRates() {
        // limits 5 / 100 万元: F01 100 → 中费 (equal to the limit: the cheaper class), F02 2 and F04 0 →
        // 无/低费, F03 120 → 高费
        assertThat(results.options()).extracting(r -> r.costClass().chinese())
                .containsExactly("中费", "无/低费", "高费", "无/低费");
        // F01, formulas.md §5's worked example: D = 10, E = 25 % × (30 − 10) = 5, F = 25, N = 4.00 a,
        // NPV = 25 × 6.710081 − 100 = 67.752, NPVR 0.6775, IRR 21.406 %
        EconomicResult f01 = results.options().get(0).economics();
        assertThat(f01.depreciation()).isEqualByComparingTo("10");
        assertThat(f01.annualCashFlow()).isEqualByComparingTo("25");
        assertThat(f01.payback().value()).isEqualByComparingTo("4");
        assertThat(f01.npv().setScale(3, RoundingMode.HALF_EVEN)).isEqualByComparingTo("67.752");
        assertThat(f01.irr().value().setScale(5, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.21406");
        // accepted payback of 中费 is 3 a: 4.00 > 3 → not feasible, for that reason only
        assertThat(results.options().get(0).feasible()).isFalse();
        assertThat(results.options().get(0).notes()).containsExactly("投资偿还期超过可接受的 3 年（payback too long）");
        // F03: I = 120 − 20 subsidy = 100; D = (100 − 10) / 10 = 9; E = 25 % × (20 − 9) = 2.75; F = 17.25;
        // N = 100 / 17.25 = 5.7971 a; NPV = 17.25 × 6.710081 + 10 × 0.463193 − 100 = 20.3808;
        // NPVR 0.2038; IRR 12.161 % (solved by hand to 0.001 %) → feasible within 10 a
        EconomicResult f03 = results.options().get(2).economics();
        assertThat(f03.netInvestment()).isEqualByComparingTo("100");
        assertThat(f03.depreciation()).isEqualByComparingTo("9");
        assertThat(f03.tax()).isEqualByComparingTo("2.75");
        assertThat(f03.annualCashFlow()).isEqualByComparingTo("17.25");
        assertThat(f03.payback().value().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("5.7971");
        assertThat(f03.npv().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("20.3808");
        assertThat(f03.npvr().value().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.2038");
        assertThat(f03.irr().value().setScale(5, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.12161");
        assertThat(results.options().get(2).feasible()).isTrue();
        // 无/低费 options have no economics
        assertThat(results.options().get(1).economics()).isNull();
        assertThat(results.options().get(1).feasible()).isNull();
    }

    @Test
    void optionReductionsAndSynergy() {
        // F01: 10 万kWh = 100,000 kWh × 0.1229 = 12.29 tce; 100 MWh × 0.5306 = 53.06 tCO2; COD 0.5 t → 协同
        OptionEffect f01 = results.options().get(0).effect();
        assertThat(f01.tceSaved()).isEqualByComparingTo("12.29");
        assertThat(f01.co2Reduced()).isEqualByComparingTo("53.06");
        assertThat(f01.items()).containsEntry("新鲜水（m³）", new BigDecimal("8600"));
        assertThat(f01.synergy()).isEqualTo(SynergyClass.SYNERGY);
        // F02 is implemented: its verified 1.8 万kWh counts, not the expected 2 → 18,000 × 0.1229 = 2.2122 tce,
        // 18 MWh × 0.5306 = 9.5508 tCO2 → 降碳
        OptionResult f02 = results.options().get(1);
        assertThat(f02.option().verified()).isTrue();
        assertThat(f02.effect().tceSaved()).isEqualByComparingTo("2.2122");
        assertThat(f02.effect().co2Reduced()).isEqualByComparingTo("9.5508");
        assertThat(f02.effect().synergy()).isEqualTo(SynergyClass.CARBON);
        assertThat(f02.sources()).extracting(Source::file, Source::row)
                .containsExactly(tuple("data/options.csv", 3), tuple("data/option_effects.csv", 6));
        // F03: 总镍 (a pollutant of the project's emissions) 12 kg = 0.012 t; 1 万m³ gas × 1.33 = 13.3 tce,
        // × 21.622 = 21.622 tCO2 → 协同; F04 saves only water → 其他
        OptionEffect f03 = results.options().get(2).effect();
        assertThat(f03.items().get("总镍（t）")).isEqualByComparingTo("0.012");
        assertThat(f03.tceSaved()).isEqualByComparingTo("13.3");
        assertThat(f03.co2Reduced()).isEqualByComparingTo("21.622");
        assertThat(results.options().get(3).effect().synergy()).isEqualTo(SynergyClass.NONE);

        SynergyRollUp rollUp = results.synergy();
        // 协同: F01 + F03, investment 100 + 120 = 220, tce 12.29 + 13.3 = 25.59, CO2 53.06 + 21.622 = 74.682
        SynergyTotals synergy = rollUp.byClass().get(SynergyClass.SYNERGY);
        assertThat(synergy.count()).isEqualTo(2);
        assertThat(synergy.investment()).isEqualByComparingTo("220");
        assertThat(synergy.reductions().get(SynergyAnalysis.ENERGY_ITEM)).isEqualByComparingTo("25.59");
        assertThat(synergy.reductions().get(SynergyAnalysis.CO2_ITEM)).isEqualByComparingTo("74.682");
        assertThat(rollUp.byClass().get(SynergyClass.CARBON).count()).isEqualTo(1);
        assertThat(rollUp.byClass().get(SynergyClass.POLLUTION).count()).isZero();
        // 其中已实施: F02 alone
        assertThat(rollUp.implementedByClass().get(SynergyClass.CARBON).count()).isEqualTo(1);
        assertThat(rollUp.implementedByClass().get(SynergyClass.CARBON).investment()).isEqualByComparingTo("2");
        assertThat(rollUp.implementedByClass().get(SynergyClass.SYNERGY).count()).isZero();
        // shares from 协同 options: tce 25.59 / 27.8022 = 92.043 %, CO2 74.682 / 84.2328 = 88.661 %,
        // water 8,600 / 9,100 = 94.505 %, COD 100 %
        assertThat(rollUp.synergyShare().get(SynergyAnalysis.ENERGY_ITEM).value().setScale(3, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("92.043");
        assertThat(rollUp.synergyShare().get(SynergyAnalysis.CO2_ITEM).value().setScale(3, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("88.661");
        assertThat(rollUp.synergyShare().get("新鲜水（m³）").value().setScale(3, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("94.505");
        assertThat(rollUp.synergyShare().get("COD（t）").value()).isEqualByComparingTo("100");
    }

    @Test
    void weightedSumRankingPerPurpose() {
        // 审核重点, W = (10, 8): 镀锌 7·10 + 5·8 = 110, 镀镍 5·10 + 9·8 = 122, 前处理 122 (tie: input order, shared rank)
        Ranking focus = results.rankings().get(0);
        assertThat(focus.purpose()).isEqualTo("审核重点");
        assertThat(focus.ranked()).extracting(r -> r.candidate().name(), r -> r.total().intValueExact(),
                WeightedSumRanking.Ranked::rank)
                .containsExactly(tuple("镀镍工段", 122, 1), tuple("前处理工段", 122, 1), tuple("镀锌工段", 110, 3));
        // 方案筛选: F01 8·10 + 6·8 = 128, F03 6·10 + 9·8 = 132 → F03 first
        assertThat(results.rankings().get(1).ranked()).extracting(r -> r.candidate().name(),
                r -> r.total().intValueExact()).containsExactly(tuple("F03", 132), tuple("F01", 128));
    }

    @Test
    void targetCompletionInTheTargetsDirection() {
        // 取水量 (越低越好) 23.1 ≤ 24 → 达到; against the long-term 16: 未达到 by 23.1 − 16 = 7.1
        TargetResult water = results.targets().get(0);
        assertThat(water.nearTerm().chinese()).isEqualTo("达到");
        assertThat(water.longTerm().chinese()).isEqualTo("未达到");
        assertThat(water.longTerm().gap()).isEqualByComparingTo("7.1");
        // 重复利用率 (越高越好) 28 < 30 → 未达到 by 2
        assertThat(results.targets().get(1).nearTerm().achieved()).isFalse();
        assertThat(results.targets().get(1).nearTerm().gap()).isEqualByComparingTo("2");
        // no post-implementation value yet: not judged
        assertThat(results.targets().get(2).nearTerm()).isNull();
    }

    @Test
    void balancesWithTheProjectsTolerance() {
        // E01 镍: in 2.0 t + 1,000 kg = 3.0 t; out 2.4 + 0.2 + 0.25 = 2.85 t; (3.0 − 2.85) / 3.0 = 5.0 %,
        // not above the 5 % tolerance; utilisation 2.4 / 3.0 = 80 %
        BalanceResult nickel = results.balances().get(0);
        assertThat(nickel.check().name()).isEqualTo("甲电镀有限公司镍平衡");
        assertThat(nickel.check().inputTotal().value()).isEqualByComparingTo("3.0");
        assertThat(nickel.check().outputTotal().value()).isEqualByComparingTo("2.85");
        assertThat(nickel.check().deviation().value()).isEqualByComparingTo("5");
        assertThat(nickel.check().isWithinTolerance()).isTrue();
        assertThat(nickel.utilisation().value()).isEqualByComparingTo("80");
        // E02 水: in 2 万m³; out 1.6 万m³ + 2,000 m³ = 1.8 万m³; 0.2 / 2 = 10 % > 5 % → a finding
        BalanceResult water = results.balances().get(1);
        assertThat(water.check().deviation().value()).isEqualByComparingTo("10");
        assertThat(water.check().finding()).hasValue("乙电镀有限公司水平衡的平衡偏差率为 10.0%，超过允许的 5%");
        assertThat(water.utilisation().isAvailable()).isFalse();
    }

    @Test
    void capacityUtilisationPerProductAndGroup() {
        // E01: 镀锌 30 / 60 = 50 %, 镀镍 20 / 30 = 66.667 %
        assertThat(result("E01").products()).extracting(p -> p.utilisation().value().setScale(3, RoundingMode.HALF_EVEN))
                .containsExactly(new BigDecimal("50.000"), new BigDecimal("66.667"));
        // 东区 = E01 + E03: 万m² 60 + 30 + 10 = 100 capacity, 30 + 20 + 5 = 55 output → 55 %; t 400 / 500 = 80 %
        GroupTotal east = results.rollUps().get("district").get(0);
        assertThat(east.capacities()).extracting(c -> c.capacity().unit(), c -> c.capacity().value().intValueExact(),
                c -> c.output().value().intValueExact(), c -> c.utilisation().value().intValueExact())
                .containsExactly(tuple(Unit.WAN_M2, 100, 55, 55), tuple(Unit.T, 500, 400, 80));
        // 西区: E02 40 万m², nothing produced → 0 %
        assertThat(results.rollUps().get("district").get(1).capacities().get(0).utilisation().value())
                .isEqualByComparingTo("0");
    }

    @Test
    void findingsOnEquipmentAndMaterials() {
        assertThat(results.findings()).extracting(Finding::enterprise, Finding::kind, Finding::text).containsExactly(
                tuple("E01", "淘汰类", "甲电镀有限公司的工艺“氰化镀锌”属产业政策淘汰类"),
                tuple("E02", "限制类", "乙电镀有限公司的设备“手工镀镍线”属产业政策限制类"),
                tuple("E01", "有毒有害原料无替代计划", "甲电镀有限公司使用有毒有害原料“氰化钠”，没有替代计划"));
        assertThat(results.findings().get(2).source().row()).isEqualTo(3);
    }

    @Test
    void reductionPotentialToLevelsTwoAndOne() {
        // A1 (≤ 10/20/30 L/m²): E01 15 L/m² on (30 + 20) 万m² = 500,000 m²; E03 35 L/m² on its 5 万m²
        // (its 400 t of 镀铜件 are not in m²); E02 is 不适用.
        // to Ⅱ: E01 0, E03 (35 − 20) × 50,000 = 750,000 L; to Ⅰ: (15 − 10) × 500,000 + (35 − 10) × 50,000
        var a1 = results.potentials().get(0);
        assertThat(a1.indicator().id()).isEqualTo("A1");
        assertThat(a1.savingUnit()).isEqualTo("L");
        assertThat(a1.toLevelII().total()).isEqualByComparingTo("750000");
        assertThat(a1.toLevelI().total()).isEqualByComparingTo("3750000");
        assertThat(a1.toLevelI().savings()).extracting(s -> s.enterprise()).containsExactly("甲电镀有限公司", "丙电镀有限公司");
        assertThat(results.potentials()).hasSize(1); // A2 is ≥, B1 qualitative
    }

    @Test
    void energyConsumptionLimitsPerProduct() {
        // limit 0.5 kgce/m² for 镀锌件 (reference/energy-limits.yaml)
        // E01: 255,900 kgce / 500,000 m² = 0.5118 > 0.5 → 超限额
        // E02: output 0 → not judged; E03: 镀铜件 in t beside 镀锌件 in 万m² → not judged
        var checks = results.energyLimits();
        assertThat(checks).extracting(c -> c.enterprise().id(), c -> c.status().chinese())
                .containsExactly(tuple("E01", "超限额"), tuple("E02", "—"), tuple("E03", "—"));
        assertThat(checks.get(0).intensity().value()).isEqualByComparingTo("0.5118");
        assertThat(checks.get(0).limit().source().format()).isEqualTo("reference/energy-limits.yaml:5");
        assertThat(checks.get(2).intensity().reason()).contains("mixed product units");
    }

    @Test
    void benefitsAgainstTheBaselineYear() {
        var lines = new java.util.LinkedHashMap<String, io.github.cpaudit.calc.BenefitLine>();
        results.benefits().forEach(line -> lines.put(line.item(), line));
        // energy: F01 10 万kWh × 0.1229 = 12.29; F02 verified 1.8 万kWh = 2.2122; F03 1 万m³ × 1.33 = 13.3 → 27.8022 tce
        var energy = lines.get("能源（tce）");
        assertThat(energy.reduction()).isEqualByComparingTo("27.8022");
        assertThat(energy.baseline().value()).isEqualByComparingTo("1216.0");
        // 27.8022 / 1,216.0 × 100 = 2.2863651…% → 2.28637 to five places
        assertThat(energy.rate().value().setScale(5, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.28637");
        // only F02 is implemented: 18 MWh × 0.5306 = 9.5508 tCO2
        assertThat(lines.get("CO2（tCO2）").implemented()).isEqualByComparingTo("9.5508");
        // water: 8,600 + 500 m³ against 52,800 + 20,000 m³ fresh water = 12.5 %
        assertThat(lines.get("新鲜水（m³）").reduction()).isEqualByComparingTo("9100");
        assertThat(lines.get("新鲜水（m³）").rate().value()).isEqualByComparingTo("12.5");
        // COD: 0.5 t against 1.25 + 0.9 t discharged in 2025 (the 2024 row is not the baseline)
        assertThat(lines.get("COD（t）").baseline().value()).isEqualByComparingTo("2.15");
        // 总镍: 12 kg = 0.012 t against 0.012 t + 18 kg = 0.030 t → 40 %
        assertThat(lines.get("总镍（t）").rate().value()).isEqualByComparingTo("40");
    }

    @Test
    void outputValueAndEmployeesRollUpOnlyWhenEveryMemberReported() {
        // 工业总产值 written in 元: E01 35,605,000 元 = 3,560.5 万元; E02 8,000,000 元 = 800 万元; E03 none
        assertThat(result("E01").enterprise().outputValue()).isEqualByComparingTo("3560.5");
        var districts = results.rollUps().get("district");
        // 东区 = E01 + E03: E03 did not report → no partial sum; 从业人数 86 + 45
        assertThat(districts.get(0).outputValue().isAvailable()).isFalse();
        assertThat(districts.get(0).outputValue().reason()).contains("1 家企业未填报工业总产值");
        assertThat(districts.get(0).employees().value()).isEqualByComparingTo("131");
        // 西区 = E02
        assertThat(districts.get(1).outputValue().value()).isEqualByComparingTo("800");
        assertThat(districts.get(1).employees().value()).isEqualByComparingTo("20");
    }

    @Test
    void commonProblemsAndTheShareOfEnterprisesTheyAffect() {
        // P01 names E01 twice: 2 distinct of 3 enterprises = 66.67 %; P02: 1 of 3 = 33.33 %
        var p01 = results.issues().get(0);
        assertThat(p01.affected()).isEqualTo(2);
        assertThat(p01.share().value().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("66.67");
        assertThat(p01.issue().aspects()).containsExactly("技术工艺", "设备");
        assertThat(p01.issue().causes()).containsExactly(java.util.Map.entry("技术工艺", "未采用多级逆流漂洗"));
        assertThat(results.issues().get(1).share().value().setScale(2, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.33");
        assertThat(results.issues().get(1).issue().causes()).containsEntry("管理", "制度不健全");
    }

    private static EnterpriseResult result(String id) {
        return results.enterprises().stream().filter(r -> r.enterprise().id().equals(id)).findFirst().orElseThrow();
    }
}
