package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorSystemReaderTest {

    private static final Path EXAMPLE = Path.of("../examples/electroplating");

    @Test
    void readsTheExampleElectroplatingSystem() {
        DataProblems problems = new DataProblems();
        Optional<IndicatorSystemFile> file = new IndicatorSystemReader(problems)
                .read(EXAMPLE, EXAMPLE.resolve("indicators/electroplating.yaml"));

        assertThat(problems.list()).extracting(Problem::format).isEmpty();
        IndicatorSystemFile read = file.orElseThrow();
        assertThat(read.illustrative()).isTrue();
        assertThat(read.file()).isEqualTo("indicators/electroplating.yaml");
        IndicatorSystem system = read.system();
        assertThat(system.firstLevel()).extracting(f -> f.id()).containsExactly("A", "B", "C", "D", "E", "F");
        // A1–A4, B1, C1, six metals C2–C7, D1, D2, E1, F1–F3
        assertThat(system.indicators()).hasSize(18);
        Indicator water = system.indicators().stream().filter(i -> i.id().equals("B1")).findFirst().orElseThrow();
        assertThat(water.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(water.limiting()).isTrue();
        assertThat(water.benchmarks()).containsExactly(new BigDecimal("8"), new BigDecimal("24"), new BigDecimal("40"));
        assertThat(water.unit()).isEqualTo("L/m²");
    }

    @Test
    void reportsStructuralMistakesAtTheirLine(@TempDir Path project) throws IOException {
        Path file = project.resolve("system.yaml");
        Files.writeString(file, """
                name: 测试体系
                source: 测试
                first_level:
                  - id: A
                    name: 资源消耗指标
                    weight: 1
                    indicators:
                      - {id: A1, name: 取水量, weight: 0.5, direction: "<<", benchmarks: [8, 24, 40]}
                      - {id: A2, name: 用电量, weight: 0.5, direction: "≤", benchmarks: [8, 24]}
                """);
        DataProblems problems = new DataProblems();

        assertThat(new IndicatorSystemReader(problems).read(project, file)).isEmpty();
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "system.yaml:8 列“first_level[1].indicators[1].direction”: 不是已知的指标方向（unknown direction）：应为≤、≥ 或 定性，实为“<<”",
                "system.yaml:9 列“first_level[1].indicators[2].benchmarks”: 基准值个数不对（benchmark count）：应为3 个（每个级别一个），实为“2 个”");
    }

    @Test
    void reportsWeightsThatDoNotSumToOneNamingTheIndicator(@TempDir Path project) throws IOException {
        Path file = project.resolve("system.yaml");
        Files.writeString(file, """
                name: 测试体系
                source: 测试
                first_level:
                  - {id: A, name: 资源消耗指标, weight: 0.6, indicators: [
                      {id: A1, name: 取水量, weight: 0.5, direction: "≤", benchmarks: [8, 24, 40]},
                      {id: A2, name: 用电量, weight: 0.4, direction: "≤", benchmarks: [1, 2, 3]}]}
                  - {id: B, name: 管理指标, weight: 0.4, indicators: [
                      {id: B1, name: 计量, weight: 1, direction: "定性", requirements: [甲, 乙, 丙]}]}
                """);
        DataProblems problems = new DataProblems();

        assertThat(new IndicatorSystemReader(problems).read(project, file)).isEmpty();
        assertThat(problems.list()).hasSize(1);
        assertThat(problems.list().get(0).format()).startsWith("system.yaml: ")
                .contains("资源消耗指标", "0.9", "second-level weights must sum to 1 or to w_i");
    }

    @Test
    void weightsWrittenAsPercentagesAreTheFirstProblemAtTheirLine(@TempDir Path project) throws IOException {
        Path file = project.resolve("system.yaml");
        Files.writeString(file, """
                name: 测试体系
                source: 测试
                first_level:
                  - id: A
                    name: 资源消耗指标
                    weight: 33
                    indicators:
                      - {id: A1, name: 取水量, weight: 50, direction: "≤", benchmarks: [8, 24, 40]}
                      - {id: A2, name: 用电量, weight: 50, direction: "≤", benchmarks: [1, 2, 3]}
                  - id: B
                    name: 管理指标
                    weight: 67
                    indicators:
                      - {id: B1, name: 计量, weight: 1, direction: 定性, requirements: [甲, 乙, 丙]}
                """);
        DataProblems problems = new DataProblems();

        assertThat(new IndicatorSystemReader(problems).read(project, file)).isEmpty();
        // 33 + 67 = 100 and 50 + 50 = 100: said once per list, where it starts; no sum error follows
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "system.yaml:6 列“first_level[1].weight”: 一级指标的权重写成了百分数（percent weights）："
                        + "权重应为小数（合计为 1），实为百分数 33（合计 100）；请改为 0.33，其余权重同样除以 100",
                "system.yaml:8 列“first_level[1].indicators[1].weight”: 一级指标“资源消耗指标”下的二级指标的权重写成了百分数"
                        + "（percent weights）：权重应为小数（合计为 1），实为百分数 50（合计 100）；请改为 0.5，其余权重同样除以 100");
    }

    @Test
    void reportsInvalidYamlAtItsLine(@TempDir Path project) throws IOException {
        Path file = project.resolve("system.yaml");
        Files.writeString(file, "name: 测试\nfirst_level:\n  - id: A\n   name: 错位\n");
        DataProblems problems = new DataProblems();

        assertThat(new IndicatorSystemReader(problems).read(project, file)).isEmpty();
        assertThat(problems.list()).singleElement().extracting(Problem::format).asString()
                .startsWith("system.yaml:4: YAML 格式错误（invalid yaml）");
    }
}
