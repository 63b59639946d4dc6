package io.github.cpaudit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code audit:check} in a real Maven build ({@code src/it/check-gaps}, final mode): the summary
 * table and every known gap with its place in the log, {@code check.json} written, the build failed
 * with one Chinese paragraph and no stack trace, and the report published beside it untouched.
 */
class CheckGoalIT {

    private static final String PROJECT = "check-gaps";

    @Test
    void listsEveryKnownGapWithItsPlaceAndFails() {
        BuildLog log = BuildLog.of(InvokerProjects.project(PROJECT));
        assertThat(log.at("INFO")).contains(
                "审核检查（audit:check）：3 家企业，定稿（final）模式",
                "资料缺项（missing checklist items） |    4",
                "未完成合计（open）                  |    8");
        assertThat(log.at("ERROR")).contains(
                "  data/checklist_status.csv:68 列“资料项”: 资料项编号不在附录B清单中（unknown checklist item）："
                        + "应为附录B清单中的编号（B1.1 … B10.1），实为“B4.9”",
                "  E01 甲电镀有限公司：",
                "    data/checklist_status.csv:23 列“理由”: B9.3 方案实施前、后的监测报告或台账（用于效果核定与验收）"
                        + "（条件必需（已实施方案））：不适用但未写理由（not applicable without reason）：应写明不适用的理由，实为空",
                "    data/checklist_status.csv:34 列“提供情况”: B4.2 近三年能源消耗台账（电、煤、天然气、油品、蒸汽／热力）"
                        + "（必需）：未提供（not provided）：应为“已提供”，或“不适用”并写明理由，实为“未提供”",
                "  src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]",
                "  src/docs/asciidoc/report.adoc:8: 缺少数据：审核活动（activities）（worksheet::1-5[]）",
                "  src/docs/asciidoc/report.adoc:14: 引用了未定义的文档属性（missing attribute）：{audit-compiler}");
        assertThat(log.text()).contains("BUILD FAILURE",
                "审核检查未通过（check failed）：定稿模式（final）下仍有 8 项未完成：",
                "逐条位置见上方日志和 published/check.json；改正后重新运行 audit:check。");
        assertThat(log.text()).as("no stack trace for a writer's mistake")
                .doesNotContain("Caused by", "SEVERE")
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+")
                .doesNotContainPattern("[\\w.$]+(Exception|Error): ");
    }

    @Test
    void writesCheckJsonAndLeavesThePublishedReportAsItWas() throws IOException {
        Path built = InvokerProjects.project(PROJECT).resolve("published");
        Path committed = InvokerProjects.source(PROJECT).resolve("published");
        assertThat(Files.readString(built.resolve("check.json"), StandardCharsets.UTF_8))
                .startsWith("{\n  \"mode\": \"final\",\n  \"enterprises\": 3,\n  \"open\": 8,")
                .contains("\"location\": \"src/docs/asciidoc/report.adoc:6\"");
        assertThat(Files.readAllBytes(built.resolve("html/index.html")))
                .isEqualTo(Files.readAllBytes(committed.resolve("html/index.html")));
        try (Stream<Path> entries = Files.list(built)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("html", "check.json");
        }
    }
}
