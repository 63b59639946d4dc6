package io.github.cpaudit.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.LibreOffice;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The worked example (30 enterprises, final mode) published as HTML and DOCX in one build, from one
 * parse; the DOCX read back with POI and compared with the HTML, and opened by LibreOffice.
 */
class DocxExampleTest {

    @TempDir
    static Path tmp;
    static Path project;
    static Path docxFile;
    static XWPFDocument docx;
    static org.jsoup.nodes.Document html;
    static final CollectingLog log = new CollectingLog();

    @BeforeAll
    static void publish() throws Exception {
        project = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("example"));
        Path out = project.resolve("target/audit");
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                out, Set.of(Format.HTML, Format.DOCX), Map.of("audit-mode", "final"), null, null, FailLevel.WARN,
                tmp.resolve("cache")));
        docxFile = out.resolve("docx/report.docx");
        try (InputStream in = Files.newInputStream(docxFile)) {
            docx = new XWPFDocument(in);
        }
        html = Jsoup.parse(out.resolve("html/index.html").toFile(), "UTF-8");
    }

    @Test
    void theDocumentIsParsedOnceForBothFormats() {
        assertThat(log.infos).filteredOn(info -> info.startsWith("读取并计算项目数据（data）：")).hasSize(1);
        assertThat(log.infos).filteredOn(info -> info.startsWith("解析文档（parse）：")).hasSize(1);
        assertThat(log.infos).anyMatch(info -> info.startsWith("已发布 DOCX：target/audit/docx/report.docx"))
                .contains("DOCX 字体（font names）：正文 Noto Sans SC，标题 Noto Sans SC，表格 Noto Sans SC");
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void chaptersAreWordHeadingsWithTheHtmlsNumbering() {
        List<String> chapters = html.select("div.sect1 > h2").eachText();
        assertThat(chapters).startsWith("摘要", "1 总论").contains("9 结论与建议", "附件1 审核对象企业名录");
        assertThat(texts("Heading1")).containsExactlyElementsOf(chapters);
        assertThat(texts("Heading2")).containsExactlyElementsOf(html.select("div.sect2 > h3").eachText());
        for (int level = 1; level <= 3; level++) {
            var style = docx.getStyles().getStyle("Heading" + level);
            assertThat(style.getName()).isEqualTo("heading " + level);
            // the outline level is what the 目录 field and the navigation pane go by
            assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            assertThat(style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo(DocxLayout.DEFAULT_FONT);
        }
    }

    @Test
    void bodyTextIsXiaoSiInTheThemesFontWithItsLineSpacing() throws Exception {
        var defaults = docx.getStyles().getDefaultRunStyle();
        assertThat(defaults.getFontSizeAsDouble()).isEqualTo(12.0); // 小四
        var fonts = docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
        assertThat(List.of(fonts.getAscii(), fonts.getEastAsia(), fonts.getHAnsi())).containsOnly("Noto Sans SC");
        var normal = docx.getStyles().getStyle("Normal").getCTStyle().getPPr();
        assertThat(normal.getSpacing().getLine()).hasToString("480"); // 24 pt, in twentieths
        assertThat(normal.getInd().getFirstLine()).hasToString("480"); // two characters
    }

    @Test
    void captionsAreWordCaptionsWithTheHtmlsText() {
        List<String> captions = html.select("table.tableblock > caption.title, div.imageblock > div.title").eachText();
        assertThat(captions).contains("表 3-2 水资源消耗（工作表2-5）", "图 4-1 企业清洁生产水平等级分布",
                "工作表2-4 能源消耗及折标");
        assertThat(texts("Caption")).containsExactlyElementsOf(captions);
        assertThat(docx.getStyles().getStyle("Caption").getName()).isEqualTo("caption");
        // the numbers are Word's SEQ fields, one sequence per chapter's label, counting 1, 2, … as printed
        List<XWPFParagraph> numbered = docx.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle()))
                .filter(p -> p.getText().matches("[表图] \\d+-\\d+ .*")).toList();
        assertThat(numbered).isNotEmpty().allSatisfy(p -> {
            java.util.regex.Matcher label = java.util.regex.Pattern.compile("([表图]) (\\d+)-(\\d+) ").matcher(p.getText());
            assertThat(label.lookingAt()).isTrue();
            assertThat(p.getCTP().xmlText()).as(p.getText())
                    .contains("SEQ " + label.group(1) + label.group(2) + " \\* ARABIC")
                    .contains("<w:t>" + label.group(3) + "</w:t>");
        });
    }

    /**
     * Word refuses a file whose XML breaks the schema (an element out of order, an unknown value)
     * where LibreOffice shrugs: the body, the styles, the headers and the footers are valid.
     */
    @Test
    void theWordFilesPartsAreValidOfficeOpenXml() throws Exception {
        List<org.apache.xmlbeans.XmlObject> parts = new java.util.ArrayList<>();
        parts.add(docx.getDocument());
        parts.add(docx.getStyle());
        docx.getHeaderList().forEach(header -> parts.add(header._getHdrFtr()));
        docx.getFooterList().forEach(footer -> parts.add(footer._getHdrFtr()));
        for (org.apache.xmlbeans.XmlObject part : parts) {
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            boolean valid = part.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
            assertThat(errors).as(part.schemaType().getName() + " " + errors.stream().limit(5).map(e -> e.getMessage()).toList()).isEmpty();
            assertThat(valid).isTrue();
        }
    }

    @Test
    void everyTableOfTheHtmlIsAWordTableAndHeaderRowsRepeat() {
        assertThat(docx.getTables()).hasSize(html.select("table.tableblock").size()).hasSizeGreaterThan(60);
        long withHead = html.select("table.tableblock").stream().filter(t -> !t.select("> thead").isEmpty()).count();
        assertThat(docx.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader())).hasSize((int) withHead);
        // body rows never repeat
        assertThat(docx.getTables().stream().flatMap(t -> t.getRows().stream().skip(1))
                .filter(r -> r.isRepeatHeader() && r.getTable().getRow(0) != r && !isHeaderRow(r))).isEmpty();
    }

    @Test
    void theLevelsTotalIsTheHtmlsAndCountsEveryEnterpriseOfTheRoster() {
        XWPFTable levels = DocxReading.tableAfter(docx, "表 4-1 企业清洁生产水平等级分布");
        Element htmlTable = html.select("table.tableblock:has(> caption:containsOwn(表 4-1 企业清洁生产水平等级分布))").first();
        List<String> htmlTotal = htmlTable.select("> tfoot > tr").first().select("> td").stream().map(Element::text).toList();
        XWPFTableRow total = levels.getRow(levels.getNumberOfRows() - 1);
        assertThat(DocxReading.cells(total)).containsExactlyElementsOf(htmlTotal);
        // by hand: every enterprise of the roster has one level, so the total is the roster's row count,
        // and the body rows (one per level) add up to it
        int roster = RawCsv.read(project.resolve("data/roster.csv")).size();
        assertThat(roster).isEqualTo(30);
        assertThat(DocxReading.cells(total).get(1)).isEqualTo(String.valueOf(roster));
        int sum = 0;
        for (XWPFTableRow row : levels.getRows().subList(1, levels.getNumberOfRows() - 1)) {
            sum += Integer.parseInt(row.getCell(1).getText());
        }
        assertThat(sum).isEqualTo(roster);
        // the 合计 row is bold
        assertThat(total.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void theChartsAndPicturesAreEmbedded() {
        long figures = html.select("div.imageblock img").size();
        assertThat(figures).isGreaterThanOrEqualTo(7);
        assertThat(docx.getAllPictures()).hasSize((int) figures);
        assertThat(docx.getAllPictures()).allSatisfy(p -> assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G'));
    }

    @Test
    void a4PagesWithTheThemesMarginsAndPageNumbersFromChapterOne() {
        CTSectPr last = docx.getDocument().getBody().getSectPr();
        assertThat(last.getPgSz().getW()).hasToString("11906");
        assertThat(last.getPgSz().getH()).hasToString("16838");
        assertThat(last.getPgMar().getLeft()).hasToString("1417"); // 2.5 cm = 70.87 pt
        List<CTSectPr> sections = DocxReading.sections(docx);
        // the front matter has no footer; the first section with one starts the numbering at 1
        assertThat(sections.get(0).sizeOfFooterReferenceArray()).isZero();
        assertThat(sections.get(1).sizeOfFooterReferenceArray()).isOne();
        assertThat(sections.get(1).getPgNumType().getStart()).hasToString("1");
        assertThat(sections.subList(2, sections.size())).allSatisfy(s -> assertThat(s.isSetPgNumType()).isFalse());
        String footer = docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertThat(footer).contains("– ", " PAGE ", " –");
        assertThat(docx.getHeaderList().get(0).getText()).contains("江城市电镀行业整体清洁生产审核报告");
        // chapters start on a new page by their style; chapter 1 begins a section, which already turned the page
        assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetPageBreakBefore()).isTrue();
        XWPFParagraph first = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("1 总论")).findFirst().orElseThrow();
        XWPFParagraph second = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("2 行业概况")).findFirst().orElseThrow();
        assertThat(first.getCTP().getPPr().getPageBreakBefore().xmlText()).contains("w:val=\"false\"");
        assertThat(second.getCTP().getPPr().isSetPageBreakBefore()).isFalse();
    }

    @Test
    void theContentsIsAFieldWordUpdates() {
        String body = docx.getDocument().xmlText();
        assertThat(body).contains("TOC \\o \"1-2\" \\h \\z \\u");
        assertThat(docx.getSettings().getCTSettings().getUpdateFields().getVal()).isNotNull();
    }

    @Test
    void libreOfficeOpensItAndPrintsTheSameReport() throws Exception {
        Optional<Path> soffice = LibreOffice.find();
        assumeTrue(soffice.isPresent(), LibreOffice.NOT_FOUND);
        LibreOffice.Converted converted = LibreOffice.toPdf(soffice.get(), docxFile, tmp.resolve("lo"));
        assertThat(converted.messages()).as("LibreOffice's messages").isEmpty();
        PdfReport pdf = PdfReport.read(converted.pdf());
        String text = pdf.compactText();
        List<String> expected = new ArrayList<>(html.select("div.sect1 > h2").eachText());
        expected.addAll(html.select("table.tableblock > caption.title").eachText().subList(0, 10));
        expected.add("组织单位：江城市生态环境局（盖章）");
        expected.add(html.select("#_摘要 + div p, div.sect1 p").first().text().substring(0, 30));
        assertThat(expected).allSatisfy(phrase -> assertThat(text).contains(phrase.replaceAll("\\s+", "")));
        // page numbers in the footer from chapter 1, and A4
        assertThat(text).contains("–1–", "–2–");
        assertThat(pdf.pageSize(1).a4()).isTrue();
        assertThat(pdf.pageCount()).isGreaterThan(100);
    }

    private static boolean isHeaderRow(XWPFTableRow row) {
        return row.getTable().getRows().indexOf(row) < row.getTable().getRows().stream().takeWhile(XWPFTableRow::isRepeatHeader).count();
    }

    private static List<String> texts(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
