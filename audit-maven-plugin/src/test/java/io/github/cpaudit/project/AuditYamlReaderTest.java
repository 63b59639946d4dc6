package io.github.cpaudit.project;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.IndustryCodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditYamlReaderTest {

    private static final Path EXAMPLE = Path.of("../examples/electroplating");

    @Test
    void readsTheExampleProject() {
        DataProblems problems = new DataProblems();
        ProjectConfig config = new AuditYamlReader(IndustryCodes.bundled(), problems).read(EXAMPLE).orElseThrow();

        assertThat(problems.list()).isEmpty();
        assertThat(config.industryCode()).isEqualTo("C3360");
        assertThat(config.baselineYear()).isEqualTo(2025);
        assertThat(config.indicatorSystem()).isEqualTo(EXAMPLE.resolve("indicators/electroplating.yaml"));
        assertThat(config.team()).hasSize(4).first().extracting(ProjectConfig.TeamMember::role).isEqualTo("组长");
        assertThat(config.schedule()).extracting(ProjectConfig.ScheduleItem::start)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 1));
        assertThat(config.gridFactor()).isNull(); // the rule picks the published factor
        assertThat(config.costClasses().mediumMax()).isEqualByComparingTo("50");
        assertThat(config.acceptedPayback()).containsEntry("中费", new BigDecimal("3"));
        assertThat(config.discountRate()).isEqualByComparingTo("0.08");
        assertThat(config.taxRate()).isEqualByComparingTo("0.25");
        assertThat(config.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
    }

    @Test
    void reportsEveryWrongValueAtItsLine(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("audit.yaml"), """
                industry:
                  name: 电镀
                  code: C9999
                region: 江城市
                baseline_year: 二〇二五
                organizer: 江城市生态环境局
                indicator_system: indicators/x.yaml
                factors:
                  grid: {value: 0.55, region: 华东}
                rounding: 五入
                """);
        DataProblems problems = new DataProblems();

        assertThat(new AuditYamlReader(IndustryCodes.bundled(), problems).read(project)).isEmpty();
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "audit.yaml:3 列“industry.code”: 行业代码不存在（unknown industry code）：应为GB/T 4754-2017 中的代码，如 C3360，实为“C9999”",
                "audit.yaml:5 列“baseline_year”: 年份格式不对（bad year）：应为四位年份，如 2025，实为“二〇二五”",
                "audit.yaml:1 列“consultant”: 缺少必填项（missing key）：应为有“consultant”，实为“没有”",
                "audit.yaml:9 列“factors.grid.year”: 缺少必填项（missing key）：应为有“year”，实为“没有”",
                "audit.yaml:9 列“factors.grid.source”: 缺少必填项（missing key）：应为有“source”，实为“没有”",
                "audit.yaml:10 列“rounding”: 不是已知的修约方式（unknown rounding）：应为half-even（四舍六入五成双）或 half-up（四舍五入），实为“五入”");
    }
}
