package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML written on a second thread while the PDF is written (-Daudit.concurrentFormats=true) gives
 * the same files as the formats written one after the other, and the same HTML as an HTML-only
 * draft: a report with project data read by both threads at once (worksheets, report tables, the
 * 一企一策 sections, a chart, values and an open item).
 *
 * <p>Three runtimes in one class, against the house rule of one: what is compared is how a build
 * uses its one runtime, so each way needs a runtime of its own.
 */
class ConcurrentFormatsTest {

    @TempDir
    static Path tmp;
    private static Path project;
    private static final CollectingLog together = new CollectingLog();
    private static final CollectingLog apart = new CollectingLog();
    private static final CollectingLog draft = new CollectingLog();

    @BeforeAll
    static void publishThreeWays() throws IOException {
        project = tmp.resolve("project");
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        Path source = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                = 江城市电镀行业整体清洁生产审核报告
                :doctype: book

                == 行业概况

                参与审核的企业共 audit:value[enterprises.count] 家，综合能耗合计 audit:value[energy.total.tce] tce。

                worksheet::2-4[]

                audit-table::levels[]

                audit-chart::levels[]

                == 共性问题

                audit-table::carbon[sort=-tce,top=2]

                启动时间：fill:[启动时间]。

                [appendix]
                == 一企一策

                audit-enterprises::[]
                """, StandardCharsets.UTF_8);
        publish("target/together", Set.of(Format.HTML, Format.PDF), new PublishSpeed(true, true, true), together);
        publish("target/apart", Set.of(Format.HTML, Format.PDF), PublishSpeed.DEFAULT, apart);
        publish("target/draft", Set.of(Format.HTML), PublishSpeed.DEFAULT, draft);
    }

    @Test
    void theHtmlWasWrittenOnItsOwnThreadOnlyWhenBothFormatsWereAskedForTogether() {
        assertThat(together.infoThreads).anyMatch(line -> line.startsWith("audit-html 生成 HTML："))
                .anyMatch(line -> line.startsWith(Thread.currentThread().getName() + " 生成 PDF："));
        // only the HTML-only draft leaves the optimizing compiler out
        assertThat(draft.infos).anyMatch(info -> info.startsWith("HTML 草稿只用 JVM 的客户端编译器"));
        assertThat(together.infos).noneMatch(info -> info.contains("客户端编译器"));
        assertThat(apart.infos).noneMatch(info -> info.contains("客户端编译器"));
        // the data were read while the runtime started, once for both formats
        assertThat(together.infos).filteredOn(info -> info.startsWith("读取并计算项目数据（data）：3 家企业"))
                .singleElement().asString().endsWith("（与运行时启动同时进行）");
        assertThat(apart.infoThreads).filteredOn(line -> line.contains("生成 "))
                .isNotEmpty().allMatch(line -> line.startsWith(Thread.currentThread().getName() + " "));
    }

    @Test
    void everyWayLogsTheSameProblemsOnce() {
        // the open item (fill:[]) is found by both conversions and reported once
        assertThat(together.warnings).filteredOn(w -> w.contains("fill:[启动时间]")).hasSize(1);
        assertThat(together.problems()).containsExactlyInAnyOrderElementsOf(apart.problems());
        assertThat(draft.problems()).containsExactlyInAnyOrderElementsOf(apart.problems());
        assertThat(together.errors).isEmpty();
    }

    @Test
    void theHtmlIsTheSameByteForByteEveryWay() throws IOException {
        String html = Files.readString(output("together", "html/index.html"));
        // the report's own data reached the HTML: the sections of enterprises E01 and E02 and a chart image
        assertThat(html).contains("id=\"enterprise-E01\"", "E02 乙电镀有限公司", "data:image/png;base64,");
        assertThat(html).isEqualTo(Files.readString(output("apart", "html/index.html")));
        assertThat(html).isEqualTo(Files.readString(output("draft", "html/index.html")));
    }

    @Test
    void thePdfIsTheSameByteForByteApartFromItsDates() throws IOException {
        byte[] pdf = Files.readAllBytes(output("together", "pdf/report.pdf"));
        assertThat(PdfReport.read(output("together", "pdf/report.pdf")).compactText()).contains("E01甲电镀有限公司", "E02乙电镀有限公司");
        assertThat(PdfPatchesIdentityTest.maskDates(pdf))
                .isEqualTo(PdfPatchesIdentityTest.maskDates(Files.readAllBytes(output("apart", "pdf/report.pdf"))));
    }

    private static void publish(String output, Set<Format> formats, PublishSpeed speed, CollectingLog log) {
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve(output), formats, Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache"),
                FontSettings.THEME, speed));
    }

    private static Path output(String way, String file) {
        return project.resolve("target").resolve(way).resolve(file);
    }
}
