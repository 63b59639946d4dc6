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
            "两行\n|=== 第二行");

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
