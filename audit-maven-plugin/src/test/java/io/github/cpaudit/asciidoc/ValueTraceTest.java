package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cpaudit.testing.HeadlessBrowser;
import io.github.cpaudit.testing.ListedRows;
import io.github.cpaudit.testing.PageDetails;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code audit:value} figure and a traced cell of a computed table carry their 计算说明 in the HTML
 * only: the figure a link whose title lists the formula, the input rows and the coefficients (an
 * origin from audit.yaml that looks like HTML printed as text), the cell an id whose lines the page's
 * data element holds; the page's script shows them on a hover and opens them on a click (checked in
 * Chromium), and the PDF's text is the bare figure and table, without links. Over the engine's test project,
 * whose industry energy is 1216.0 tce by hand (see FigureExplainerTest) and whose E01 综合能耗 is
 * recomputed here from the rows its cell lists.
 */
class ValueTraceTest {

    // what the rest of the macro pass would turn into markup inside the title: a cross reference, a
    // link, an e-mail address, an index term
    private static final String BASIS = "实测 \\\"引号\\\" <script>alert(1)</script> {attr} A|B <<ref>> link:http://x[y] a@b.cn ((词))";
    private static final String BASIS_PRINTED = "实测 \"引号\" <script>alert(1)</script> {attr} A|B <<ref>> link:http://x[y] a@b.cn ((词))";
    private static final String TABLE = "worksheet::2-4[]\n";
    private static final String SOURCE = "= 报告\n\n全行业综合能耗为 audit:value[energy.total.tce] tce，企业数 audit:value[enterprises.count] 家。\n";

    @TempDir
    static Path tmp;
    private static Path project;
    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void start() {
        project = ProjectCopy.engineProjectWithCoalBasis(tmp.resolve("project"), BASIS);
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    private static Options options(String backend, Path toFile) {
        org.asciidoctor.OptionsBuilder options = Options.builder().safe(SafeMode.SAFE).standalone(true).baseDir(project.toFile())
                .backend(backend).attributes(Attributes.builder().attribute("audit-project", project.toString())
                        .attribute("pdf-theme", "default").build());
        return toFile == null ? options.toFile(false).build() : options.toFile(toFile.toFile()).build();
    }

    @Test
    void theHtmlFigureCarriesItsChainInItsTitleAndThePageOpensItOnAClick() {
        Document html = Jsoup.parse(asciidoctor.convert(SOURCE, options("html5", null)));

        Element figure = html.selectFirst("p a.audit-trace");
        assertThat(figure.text()).isEqualTo("1216.0");
        // it points to itself: a click without the script goes nowhere, and the link resolves
        assertThat(figure.attr("href")).isEqualTo("#" + figure.id()).isEqualTo("#audit-trace-1");
        assertThat(figure.attr("title").lines().toList()).startsWith("全行业综合能耗 = 1216.0 tce（未修约 1216）",
                "计算方法：折标准煤（tce）= Σ 实物量（换算为折标系数的计量单位）× 折标系数（kgce/单位）÷ 1000（GB/T 2589）",
                "输入数据（4 项）：", "  data/energy.csv:2  E01 电力 实物量 100 万kWh");
        assertThat(figure.attr("title")).contains("  原煤折标系数 0.7143 kgce/kg（" + BASIS_PRINTED + "）");
        // a count keeps no sources: plain text
        assertThat(html.select("a.audit-trace")).hasSize(1);
        assertThat(html.select("#content a")).hasSize(1);
        assertThat(html.selectFirst("#content").text()).isEqualTo("全行业综合能耗为 1216.0 tce，企业数 3 家。");
        // the one script is the toolkit's; the origin's <script> stayed inside the attribute
        assertThat(html.select("script")).hasSize(1);
        assertThat(html.selectFirst("script").data()).contains(".audit-trace", "textContent", "audit-cell-details");
        assertThat(html.select("style").html()).contains(".audit-trace-box");
    }

    @Test
    void theComprehensiveEnergyCellOfAnEnterpriseCarriesItsInputRowsInItsTitle() {
        Document html = Jsoup.parse(asciidoctor.convert(TABLE, options("html5", null)));

        // E01's subtotal row: 甲电镀有限公司 | 小计 | … | 折标准煤 (the sixth column)
        Element subtotal = html.select("table tr").stream()
                .filter(tr -> tr.select("td").size() > 5 && tr.child(0).text().equals("甲电镀有限公司")
                        && tr.child(1).text().equals("小计"))
                .findFirst().orElseThrow();
        Element cell = subtotal.child(5).selectFirst("span.audit-trace");
        assertThat(cell).isNotNull();
        // the cell carries only its id; its lines are in the page's data, where the script finds them
        assertThat(cell.attributes().asList()).extracting(a -> a.getKey()).containsExactlyInAnyOrder("id", "class");
        List<String> title = PageDetails.of(html).of(cell);
        List<String[]> rows = ListedRows.of(project, title);
        assertThat(rows).extracting(row -> row[0] + " " + row[1] + " " + row[2])
                .containsExactly("E01 2025 电力", "E01 2025 天然气");
        BigDecimal tce = rows.stream().map(ListedRows::kgce).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal(1000)).setScale(1, RoundingMode.HALF_EVEN);
        assertThat(tce).isEqualByComparingTo("255.9"); // 100 万kWh × 0.1229 + 10 万m³ × 1.3300, in tce
        assertThat(cell.text()).isEqualTo(tce.toPlainString());
        assertThat(title.get(0)).startsWith("E01 甲电镀有限公司 综合能耗 = " + tce + " tce");
        assertThat(title).contains("  data/energy.csv:2  E01 电力 实物量 100 万kWh",
                "  天然气折标系数 1.3300 kgce/m³（GB/T 2589 参考折标系数）");
        // every marked cell of the page has its lines, and only the marked ones
        assertThat(PageDetails.of(html).all().keySet())
                .containsExactlyInAnyOrderElementsOf(html.select("table .audit-trace").eachAttr("id"));
        assertThat(subtotal.parent().select(".audit-trace").size()).isGreaterThan(1);
        // what is not traced stays plain text
        assertThat(subtotal.child(0).select("a")).isEmpty();
    }

    @Test
    void inChromiumAHoverGivesACellItsDetailsAsTitleAndAClickOpensThemUnderIt() throws Exception {
        Optional<Path> chromium = HeadlessBrowser.find();
        assumeTrue(chromium.isPresent(), HeadlessBrowser.NOT_FOUND);
        Path page = project.resolve("page.html");
        asciidoctor.convert(SOURCE + "\n" + TABLE, options("html5", page));
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        Element cell = html.select("table span.audit-trace").get(1);
        String expected = String.join("\n", PageDetails.of(html).of(cell));
        assertThat(expected).contains("计算方法", "data/energy.csv:");
        String select = "document.getElementById('" + cell.id() + "')";

        try (HeadlessBrowser browser = HeadlessBrowser.start(chromium.get())) {
            browser.navigate(page.toUri().toString());
            assertThat(browser.evaluate(select + ".hasAttribute('title')")).isEqualTo(false);
            browser.evaluate(select + ".dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))");
            assertThat(browser.evaluate(select + ".getAttribute('title')")).isEqualTo(expected);
            browser.evaluate(select + ".click()");
            assertThat(browser.evaluate("document.querySelector('.audit-trace-box').textContent")).isEqualTo(expected);
            // a second click closes it; the figure of audit:value keeps the title it was printed with
            browser.evaluate(select + ".click()");
            assertThat(browser.evaluate("document.querySelector('.audit-trace-box')")).isNull();
            browser.evaluate("document.querySelector('p a.audit-trace').click()");
            assertThat(browser.evaluate("document.querySelector('.audit-trace-box').textContent")).asString()
                    .startsWith("全行业综合能耗 = 1216.0 tce");
        }
    }

    @Test
    void thePdfPrintsTheBareFigureAndTable() {
        asciidoctor.requireLibrary("asciidoctor-pdf");
        Path pdf = project.resolve("report.pdf");
        asciidoctor.convert(SOURCE + "\n" + TABLE, options("pdf", pdf));

        PdfReport report = PdfReport.read(pdf);
        String text = report.compactText();
        assertThat(text).contains("全行业综合能耗为1216.0tce，企业数3家。", "甲电镀有限公司", "255.9", "714.3");
        assertThat(text).doesNotContain("计算方法", "energy.csv", "实测", "未修约", "audit-cell");
        // no link either: a traced figure or cell is plain text in print
        assertThat(report.linkCount()).isZero();
    }
}
