package io.github.cpaudit.it;

import io.github.cpaudit.testing.BuildLog;
import io.github.cpaudit.testing.PdfReport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit:report} on src/it/basic: a two-chapter Chinese report with a table and a figure. */
class BasicReportIT {

    private static Path project;
    private static Document html;
    private static PdfReport pdf;
    private static BuildLog log;

    @BeforeAll
    static void readOutputs() throws IOException {
        project = InvokerProjects.project("basic");
        html = Jsoup.parse(project.resolve("target/audit/html/index.html").toFile(), "UTF-8");
        pdf = PdfReport.read(project.resolve("target/audit/pdf/report.pdf"));
        log = BuildLog.of(project);
    }

    @Test
    void htmlHasTitleContentsAndChineseProse() {
        assertThat(html.title()).isEqualTo("示范市电镀行业整体清洁生产审核报告");
        assertThat(html.select("#toctitle").text()).isEqualTo("目录");
        assertThat(html.select("#toc a").eachText()).contains("1 总论", "1.1 审核背景", "2 行业概况");
        assertThat(html.select("#content p").eachText())
                .anyMatch(p -> p.contains("本次审核覆盖全市三十家电镀企业，以行业为单元开展诊断"));
    }

    @Test
    void htmlNumbersSectionsTablesAndFiguresChineseStyle() {
        assertThat(html.select("#content h2").eachText()).containsExactly("1 总论", "2 行业概况");
        assertThat(html.select("#content h3").eachText()).containsExactly("1.1 审核背景", "2.1 行业发展现状");
        assertThat(html.select("table.tableblock > caption.title").text()).isEqualTo("表 2-1 电镀企业分布情况");
        assertThat(html.select(".imageblock > .title").text()).isEqualTo("图 1-1 审核技术路线");
        assertThat(html.select("a[href=#tbl-districts]").text()).isEqualTo("表 2-1");
        assertThat(html.select("a[href=#fig-route]").text()).isEqualTo("图 1-1");
        assertThat(html.select(".admonitionblock td.icon .title").text()).isEqualTo("注");
        assertThat(html.text()).doesNotContain("Table 1", "Figure 1", "Chapter", "表 1.", "Note");
    }

    @Test
    void htmlIsOneSelfContainedPage() {
        for (Element element : html.select("link[href], script[src], img[src], iframe[src]")) {
            String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(ref).as(element.outerHtml()).doesNotStartWith("http:").doesNotStartWith("https:")
                    .doesNotStartWith("//");
        }
        assertThat(html.select("link[rel=stylesheet]")).isEmpty();
        assertThat(html.select("img").attr("src")).startsWith("data:image/png;base64,");
        String styles = html.select("style").html();
        assertThat(styles).contains("Noto Sans SC").doesNotContain("@import", "http:", "https:");
    }

    @Test
    void pdfHasCoverContentsChaptersAndPageNumbers() {
        assertThat(pdf.pageCount()).isEqualTo(4); // cover, 目录, one page per chapter
        String cover = pdf.pageText(1).replaceAll("\\s+", "");
        assertThat(cover).contains("示范市电镀行业整体清洁生产审核报告", "组织单位：示范市生态环境局（盖章）",
                "技术服务单位：示范清洁生产技术服务有限公司", "二〇二六年十一月");
        assertThat(cover).doesNotContain("–");
        assertThat(pdf.pageText(2)).contains("目录", "1 总论", "2.1 行业发展现状");
        assertThat(pdf.pageText(3)).contains("1 总论", "示范市电镀行业整体清洁生产审核报告", "– 1 –");
        assertThat(pdf.pageText(4)).contains("2 行业概况", "– 2 –");
    }

    @Test
    void pdfTextExtractsInChineseWithChineseCaptions() {
        String text = pdf.compactText();
        assertThat(text).contains("本次审核覆盖全市三十家电镀企业，以行业为单元开展诊断，识别共性问题并提出行业层面的清洁生产方案。");
        assertThat(text).contains("表2-1电镀企业分布情况", "图1-1审核技术路线", "详见表2-1。", "如图1-1所示");
        assertThat(text).contains("注电镀面积按企业填报的年度统计口径汇总。");
        assertThat(text).doesNotContain("Table", "Figure", "Chapter", "NOTE", "Note");
    }

    @Test
    void pdfEmbedsNotoSansScAndMissesNoGlyph() {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name()).isTrue();
            assertThat(font.name()).contains("NotoSansSC");
        });
        assertThat(pdf.missingGlyphs()).isEmpty();
    }

    @Test
    void logShowsEachPhaseWithItsDurationAndNoWarning() {
        assertThat(log.at("INFO")).anyMatch(l -> l.matches("启动 Asciidoctor 运行时（runtime）：\\d+\\.\\d s"))
                .anyMatch(l -> l.matches("生成 HTML：\\d+\\.\\d s"))
                .anyMatch(l -> l.matches("加载 PDF 转换器（asciidoctor-pdf）：\\d+\\.\\d s"))
                .anyMatch(l -> l.matches("生成 PDF：\\d+\\.\\d s"))
                .contains("已发布 HTML：target/audit/html/index.html", "已发布 PDF：target/audit/pdf/report.pdf");
        assertThat(log.at("WARNING")).isEmpty();
        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.text()).doesNotContain("SEVERE", "Exception");
    }
}
