package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.FontSettings;
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
 * An HTML-only draft (the optimizing compiler left out, asciidoctor-pdf never loaded) gives the same
 * HTML, byte for byte, as a build that writes HTML and then the PDF with the same runtime: a report
 * with project data (worksheets, report tables, the 一企一策 sections, a chart, values and an open
 * item), read once per build.
 *
 * <p>Two runtimes in one class, against the house rule of one: what is compared is how a build
 * uses its one runtime, so each way needs a runtime of its own.
 */
class HtmlWithAndWithoutPdfTest {

    @TempDir
    static Path tmp;
    private static Path project;
    private static final CollectingLog apart = new CollectingLog();
    private static final CollectingLog draft = new CollectingLog();

    @BeforeAll
    static void publishTwoWays() throws IOException {
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
        publish("target/apart", Set.of(Format.HTML, Format.PDF), apart);
        publish("target/draft", Set.of(Format.HTML), draft);
    }

    @Test
    void eachBuildReadsTheDataOnce() {
        // once for both formats: the PDF's conversion uses what the HTML's read
        assertThat(apart.infos).filteredOn(info -> info.startsWith("读取并计算项目数据（data）："))
                .singleElement().asString().matches("读取并计算项目数据（data）：3 家企业，\\d+\\.\\d s");
        assertThat(draft.infos).filteredOn(info -> info.startsWith("读取并计算项目数据（data）：")).hasSize(1);
    }

    @Test
    void bothWaysLogTheSameProblemsOnce() {
        // the open item (fill:[]) is found by both conversions and reported once
        assertThat(apart.warnings).filteredOn(w -> w.contains("fill:[启动时间]")).hasSize(1);
        assertThat(draft.problems()).containsExactlyInAnyOrderElementsOf(apart.problems());
        assertThat(apart.errors).isEmpty();
    }

    @Test
    void theHtmlIsTheSameByteForByteBothWays() throws IOException {
        String html = Files.readString(output("apart", "html/index.html"));
        // the report's own data reached the HTML: the sections of enterprises E01 and E02 and a chart image
        assertThat(html).contains("id=\"enterprise-E01\"", "E02 乙电镀有限公司", "data:image/png;base64,");
        assertThat(html).isEqualTo(Files.readString(output("draft", "html/index.html")));
        assertThat(PdfReport.read(output("apart", "pdf/report.pdf")).compactText()).contains("E01甲电镀有限公司", "E02乙电镀有限公司");
    }

    private static void publish(String output, Set<Format> formats, CollectingLog log) {
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve(output), formats, Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache"),
                FontSettings.THEME, PublishSpeed.DEFAULT));
    }

    private static Path output(String way, String file) {
        return project.resolve("target").resolve(way).resolve(file);
    }
}
