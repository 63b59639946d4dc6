package io.github.cpaudit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.ProjectCopy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A small draft with merged cells, a wide worksheet, an open item and a list, published as HTML and
 * DOCX; and once more as HTML alone, which must give the same HTML byte for byte.
 */
class DocxDraftTest {

    @TempDir
    static Path tmp;
    static Path project;
    static XWPFDocument docx;
    static final CollectingLog log = new CollectingLog();

    @BeforeAll
    static void publish() throws IOException {
        project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), tmp.resolve("project"));
        Path source = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                = 测试市电镀行业整体清洁生产审核报告
                :doctype: book
                :audit-short-title: 测试市电镀审核

                == 行业概况

                参与审核的企业共 audit:value[enterprises.count] 家，启动时间：fill:[启动时间]。

                [cols="2,1,1",options="header,footer"]
                .合并的单元格
                |===
                |区县 2+|企业
                .2+|江南区 |甲 |乙
                |丙 |丁
                |合计 2+|4
                |===

                worksheet::1-3[]

                worksheet::2-4[]

                .编写提示
                ****
                写什么:: 行业的企业数和分布。
                ****

                == 共性问题

                . 第一项
                . 第二项

                图例：image:dot.png[监测点,width=40] 表示监测点。

                依据《清洁生产促进法》footnote:[2012 年 2 月 29 日修正，*第二十七条*。]开展审核。
                """, StandardCharsets.UTF_8);
        // a 40 × 20 px picture for the inline image
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(source.resolveSibling("images"));
        javax.imageio.ImageIO.write(dot, "png", source.resolveSibling("images/dot.png").toFile());
        publish("target/both", Set.of(Format.HTML, Format.DOCX), log);
        publish("target/html", Set.of(Format.HTML), new CollectingLog());
        try (InputStream in = Files.newInputStream(project.resolve("target/both/docx/report.docx"))) {
            docx = new XWPFDocument(in);
        }
    }

    private static void publish(String out, Set<Format> formats, CollectingLog into) {
        new ReportPublisher(into).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve(out), formats, Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache")));
    }

    @Test
    void theHtmlIsTheSameWithOrWithoutTheDocx() throws IOException {
        assertThat(Files.readAllBytes(project.resolve("target/both/html/index.html")))
                .isEqualTo(Files.readAllBytes(project.resolve("target/html/html/index.html")));
    }

    @Test
    void columnAndRowSpansAreMergedAndTheTotalsRowIsBold() {
        XWPFTable table = DocxReading.tableAfter(docx, "表 1-1 合并的单元格");
        assertThat(table.getRows()).hasSize(4);
        CTTcPr head = table.getRow(0).getCell(1).getCTTc().getTcPr();
        assertThat(head.getGridSpan().getVal()).hasToString("2");
        assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
        // the second row's first cell continues the span: its own cells 丙 and 丁 come after it
        assertThat(table.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
        assertThat(DocxReading.cells(table.getRow(2))).containsExactly("", "丙", "丁");
        assertThat(DocxReading.cells(table.getRow(3))).containsExactly("合计", "4");
        assertThat(table.getRow(3).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).isRepeatHeader()).isFalse();
    }

    @Test
    void aWideWorksheetSitsInALandscapeSectionAsWideAsItsText() {
        List<CTSectPr> sections = DocxReading.sections(docx);
        // front matter, chapter 1 up to worksheet 1-3, worksheet 1-3 turned, the rest upright
        assertThat(sections).extracting(s -> s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE)
                .containsExactly(false, false, true, false);
        XWPFTable wide = DocxReading.tableAfter(docx, "表 1-2 审核对象企业名录（工作表1-3）");
        long width = DocxReading.gridWidth(wide);
        // A4's long side less two margins of 2.5 cm (1417 twips each), give or take the rounding of each column
        assertThat(width).isBetween(16838L - 2 * 1417 - 20, 16838L - 2 * 1417 + 20);
        XWPFTable upright = DocxReading.tableAfter(docx, "表 1-3 能源消耗及折标（工作表2-4）");
        long uprightWidth = DocxReading.gridWidth(upright);
        assertThat(uprightWidth).isBetween(11906L - 2 * 1417 - 20, 11906L - 2 * 1417 + 20);
    }

    @Test
    void anOpenItemIsHighlightedAsInTheHtml() {
        List<XWPFRun> open = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            p.getRuns().stream().filter(r -> r.text().contains("【待填写：启动时间】")).forEach(open::add);
        }
        assertThat(open).singleElement().satisfies(run -> {
            assertThat(run.getCTR().getRPr().getShdArray(0).xmlText()).contains("w:fill=\"FFE58F\"");
            assertThat(run.getColor()).isEqualTo("7A2E00");
        });
        assertThat(log.warnings).anyMatch(w -> w.contains("fill:[启动时间]"));
    }

    @Test
    void aSidebarIsAShadedBox() {
        XWPFParagraph title = docx.getParagraphs().stream().filter(p -> p.getText().equals("编写提示")).findFirst().orElseThrow();
        XWPFParagraph entry = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("写什么：")).findFirst().orElseThrow();
        assertThat(entry.getText()).isEqualTo("写什么：行业的企业数和分布。");
        for (XWPFParagraph boxed : List.of(title, entry)) {
            assertThat(boxed.getCTP().getPPr().getShd().xmlText()).contains("w:fill=\"F5F7FA\"");
            assertThat(boxed.getCTP().getPPr().getPBdr().getLeft().xmlText()).contains("w:color=\"C9D3DF\"");
        }
        XWPFParagraph after = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("2 共性问题")).findFirst().orElseThrow();
        assertThat(after.getCTP().getPPr().isSetShd()).isFalse();
    }

    @Test
    void anInlineImageIsEmbeddedInItsLineAtItsWidth() {
        XWPFParagraph line = docx.getParagraphs().stream().filter(p -> p.getText().contains("表示监测点")).findFirst().orElseThrow();
        List<org.apache.poi.xwpf.usermodel.XWPFPicture> pictures = line.getRuns().stream()
                .flatMap(run -> run.getEmbeddedPictures().stream()).toList();
        assertThat(pictures).singleElement().satisfies(picture -> {
            // 40 px at 96 dpi = 30 pt = 30 × 12700 EMU; 20 px high = 15 pt
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCx()).isEqualTo(30L * 12700);
            assertThat(picture.getCTPicture().getSpPr().getXfrm().getExt().getCy()).isEqualTo(15L * 12700);
        });
        assertThat(line.getText()).startsWith("图例：").endsWith("表示监测点。").doesNotContain("监测点 表示");
    }

    @Test
    void aFootnoteIsAWordFootnote() {
        XWPFParagraph line = docx.getParagraphs().stream().filter(p -> p.getText().contains("清洁生产促进法")).findFirst().orElseThrow();
        List<java.math.BigInteger> refs = line.getRuns().stream().map(run -> run.getCTR())
                .flatMap(r -> java.util.Arrays.stream(r.getFootnoteReferenceArray())).map(ref -> ref.getId()).toList();
        assertThat(refs).hasSize(1);
        // the reference stands where the marker stood (POI's text shows it as [footnoteRef:N])
        assertThat(line.getRuns().stream().map(XWPFRun::text).collect(java.util.stream.Collectors.joining()))
                .isEqualTo("依据《清洁生产促进法》[footnoteRef:" + refs.get(0) + "]开展审核。");
        org.apache.poi.xwpf.usermodel.XWPFFootnote note = docx.getFootnoteByID(refs.get(0).intValue());
        assertThat(note.getParagraphs().get(0).getText()).isEqualTo(" 2012 年 2 月 29 日修正，第二十七条。");
        assertThat(note.getParagraphs().get(0).getStyle()).isEqualTo("FootnoteText");
        assertThat(note.getParagraphs().get(0).getRuns()).anyMatch(run -> run.isBold() && run.text().equals("第二十七条"));
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        assertThat(note.getCTFtnEdn().validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))).as("%s", errors).isTrue();
        assertThat(docx.getDocument().validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors))).as("%s", errors).isTrue();
    }

    @Test
    void listsKeepTheirNumbers() {
        assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).contains("1. 第一项", "2. 第二项");
        assertThat(docx.getHeaderList().get(0).getText()).isEqualToIgnoringWhitespace("测试市电镀审核");
    }
}
