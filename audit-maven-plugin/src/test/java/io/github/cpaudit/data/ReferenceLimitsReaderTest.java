package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.ReferenceLimitSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceLimitsReaderTest {

    private static final Path EXAMPLE = Path.of("../examples/electroplating");

    @Test
    void readsTheExampleDischargeLimitsWithTheirSource() {
        DataProblems problems = new DataProblems();
        ReferenceLimitSet set = new ReferenceLimitsReader(problems)
                .read(EXAMPLE, EXAMPLE.resolve("reference/emission-limits.yaml")).orElseThrow();

        assertThat(problems.list()).isEmpty();
        assertThat(set.illustrative()).isTrue();
        assertThat(set.source()).startsWith("GB 21900-2008");
        assertThat(set.limits()).hasSize(25);
        assertThat(set.limit("废水", "总镍").orElseThrow().max()).isEqualByComparingTo("0.5");
        assertThat(set.limit("废水", "pH").orElseThrow().min()).isEqualByComparingTo("6");
        assertThat(set.limit("废气", "铬酸雾").orElseThrow().source().format()).isEqualTo("reference/emission-limits.yaml:28");
    }

    @Test
    void reportsLimitsWithoutValueOrWithAReversedRange(@TempDir Path project) throws IOException {
        Path file = project.resolve("limits.yaml");
        Files.writeString(file, """
                name: 测试
                source: 测试标准
                limits:
                  - {category: 废水, subject: 总镍, unit: mg/L}
                  - {category: 废水, subject: pH, min: 9, max: 6, unit: 无量纲}
                """);
        DataProblems problems = new DataProblems();

        new ReferenceLimitsReader(problems).read(project, file);

        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "limits.yaml:4 列“limits[1]”: 限值没有数值（limit without value）：应为max（上限）或 min（下限），实为“都没有”",
                "limits.yaml:5 列“limits[2]”: 限值范围颠倒（limit range reversed）：应为min 不大于 max，实为“9 > 6”");
    }
}
