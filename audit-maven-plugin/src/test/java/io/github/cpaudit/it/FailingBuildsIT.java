package io.github.cpaudit.it;

import io.github.cpaudit.testing.BuildLog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds that must fail: each prints a Chinese message with file and line, fails without a stack
 * trace, and leaves the report published before it (committed under {@code published/}) untouched.
 */
class FailingBuildsIT {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("missing-source", "[ERROR] Failed to execute goal",
                        "找不到源目录（source directory not found）", "参数 sourceDirectory（audit.sourceDirectory）"),
                Arguments.of("broken-include",
                        "[ERROR] src/docs/asciidoc/report.adoc:5: 找不到被包含的文件（include file not found）："
                                + "src/docs/asciidoc/chapters/missing-chapter.adoc",
                        "报告未发布（publish failed）：发现 1 个达到失败级别 错误（ERROR） 的问题",
                        "先前发布的报告保持不变"),
                Arguments.of("unknown-attribute",
                        "[WARNING] src/docs/asciidoc/report.adoc:6: 引用了未定义的文档属性（missing attribute）："
                                + "{audit-enterprise-count}",
                        "报告未发布（publish failed）：发现 1 个达到失败级别 警告（WARN） 的问题",
                        "1. src/docs/asciidoc/report.adoc:6:"),
                Arguments.of("missing-image",
                        "[WARNING] src/docs/asciidoc/report.adoc:8: 找不到图片文件（image not found）："
                                + "src/docs/asciidoc/images/no-such-figure.png",
                        "报告未发布（publish failed）：发现 1 个达到失败级别 警告（WARN） 的问题",
                        "1. src/docs/asciidoc/report.adoc:8:"),
                Arguments.of("missing-theme", "[ERROR] Failed to execute goal",
                        "找不到 PDF 主题文件（theme not found）：", "src/theme/no-such-theme.yml"),
                Arguments.of("missing-font", "[ERROR] Failed to execute goal",
                        "找不到字体文件（font not found）：参数 bodyFont（audit.bodyFont）为“src/fonts/simfang.ttf”",
                        "路径相对于项目目录，也可写已安装字体的名称，如 仿宋、黑体、宋体。"),
                Arguments.of("unknown-macro",
                        "[ERROR] src/docs/asciidoc/report.adoc:7: 未知的块宏（unknown block macro）：worksheat::",
                        "报告未发布（publish failed）", "“worksheat::2-4[]” 会原样印在报告里"),
                Arguments.of("final-mode",
                        "[ERROR] src/docs/asciidoc/report.adoc:8: 待补充（open item）：未填写的空白（unfilled blank）：fill:[开始日期]",
                        // the summary lists every place in reading order
                        "  1. src/docs/asciidoc/report.adoc:6: 待补充（open item）：未填写的空白（unfilled blank）：fill:[组织单位]",
                        "  3. src/docs/asciidoc/report.adoc:10: 待补充（open item）：缺少数据：audit.yaml 的审核工作组（team）"
                                + "（worksheet::1-1[]）"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failsWithALocatedChineseMessage(String name, String expected1, String expected2, String expected3) {
        BuildLog log = BuildLog.of(InvokerProjects.project(name));
        assertThat(log.text()).contains("BUILD FAILURE", expected1, expected2, expected3);
        assertThat(log.text()).as("no stack trace for a writer's mistake")
                .doesNotContain("Caused by", "SEVERE")
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+")
                .doesNotContainPattern("[\\w.$]+(Exception|Error): ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void leavesThePreviousReportUntouched(String name) throws IOException {
        Path built = InvokerProjects.project(name).resolve("published");
        Path committed = InvokerProjects.source(name).resolve("published");
        for (String file : new String[] {"html/index.html", "pdf/report.pdf"}) {
            assertThat(Files.readAllBytes(built.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(committed.resolve(file)));
        }
        try (Stream<Path> entries = Files.list(built)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("html", "pdf");
        }
    }
}
