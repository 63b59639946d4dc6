package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit-chart::NAME[]} in HTML, loaded through SPI as the build and an editor's preview load
 * it, over copies of the worked example: an image inside the page, numbered with the chapter's
 * figures, and the errors and open items a writer sees at the macro's line.
 */
class ChartMacroTest {

    @TempDir
    static Path tmp;
    private static Path example;
    private static Path withoutIssues;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        example = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("example"));
        withoutIssues = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("without-issues"));
        Path issues = withoutIssues.resolve("data/issues.csv");
        Files.writeString(issues, Files.readAllLines(issues, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log::add);
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    /** Writes {@code source} as the project's report.adoc and renders it (HTML body), as a book with numbered chapters. */
    private static Document render(Path project, String source, String mode) throws IOException {
        Path file = project.resolve("src/docs/asciidoc/report.adoc");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        log.clear();
        Attributes attributes = Attributes.builder().sectionNumbers(true).attribute("table-caption", "表")
                .attribute("figure-caption", "图").attribute("audit-project", project.toString())
                .attribute("audit-mode", mode).build();
        return Jsoup.parse(asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).standalone(false)
                .toFile(false).sourcemap(true).baseDir(project.toFile()).attributes(attributes).build()));
    }

    private static List<String> messages(Severity severity) {
        return log.stream().filter(r -> r.getSeverity() == severity)
                .map(r -> (r.getCursor() == null ? "" : Path.of(r.getCursor().getFile()).getFileName() + ":"
                        + r.getCursor().getLineNumber() + ": ") + r.getMessage()).toList();
    }

    @Test
    void aChartIsAnImageInsideThePageNumberedWithTheChaptersFigures() throws IOException {
        Document html = render(example, """
                = 报告
                :doctype: book

                == 现状

                .审核技术路线图
                image::technical-route.png[路线]

                [[fig-energy]]
                audit-chart::energy[top=5]

                == 水平诊断

                见<<fig-energy>>。

                audit-chart::levels[title=各等级的企业数]

                audit-table::levels[]
                """, "draft");
        assertThat(messages(Severity.WARN)).isEmpty();
        assertThat(messages(Severity.ERROR)).isEmpty();
        // captions below the images, numbered per chapter together with the writer's own figures
        assertThat(html.select("div.imageblock > div.title").eachText())
                .containsExactly("图 1-1 审核技术路线图", "图 1-2 综合能耗最大的企业", "图 2-1 各等级的企业数");
        assertThat(html.select("a[href=#fig-energy]").text()).isEqualTo("图 1-2");
        assertThat(html.select("table caption").eachText()).containsExactly("表 2-1 企业清洁生产水平等级分布");

        Element energy = html.getElementById("fig-energy");
        assertThat(energy).isNotNull();
        Element img = energy.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("综合能耗最大的企业");
        assertThat(img.attr("width")).isEqualTo("800");
        String src = img.attr("src");
        assertThat(src).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                src.substring("data:image/png;base64,".length()))));
        assertThat(png.getWidth()).isEqualTo(1361);
        assertThat(png.getColorModel().hasAlpha()).isFalse();
        // five bars are less tall than ten
        String levels = html.select("div.imageblock img").get(2).attr("src");
        assertThat(levels).startsWith("data:image/png;base64,").isNotEqualTo(src);
    }

    @Test
    void theSameDataGiveTheSameImage() throws IOException {
        String source = "= 报告\n\naudit-chart::issues[]\n";
        String first = render(example, source, "draft").selectFirst("img").attr("src");
        String second = render(example, source, "draft").selectFirst("img").attr("src");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anUnknownChartIsADocumentErrorAtItsLineListingTheNames() throws IOException {
        Document html = render(example, "= 报告\n\n== 水平\n\naudit-chart::level[]\n", "draft");
        assertThat(messages(Severity.ERROR)).containsExactly("report.adoc:5: 未知的图表名称（unknown chart）：level，"
                + "可用的有：levels、energy、carbon、emissions、issues、benefit、round-totals、round-energy（audit-chart::level[]）");
        assertThat(html.select("img")).isEmpty();
    }

    @Test
    void aChartWithoutDataIsAnOpenItemAtItsLine() throws IOException {
        String source = "= 报告\n\n== 共性问题\n\naudit-chart::issues[]\n";
        Document draft = render(withoutIssues, source, "draft");
        assertThat(messages(Severity.WARN)).contains("report.adoc:5: 待补充（open item）：缺少数据：共性问题（issues）"
                + "（audit-chart::issues[]）");
        // the figure keeps its number and id; its caption says what is missing, highlighted, and so does the image
        assertThat(draft.select("div.imageblock > div.title").text())
                .isEqualTo("图 1-1 行业共性问题涉及企业数（帕累托图） 【待补充】缺少数据：共性问题（issues）");
        assertThat(draft.select("div.imageblock .audit-open").text()).isEqualTo("【待补充】缺少数据：共性问题（issues）");
        assertThat(draft.select("img").attr("src")).startsWith("data:image/png;base64,");
        render(withoutIssues, source, "final");
        assertThat(messages(Severity.ERROR)).contains("report.adoc:5: 待补充（open item）：缺少数据：共性问题（issues）"
                + "（audit-chart::issues[]）");
    }

    @Test
    void aBadOptionIsADocumentError() throws IOException {
        render(example, "= 报告\n\n== 排放\n\naudit-chart::emissions[pollutant=CODcr]\n", "draft");
        assertThat(messages(Severity.ERROR)).singleElement().asString()
                .startsWith("report.adoc:5: pollutant= 指定的污染物没有排放量数据（unknown pollutant）：“CODcr”")
                .endsWith("（audit-chart::emissions[]）");
    }
}
