package io.github.cpaudit.project;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.GroupTotal;
import io.github.cpaudit.calc.IndicatorBenchmark;
import io.github.cpaudit.data.DataProblem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        assertThat(project.problems().list()).extracting(DataProblem::format).isEmpty();
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

    private static EnterpriseResult result(String id) {
        return results.enterprises().stream().filter(r -> r.enterprise().id().equals(id)).findFirst().orElseThrow();
    }
}
