package io.github.cpaudit.project;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.IndustryCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The project's own natural gas NCV reaches tce and CO2, and energy rows the calculations cannot
 * use are refused with their place instead of failing the build or counting as zero.
 */
class ProjectFactorsTest {

    @Test
    void measuredNaturalGasNcvAndRefusedRows(@TempDir Path project) throws IOException {
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        Files.writeString(project.resolve("audit.yaml"), "factors: {natural_gas_ncv: 35000}\n", StandardOpenOption.APPEND);
        Files.writeString(project.resolve("data/energy.csv"), "E02,2025,洗精煤,5,t\nE03,2025,电力,3,t\n",
                StandardOpenOption.APPEND);
        Files.writeString(project.resolve("data/option_effects.csv"), "F04,洗精煤,2,t/a,否,\n", StandardOpenOption.APPEND);

        AuditProject loaded = AuditProject.load(project);
        AuditResults results = AuditCalculation.withDefaults().compute(loaded.data());

        assertThat(loaded.problems().list()).extracting(Problem::format).isEmpty();
        EnterpriseResult e01 = results.enterprises().get(0);
        // electricity 122.9 tce + gas 100,000 m³ × (35,000 kJ/m³ ÷ 29,307.6 kJ/kgce) ÷ 1,000
        BigDecimal gasTce = new BigDecimal("3500000").divide(new BigDecimal("29307.6"), MathContext.DECIMAL128);
        assertThat(e01.energy().tce()).isCloseTo(new BigDecimal("122.9").add(gasTce), within(new BigDecimal("1e-20")));
        // CO2: 1,000 MWh × 0.5306 + 10 万m³ × 350 GJ/万m³ × 15.3 tC/TJ × 0.99 × 44/12 = 530.6 + 194.3865
        assertThat(e01.carbon().total()).isEqualByComparingTo("724.9865");
        // E02's 洗精煤 has no CO2 factor and E03's electricity is in tonnes: both rows refused, located;
        // so is option F04's saving of 洗精煤, while its water saving still counts
        assertThat(results.refused()).extracting(Problem::format).satisfiesExactly(
                first -> assertThat(first).startsWith("data/energy.csv:7: ").contains("洗精煤", "no CO2 factor"),
                second -> assertThat(second).startsWith("data/energy.csv:8: ").contains("电力"),
                third -> assertThat(third).startsWith("data/option_effects.csv:10: ").contains("洗精煤"));
        assertThat(results.benefits()).filteredOn(line -> line.item().equals("新鲜水（m³）"))
                .singleElement().extracting(line -> line.reduction()).isEqualTo(new BigDecimal("9100"));
        assertThat(results.enterprises().get(1).energy().tce()).isEqualByComparingTo("245.8");
        assertThat(results.enterprises().get(2).energy().tce()).isEqualByComparingTo("714.3");
    }

    @Test
    void anNcvOutsideTheStandardsRangeIsRefusedAtItsLine(@TempDir Path project) throws IOException {
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        Files.writeString(project.resolve("audit.yaml"), "factors:\n  natural_gas_ncv: 45000\n", StandardOpenOption.APPEND);

        DataProblems problems = new DataProblems();
        new AuditYamlReader(IndustryCodes.bundled(), problems).read(project);

        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "audit.yaml:16 列“factors.natural_gas_ncv”: 天然气低位发热量不在合理范围内（natural gas NCV out of range）："
                        + "应为约 32,238–38,979 kJ/m³（折标系数 1.1000–1.3300 kgce/m³），实为“45000 kJ/m³”");
    }

    @Test
    void concentrationsAgainstTheDataOrTheReferenceStandard(@TempDir Path project) throws IOException {
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        Files.writeString(project.resolve("audit.yaml"), "  emission_limits: reference/emission-limits.yaml\n",
                StandardOpenOption.APPEND);
        Files.writeString(project.resolve("reference/emission-limits.yaml"), """
                name: 测试排放限值
                source: 测试标准 表2
                limits:
                  - {category: 废水, subject: 六价铬, max: 0.2, unit: mg/L}
                  - {category: 废水, subject: pH, min: 6, max: 9, unit: 无量纲}
                """);
        // rows 9 and 10: concentrations without a limit of their own
        Files.writeString(project.resolve("data/emissions.csv"),
                "E03,2025,废水,六价铬,DW001,,,,0.15,mg/L,,\nE02,2025,废水,pH,DW001,,,,9.5,无量纲,,\n",
                StandardOpenOption.APPEND);

        AuditProject loaded = AuditProject.load(project);
        AuditResults results = AuditCalculation.withDefaults().compute(loaded.data());

        assertThat(loaded.problems().list()).extracting(Problem::format).isEmpty();
        // the data's own limits: 总镍 0.21 and 0.3 ≤ 0.5, COD 60 and 50 ≤ 80, noise 58 ≤ 60, 颗粒物 12 ≤ 20;
        // the reference: 六价铬 0.15 ≤ 0.2 达标, pH 9.5 outside 6–9 超标
        assertThat(results.concentrations()).extracting(c -> c.emission().pollutant() + " " + c.verdict())
                .containsExactly("总镍 达标", "总镍 达标", "COD 达标", "COD 达标", "厂界噪声 达标", "颗粒物 达标",
                        "六价铬 达标", "pH 超标");
        assertThat(results.concentrations().get(7).basis()).isEqualTo("测试标准 表2（reference/emission-limits.yaml:5）");
        assertThat(results.concentrations().get(0).basis()).isEqualTo("企业填报的标准限值");
    }

    @Test
    void projectFactorsReplaceTheDefaultsAndAreCheckedAtTheirLines(@TempDir Path project) throws IOException {
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        Files.writeString(project.resolve("audit.yaml"), """
                factors:
                  standard_coal:
                    原煤: {value: 0.7, unit: kg, basis: 实测热值}
                  co2:
                    洗精煤: {value: 2.4, unit: t, basis: 企业碳排放核查报告}
                """, StandardOpenOption.APPEND);
        Files.writeString(project.resolve("data/energy.csv"), "E02,2025,洗精煤,5,t\n", StandardOpenOption.APPEND);

        AuditProject loaded = AuditProject.load(project);
        AuditResults results = AuditCalculation.withDefaults().compute(loaded.data());

        assertThat(loaded.problems().list()).extracting(Problem::format).isEmpty();
        assertThat(results.refused()).isEmpty();
        // E02: 245.8 tce + 5,000 kg 洗精煤 × 0.9 (GB/T 2589) = 250.3 tce; CO2 1,061.2 + 5 t × 2.4 = 1,073.2
        assertThat(results.enterprises().get(1).energy().tce()).isEqualByComparingTo("250.3");
        assertThat(results.enterprises().get(1).carbon().total()).isEqualByComparingTo("1073.2");
        // E03: 1,000 t 原煤 × 0.7 kgce/kg (the project's coefficient, not 0.7143) = 700 tce
        assertThat(results.enterprises().get(2).energy().tce()).isEqualByComparingTo("700");

        Files.writeString(project.resolve("audit.yaml"), "    焦炉气: {value: 1, unit: m³, basis: 无}\n"
                + "    汽油: {value: 3, unit: 桶}\n", StandardOpenOption.APPEND);
        DataProblems problems = new DataProblems();
        new AuditYamlReader(IndustryCodes.bundled(), problems).read(project);
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "audit.yaml:20 列“factors.co2.焦炉气”: 未知的能源品种（unknown energy type）：应为GB/T 2589 中的能源品种，如 原煤、天然气、电力，实为“焦炉气”",
                "audit.yaml:21 列“factors.co2.汽油.unit”: 未知的单位（unknown unit）：应为能源的计量单位，如 t、m³、kWh，实为“桶”",
                "audit.yaml:21 列“factors.co2.汽油.basis”: 缺少必填项（missing key）：应为有“basis”，实为“没有”");
    }
}
