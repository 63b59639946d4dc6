package io.github.cpaudit.tables;

import io.github.cpaudit.testing.PdfReport;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data values that look like AsciiDoc, HTML or directives print exactly as written, in a table
 * cell and in a paragraph, in HTML and in PDF; nothing is included, substituted or run.
 */
class AsciidocTextTest {

    /** The corpus of the issue and more: each must come out as written (line breaks as spaces). */
    static final List<String> CORPUS = List.of(
            "A|B *粗体* {attr} include::/etc/passwd[] pass:[<b>x</b>] <script>alert(1)</script>",
            "江城|华美 _斜体_ `代码` #高亮# ^上^ ~下~",
            "{audit-project} {doctitle} {nbsp}",
            "include::../../../../etc/hostname[]",
            "image::x.png[] link:http://example.com[点我] xref:ch1[]",
            "|===",
            "++++ <b>raw</b> ++++",
            "= 冒充的标题",
            "// 冒充的注释",
            ":attr: 冒充的属性",
            "末尾有反斜杠\\",
            "方括号]和[嵌套]]",
            "&amp; &lt;not a tag&gt; ©",
            "两行\n|=== 第二行",
            // plain: in as they are
            "江城华美电镀有限公司", "C3360", "-12.5", "1,234.5%", "t/a", "（甲、乙）：丙",
            // near plain, yet syntax: a block title at a line's start, replacements, a space
            ".5", "x--y", "a..b", "江城　华美");

    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    private static String source() {
        StringBuilder adoc = new StringBuilder("= 转义测试\n:attr: 被替换了\n\n[cols=\"1,3\"]\n|===\n|序号 |值\n\n");
        for (int i = 0; i < CORPUS.size(); i++) {
            adoc.append('|').append(i + 1).append(" |").append(AsciidocText.cell(CORPUS.get(i))).append('\n');
        }
        adoc.append("|===\n\n");
        for (String value : CORPUS) {
            adoc.append("值：").append(AsciidocText.inline(value)).append("\n\n");
        }
        return adoc.toString();
    }

    private static String expected(String value) {
        return value.replace('\n', ' ').strip();
    }

    @Test
    void printsEveryValueLiterallyInHtml() {
        String html = asciidoctor.convert(source(), Options.builder().safe(SafeMode.SAFE).standalone(true)
                .attributes(Attributes.builder().attribute("attribute-missing", "warn").build()).build());
        Document doc = Jsoup.parse(html);

        List<String> cells = doc.select("tbody tr td:nth-child(2)").eachText();
        assertThat(cells).containsExactlyElementsOf(CORPUS.stream().map(AsciidocTextTest::expected).toList());
        List<String> paragraphs = doc.select("#content .paragraph p").eachText();
        assertThat(paragraphs).containsExactlyElementsOf(CORPUS.stream().map(v -> "值：" + expected(v)).toList());
        assertThat(doc.select("#content script, #content b, #content img, #content a[href^=http]")).isEmpty();
        assertThat(doc.select("#content h1, #content h2")).isEmpty();
        assertThat(html).doesNotContain("被替换了");
        assertThat(doc.select("table")).hasSize(1);
    }

    /** Names, codes and numbers go in as they are; what could be syntax keeps its passthrough. */
    @Test
    void plainValuesGoInAsTheyAre() {
        assertThat(List.of("江城华美电镀有限公司", "C3360", "91990100MXP6759X0X001V", "-12.5", "1,234.5", "85%", "t/a", "（甲、乙）：丙"))
                .allSatisfy(value -> assertThat(AsciidocText.cell(value)).isEqualTo(value));
        assertThat(List.of(".5", "/注释", "a", "x--y", "a..b", "江城　华美", "A B", "甲|乙", "{x}", "a\\", "a:b", "a_b", "a+", "(C)"))
                .allSatisfy(value -> assertThat(AsciidocText.cell(value)).startsWith("pass:c["));
        // after a template's space and right before the next bar, "t" alone would be read as a cell style
        String adoc = "[cols=\"1,1\"]\n|===\n|1 " + AsciidocText.cell("t") + "|" + AsciidocText.cell("江城") + "\n|===\n";
        Document doc = Jsoup.parse(asciidoctor.convert(adoc, Options.builder().safe(SafeMode.SAFE).build()));
        assertThat(doc.select("td").eachText()).containsExactly("1 t", "江城");
    }

    @Test
    void printsEveryValueLiterallyInPdf(@TempDir Path dir) {
        asciidoctor.requireLibrary("asciidoctor-pdf");
        File pdf = dir.resolve("escape.pdf").toFile();
        asciidoctor.convert(source(), Options.builder().safe(SafeMode.SAFE).baseDir(dir.toFile()).backend("pdf").toFile(pdf)
                .attributes(Attributes.builder().attribute("pdf-theme", "default").build()).build());

        String text = PdfReport.read(pdf.toPath()).compactText();
        for (String value : CORPUS) {
            // the default theme's font has no Chinese glyphs, but text extraction still returns them
            assertThat(text).contains(expected(value).replaceAll("[\\s\\u200b]+", ""));
        }
        assertThat(text).doesNotContain("被替换了");
    }
}
