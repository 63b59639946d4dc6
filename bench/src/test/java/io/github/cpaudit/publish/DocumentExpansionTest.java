package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.SyntheticProject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's expanded document: every macro resolved, it renders with plain Asciidoctor (no
 * extensions) to the same HTML text as the toolkit renders the project's report.
 */
class DocumentExpansionTest {

    private static final String REPORT = """
            = 测试报告
            :doctype: book
            :audit-short-title: 简称

            [preface]
            == 摘要

            共 audit:value[enterprises.count] 家企业，组织单位为 fill:[组织单位]。**粗体中有 __斜体__ 和 `代码`**。

            [#ch-one]
            == 总论

            === 范围

            见<<tbl-levels>>、<<ws-2-4>>、<<fig-route>>和<<att-roster>>。特殊字符：`+a*b*c+`、\\{x}、1 < 2 & 3 > 2、(C)、x_y_z、#井号#。

            . 第一项
            .. 子项
            . 第二项
            +
            附加段落

            * 甲
            * 乙

            [.audit-guidance]
            .编写提示
            ****
            写什么:: 说明。
            数据与宏:: `+audit:value[energy.total.tce]+`
            ****

            NOTE: 注意事项。

            [[tbl-levels]]
            audit-table::levels[]

            [[ws-2-4]]
            worksheet::2-4[]

            [#fig-route]
            .路线
            image::route.png[路线图,width=50%]

            .手写表
            [cols="1,>2",options="header"]
            |===
            |名称 |说明
            |a\\|b |**粗体** 和 __斜体__
            2+^|合并
            |===

            ==== 四级标题

            正文。

            [appendix#att-roster]
            == 企业名录

            worksheet::1-3[]

            [appendix]
            == 诊断表

            audit-enterprises::[]
            """;

    @TempDir
    static Path tmp;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> records = new ArrayList<>();
    private static String expanded;
    private static Document ours;
    private static Document stock;

    @BeforeAll
    static void expandAndRender() throws IOException {
        Path project = tmp.resolve("project");
        SyntheticProject.write(project, 3, 7L, Path.of("../examples/electroplating/indicators/electroplating.yaml"));
        Path source = Files.createDirectories(project.resolve("src/docs/asciidoc/images"));
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", source.resolve("route.png").toFile());
        Files.writeString(source.getParent().resolve("report.adoc"), REPORT, StandardCharsets.UTF_8);
        PublishRequest request = DocumentExpansion.request(project, tmp.resolve("cache"));

        asciidoctor = DocumentExpansion.runtime(records::add);
        ours = Jsoup.parse(asciidoctor.convertFile(request.masterFile().toFile(),
                DocumentExpansion.options(request, Format.HTML)));
        Path out = DocumentExpansion.expand(asciidoctor, request, tmp.resolve("expanded"));
        expanded = Files.readString(out);

        // the stock toolchain: a runtime without the toolkit's jar (its extensions and the Ruby they load
        // with them), only the expanded file and its images
        records.clear();
        try (Asciidoctor plain = withoutToolkit()) {
            plain.registerLogHandler(records::add);
            stock = Jsoup.parse(plain.convertFile(out.toFile(), Options.builder().safe(SafeMode.SAFE)
                    .standalone(true).toFile(false).baseDir(out.getParent().toFile()).build()));
        }
    }

    /** An Asciidoctor that does not find the toolkit's SPI registry (AsciidoctorJ looks through the context class loader). */
    private static Asciidoctor withoutToolkit() {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        String registries = "META-INF/services/" + org.asciidoctor.jruby.extension.spi.ExtensionRegistry.class.getName();
        thread.setContextClassLoader(new ClassLoader(context) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) throws IOException {
                return name.equals(registries) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
            }
        });
        try {
            return Asciidoctor.Factory.create();
        } finally {
            thread.setContextClassLoader(context);
        }
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    @Test
    void expandedDocumentHasNoMacrosLeft() {
        assertThat(expanded).doesNotContain("audit:value[enterprises", "worksheet::", "audit-table::",
                "audit-enterprises::", "fill:[");
        assertThat(expanded).contains("共 3 家企业", "[.audit-open]##【待填写：组织单位】##");
        assertThat(tmp.resolve("expanded/images/route.png")).exists();
    }

    @Test
    void stockRenderingWarnsAboutNothing() {
        assertThat(records).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void stockRenderingShowsTheSameText() {
        assertThat(lines(stock)).containsExactlyElementsOf(lines(ours));
    }

    @Test
    void numbersCaptionsAndReferencesAsTheToolkitPrintsThem() {
        assertThat(stock.select("h2").eachText()).containsExactly("摘要", "1 总论", "附件1 企业名录", "附件2 诊断表");
        assertThat(stock.select("h3").eachText()).contains("1.1 范围", "E0001 合成第1电镀有限公司");
        assertThat(stock.select("h4").eachText()).containsExactly("1.1.1 四级标题");
        assertThat(stock.select("table > caption").eachText()).startsWith("表 1-1 企业清洁生产水平等级分布",
                "表 1-2 能源消耗及折标（工作表2-4）", "表 1-3 手写表");
        assertThat(stock.select("#content a[href=#tbl-levels]").text()).isEqualTo("表 1-1");
        assertThat(stock.select("#content a[href=#att-roster]").text()).isEqualTo("附件1");
        assertThat(stock.select(".imageblock .title").text()).isEqualTo("图 1-1 路线");
        // the cell with an escaped separator, the spanned and aligned cell, the draft's highlight
        assertThat(stock.select("td").eachText()).contains("a|b", "合并");
        assertThat(stock.select("td.halign-center").eachText()).contains("合并");
        // AsciiDoc has no mark with a role: a span with the role, which the toolkit's theme highlights alike
        assertThat(stock.select(".audit-open").eachText()).containsExactly("【待填写：组织单位】");
        // the wide worksheet keeps its landscape pages in the PDF
        assertThat(expanded).contains("[page-layout=\"landscape\"]\n<<<");
    }

    /** The text of the body, block by block, whitespace normalised. */
    private static List<String> lines(Document html) {
        List<String> lines = new ArrayList<>();
        for (Element block : html.select("#content p, #content h2, #content h3, #content h4, #content h5, "
                + "#content caption, #content th, #content td, #content li, #content dt, #content .title")) {
            lines.add(block.tagName() + ": " + block.text().replaceAll("\\s+", " ").strip());
        }
        return lines;
    }
}
