package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import java.nio.file.Path;
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
 * An {@code audit:value} figure carries its 计算说明 in the HTML only: a link whose title lists the
 * formula, the input rows and the coefficients (an origin from audit.yaml that looks like HTML
 * printed as text), the page's script that opens it on a click, and a PDF whose text is the bare
 * figure. Over the engine's test project, whose industry energy is 1216.0 tce by hand (see
 * FigureExplainerTest).
 */
class ValueTraceTest {

    // what the rest of the macro pass would turn into markup inside the title: a cross reference, a
    // link, an e-mail address, an index term
    private static final String BASIS = "实测 \\\"引号\\\" <script>alert(1)</script> {attr} A|B <<ref>> link:http://x[y] a@b.cn ((词))";
    private static final String BASIS_PRINTED = "实测 \"引号\" <script>alert(1)</script> {attr} A|B <<ref>> link:http://x[y] a@b.cn ((词))";
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
        assertThat(html.selectFirst("script").data()).contains("a.audit-trace", "textContent");
        assertThat(html.select("style").html()).contains(".audit-trace-box");
    }

    @Test
    void thePdfPrintsTheBareFigure() {
        asciidoctor.requireLibrary("asciidoctor-pdf");
        Path pdf = project.resolve("report.pdf");
        asciidoctor.convert(SOURCE, options("pdf", pdf));

        String text = PdfReport.read(pdf).compactText();
        assertThat(text).contains("全行业综合能耗为1216.0tce，企业数3家。");
        assertThat(text).doesNotContain("计算方法", "energy.csv", "实测");
    }
}
