package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.converter.StringConverter;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese line breaking through the SPI-registered extensions: the HTML (no break characters, soft
 * line breaks between hanzi joined) and, for the PDF backend, the document tree handed to the
 * converter (break characters in the text, none in the syntax). The PDF itself: ChineseLineBreakingPdfTest.
 */
class ChineseLineBreakingTest {

    private static final String B = "\u200B";
    private static final Path ENGINE_PROJECT = Path.of("src/test/resources/engine-project");

    @TempDir
    static Path tmp;
    private static Path project;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final String SOURCE = """
            = 报告
            :doctype: book

            [[ch-one]]
            == 审核范围与方法（第一章）

            本报告为江城市生态环境局组织开展的全市电镀行业整体
            清洁生产审核成果，共 audit:value[enterprises.count] 家企业，
            新鲜水削减 audit:value[benefit.新鲜水（m³）.reduction] m³，见<<ch-one,第一章>>。
            行业类别为GB/T 4754-2017中的
            C3360。

            [%hardbreaks]
            第一行
            第二行

            硬换行在此 +
            下一行

            * 列表项目的文字
            换行后继续
            * 第二项

            术语甲:: 定义的文字
            换行后继续

            NOTE: 提示的文字
            换行后继续

            .表格的标题（审核）
            [cols="1,3"]
            |===
            |项目 |说明

            |清洗
            |单级漂洗，
            取水量偏高
            |===

            .标题含 audit:value[enterprises.count] 家企业
            |===
            |甲
            |===

            worksheet::2-16[]

            ----
            代码块，原样
            不动
            ----

            [verse]
            ____
            诗的第一行
            诗的第二行
            ____
            """;

    @BeforeAll
    static void start() throws IOException {
        project = tmp.resolve("project");
        ProjectCopy.of(ENGINE_PROJECT, project);
        Path file = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log::add);
        asciidoctor.javaConverterRegistry().register(TreeOnly.class, "pdf");
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    private static Options options(String backend, Map<String, String> extra) {
        AttributesBuilder attributes = Attributes.builder().attribute("table-caption", "表")
                .attribute("audit-project", project.toString());
        extra.forEach(attributes::attribute);
        return Options.builder().safe(SafeMode.SAFE).standalone(false).toFile(false).sourcemap(true)
                .baseDir(project.toFile()).backend(backend).attributes(attributes.build()).build();
    }

    private static Document html() {
        log.clear();
        String html = asciidoctor.convertFile(project.resolve("src/docs/asciidoc/report.adoc").toFile(),
                options("html5", Map.of()));
        return Jsoup.parse(html);
    }

    /** The tree asciidoctor-pdf would receive: loaded with the pdf backend, tree processors run. */
    private static org.asciidoctor.ast.Document pdfTree(Map<String, String> extra) throws IOException {
        log.clear();
        return asciidoctor.load(Files.readString(project.resolve("src/docs/asciidoc/report.adoc")),
                options("pdf", extra));
    }

    @Test
    void htmlHasNoBreakCharactersAndSoftLineBreaksBetweenHanziBecomeNothing() {
        Document html = html();
        assertThat(html.outerHtml()).doesNotContain(B);
        String paragraph = html.select("div.paragraph p").first().wholeText();
        // 8600 + 500 m³ of 新鲜水 (data/option_effects.csv, F01 and F04); 3 enterprises in data/roster.csv
        assertThat(paragraph).isEqualTo("本报告为江城市生态环境局组织开展的全市电镀行业整体清洁生产审核成果，共 3 家企业，"
                + "新鲜水削减 9100 m³，见第一章。行业类别为GB/T 4754-2017中的\nC3360。");
        assertThat(html.select("div.ulist li p").first().wholeText()).isEqualTo("列表项目的文字换行后继续");
        assertThat(html.select("div.dlist dd p").first().wholeText()).isEqualTo("定义的文字换行后继续");
        assertThat(html.select("div.admonitionblock td.content").first().wholeText().strip()).isEqualTo("提示的文字换行后继续");
        assertThat(html.select("table.tableblock").first().select("td").get(1).wholeText()).isEqualTo("单级漂洗，取水量偏高");
        // hard breaks and verses keep their lines
        assertThat(html.select("div.paragraph").get(1).select("br")).hasSize(1);
        assertThat(html.select("div.paragraph").get(1).wholeText().strip()).isEqualTo("第一行\n\n第二行"); // <br> and the new line
        assertThat(html.select("div.paragraph").get(2).select("br")).hasSize(1);
        assertThat(html.select("div.verseblock pre").first().wholeText()).isEqualTo("诗的第一行\n诗的第二行");
        assertThat(log.stream().filter(r -> r.getSeverity().ordinal() >= Severity.WARN.ordinal())).isEmpty();
    }

    @Test
    void pdfTreeHasBreaksInTheTextAndTheSyntaxAsWritten() throws IOException {
        org.asciidoctor.ast.Document document = pdfTree(Map.of());
        assertThat(rawTitle(chapter(document))).isEqualTo(broken("审核范围与方法（第一章）"));

        List<StructuralNode> paragraphs = find(document, "paragraph");
        assertThat(((Block) paragraphs.get(0)).getLines()).containsExactly(
                broken("本报告为江城市生态环境局组织开展的全市电镀行业整体清洁生产审核成果，共")
                        + " audit:value[enterprises.count] " + broken("家企业，新鲜水削减")
                        + " audit:value[benefit.新鲜水（m³）.reduction] m³，" + B + "见<<ch-one,第一章>>"
                        + broken("。行业类别为") + B + "GB/T 4754-2017" + B + broken("中的"),
                "C3360。");
        assertThat(((Block) paragraphs.get(1)).getLines()).containsExactly(broken("第一行"), broken("第二行"));
        assertThat(((Block) paragraphs.get(2)).getLines()).containsExactly(broken("硬换行在此") + " +", broken("下一行"));

        ListItem item = (ListItem) find(document, "ulist").get(0).getBlocks().get(0);
        assertThat(item.getSource()).isEqualTo(broken("列表项目的文字换行后继续"));
        DescriptionList dlist = (DescriptionList) find(document, "dlist").get(0);
        assertThat(dlist.getItems().get(0).getTerms().get(0).getSource()).isEqualTo(broken("术语甲"));
        assertThat(dlist.getItems().get(0).getDescription().getSource()).isEqualTo(broken("定义的文字换行后继续"));
        assertThat(((Block) find(document, "admonition").get(0)).getLines()).containsExactly(broken("提示的文字换行后继续"));

        List<StructuralNode> tables = find(document, "table");
        assertThat(rawTitle(tables.get(0))).isEqualTo(broken("表格的标题（审核）"));
        Cell cell = ((Table) tables.get(0)).getBody().get(0).getCells().get(1);
        assertThat(cell.getSource()).isEqualTo(broken("单级漂洗，取水量偏高"));
        // converting this title again would run the macro twice: it stays as written
        assertThat(rawTitle(tables.get(1))).isEqualTo("标题含 audit:value[enterprises.count] 家企业");
        // a generated table: the option's name from data/options.csv, a plain value (AsciidocText), breaks as prose
        // (inside a value's pass:c[…]: ChineseLineBreaksTest)
        assertThat(((Table) tables.get(2)).getBody().get(0).getCells().get(1).getSource())
                .isEqualTo(broken("多级逆流漂洗改造"));

        assertThat(((Block) find(document, "listing").get(0)).getLines()).containsExactly("代码块，原样", "不动");
        assertThat(((Block) find(document, "verse").get(0)).getLines()).containsExactly(broken("诗的第一行"), broken("诗的第二行"));
    }

    @Test
    void aDocumentThatSetsScriptsCjkGetsTheStockBreaksAndNoSecondSet() throws IOException {
        org.asciidoctor.ast.Document document = pdfTree(Map.of("scripts", "cjk"));
        assertThat(rawTitle(chapter(document))).isEqualTo("审核范围与方法（第一章）");
        assertThat(((ListItem) find(document, "ulist").get(0).getBlocks().get(0)).getSource())
                .isEqualTo("列表项目的文字换行后继续");
    }

    /**
     * Stands in for asciidoctor-pdf, which this runtime does not load: Asciidoctor wants a converter
     * for the backend even to load a document.
     */
    public static final class TreeOnly extends StringConverter {
        public TreeOnly(String backend, Map<String, Object> options) {
            super(backend, options);
        }

        @Override
        public String convert(ContentNode node, String transform, Map<Object, Object> options) {
            return "";
        }
    }

    private static StructuralNode chapter(StructuralNode root) {
        return root.findBy(Map.of("id", "ch-one")).get(0);
    }

    private static List<StructuralNode> find(StructuralNode root, String context) {
        return root.findBy(Map.of("context", ":" + context));
    }

    private static String rawTitle(StructuralNode node) {
        return ((RubyObjectWrapper) node).getString("@title");
    }

    /** Hanzi text with the breaks the rule allows, written out by hand by the rule's test. */
    private static String broken(String text) {
        return ChineseLineBreaks.insert(text);
    }
}
