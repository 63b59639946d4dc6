package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's preview that has only the jar (a plain Asciidoctor finding the toolkit through SPI,
 * SAFE mode, the document's folder as base, no attribute but {@code audit-project}, as the
 * skeleton's {@code .asciidoctorconfig.adoc} sets it) renders the text that {@code audit:report}
 * publishes: the section numbers without their trailing dot, the Chinese captions and labels, the
 * tables and figures of the data. A report with chapters, sections, an include, an attachment, a
 * table, a worksheet, a chart, a note and cross references.
 *
 * <p>Two runtimes in one class, against the house rule of one: the preview's and the build's are
 * what is compared.
 */
class EditorPreviewTest {

    @TempDir
    static Path tmp;
    private static Document preview;
    private static Document published;
    private static final CollectingLog log = new CollectingLog();

    @BeforeAll
    static void renderBothWays() throws IOException {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), tmp.resolve("project"));
        Path sources = project.resolve("src/docs/asciidoc");
        Files.createDirectories(sources.resolve("chapters"));
        Files.writeString(sources.resolve("report.adoc"), """
                = 江城市电镀行业整体清洁生产审核报告
                :doctype: book

                include::chapters/01-总论.adoc[]

                [#ch-status]
                == 行业清洁生产现状

                参与审核的企业共 audit:value[enterprises.count] 家，见<<tbl-plan>>和<<fig-levels>>。

                === 能源消耗

                worksheet::2-4[]

                [#fig-levels]
                audit-chart::levels[]

                NOTE: 数据为示例。

                [appendix#att-roster]
                == 企业名录

                audit-table::carbon[]
                """, StandardCharsets.UTF_8);
        Files.writeString(sources.resolve("chapters/01-总论.adoc"), """
                [#ch-overview]
                == 总论

                === 审核目的

                本报告见<<ch-status>>和<<att-roster>>。

                [#tbl-plan]
                .审核工作计划
                |===
                |阶段 |时间

                |筹划和组织 |2025年3月
                |===
                """, StandardCharsets.UTF_8);

        try (Asciidoctor editor = Asciidoctor.Factory.create()) {
            preview = Jsoup.parse(editor.convertFile(sources.resolve("report.adoc").toFile(), Options.builder()
                    .safe(SafeMode.SAFE).standalone(true).toFile(false)
                    .attributes(Attributes.builder().attribute("audit-project", project.toString()).build()).build()));
        }

        new ReportPublisher(log).publish(new PublishRequest(project, sources, "report.adoc", project.resolve("target/audit"),
                Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache"), FontSettings.THEME,
                PublishSpeed.DEFAULT));
        published = Jsoup.parse(Files.readString(project.resolve("target/audit/html/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void sectionsAreNumberedAsTheBuildNumbersThemWithoutTheTrailingDot() {
        assertThat(published.select("#content h2, #content h3").eachText()).containsExactly(
                "1 总论", "1.1 审核目的", "2 行业清洁生产现状", "2.1 能源消耗", "附件1 企业名录");
        assertThat(preview.select("#content h2, #content h3").eachText())
                .isEqualTo(published.select("#content h2, #content h3").eachText());
    }

    @Test
    void captionsLabelsAndTheTableOfContentsAreTheBuildsInChinese() {
        assertThat(published.select("caption.title").eachText()).hasSize(3).first().isEqualTo("表 1-1 审核工作计划");
        assertThat(published.select(".imageblock .title").eachText()).singleElement().asString().startsWith("图 2-1 ");
        assertThat(published.select(".admonitionblock td.icon").text()).isEqualTo("注");
        assertThat(published.select("#toc #toctitle").text()).isEqualTo("目录");
        for (String selector : new String[] {"caption.title", ".imageblock .title", ".admonitionblock td.icon",
                "#toc", "h1", ".paragraph a"}) {
            assertThat(preview.select(selector).eachText()).as(selector).isEqualTo(published.select(selector).eachText());
        }
    }

    @Test
    void theWholeTextOfTheReportIsTheSame() {
        assertThat(published.select("#content").text()).contains("参与审核的企业共 3 家，见表 1-1和图 2-1。", "本报告见行业清洁生产现状和附件1。");
        assertThat(preview.select("#content").text()).isEqualTo(published.select("#content").text());
        assertThat(log.errors).isEmpty();
    }
}
