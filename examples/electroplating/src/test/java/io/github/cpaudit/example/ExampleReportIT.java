package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example report as the build published it in the package phase (rendered once, read here):
 * HTML with Jsoup, PDF with PDFBox.
 */
class ExampleReportIT {

    private static final Path OUT = Path.of("target/audit");
    private static Document html;
    private static PdfReport pdf;

    @BeforeAll
    static void read() throws IOException {
        html = Jsoup.parse(OUT.resolve("html/index.html").toFile(), "UTF-8");
        pdf = PdfReport.read(OUT.resolve("pdf/report.pdf"));
    }

    @Test
    void htmlHasTheChaptersInChineseStyle() {
        assertThat(html.title()).isEqualTo("江城市电镀行业整体清洁生产审核报告");
        assertThat(html.select("#toctitle").text()).isEqualTo("目录");
        assertThat(html.select("#content h2").eachText())
                .containsExactly("摘要", "1 总论", "2 行业概况", "3 行业清洁生产现状");
        assertThat(html.select("table.tableblock > caption.title").eachText())
                .containsExactly("表 2-1 江城市电镀企业分布情况（2025年）");
        assertThat(html.select(".imageblock > .title").eachText())
                .containsExactly("图 1-1 行业整体清洁生产审核技术路线");
        assertThat(html.select("a[href=#tbl-distribution]").eachText()).isNotEmpty().containsOnly("表 2-1");
    }

    @Test
    void distributionTableTotalsAddUp() {
        Element table = html.selectFirst("table.tableblock");
        List<List<String>> rows = table.select("tbody tr").stream()
                .map(tr -> tr.select("td").eachText()).toList();
        List<String> total = rows.get(rows.size() - 1);
        assertThat(total.get(0)).isEqualTo("合计");
        for (int column = 1; column <= 4; column++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (List<String> row : rows.subList(0, rows.size() - 1)) {
                sum = sum.add(new BigDecimal(row.get(column)));
            }
            assertThat(sum).as("column %d", column).isEqualByComparingTo(total.get(column));
        }
        // the share column is the area column over the total area, to one decimal
        BigDecimal area = new BigDecimal(total.get(3));
        for (List<String> row : rows.subList(0, rows.size() - 1)) {
            BigDecimal share = new BigDecimal(row.get(3)).multiply(BigDecimal.valueOf(100))
                    .divide(area, 1, java.math.RoundingMode.HALF_UP);
            assertThat(share).isEqualByComparingTo(row.get(4));
        }
    }

    @Test
    void pdfHasCoverContentsAndTheChineseText() {
        String cover = pdf.pageText(1).replaceAll("\\s+", "");
        assertThat(cover).contains("江城市电镀行业整体清洁生产审核报告", "组织单位：江城市生态环境局（盖章）",
                "技术服务单位：江城环科清洁生产技术服务有限公司", "二〇二六年十一月", "示例项目");
        assertThat(pdf.pageText(2)).contains("目录");
        String text = pdf.compactText();
        assertThat(text).contains("表2-1江城市电镀企业分布情况（2025年）", "图1-1行业整体清洁生产审核技术路线",
                "1总论", "2行业概况", "3行业清洁生产现状", "–1–");
        assertThat(pdf.pageCount()).isBetween(8, 20);
    }

    @Test
    void pdfEmbedsEveryFontAndMissesNoGlyph() {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).isTrue());
        assertThat(pdf.missingGlyphs()).isEmpty();
    }
}
