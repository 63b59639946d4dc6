package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed patches of {@code pdf_speed.rb} change nothing a reader sees: a small Chinese report
 * (cover, 目录, headings, bold and italic prose, a 30-row table, a PNG figure and an imported PDF page)
 * published with and without them gives the same PDF, byte for byte.
 *
 * <p>Two runtimes in one class, against the house rule of one: the patches live in a JRuby runtime
 * for good once loaded, so the unpatched PDF needs a runtime of its own.
 */
class PdfPatchesIdentityTest {

    /** Every patch of pdf_speed.rb, in the order it applies them. */
    private static final String PATCHES = "code-page-memo、lazy-pdf-reader、font-file-cache、unicode-range-index";
    private static final int TABLE_ROWS = 30;

    @TempDir
    static Path tmp;
    private static Path project;
    private static final CollectingLog patchedLog = new CollectingLog();
    private static final CollectingLog plainLog = new CollectingLog();

    @BeforeAll
    static void publishWithAndWithoutPatches() throws IOException {
        project = tmp.resolve("project");
        Path sources = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.createDirectories(sources.resolve("images"));
        Files.writeString(sources.resolve("report.adoc"), document(), StandardCharsets.UTF_8);
        writeFigure(sources.resolve("images/flow.png"));
        writeScannedPage(sources.resolve("images/permit.pdf"));
        publish("target/patched", true, patchedLog);
        publish("target/plain", false, plainLog);
    }

    @Test
    void bothRunsPublishTheWholeDocumentWithoutProblems() {
        assertThat(patchedLog.problems()).isEmpty();
        assertThat(plainLog.problems()).isEmpty();
        PdfReport pdf = PdfReport.read(pdf("target/patched"));
        String text = pdf.compactText();
        // cover, 目录, the table's last row with its hand-computed value, the imported page's own text
        assertThat(text).contains("江城市电镀行业整体清洁生产审核报告", "目录", "2行业概况",
                "E30江城市第30电镀有限公司21.073.0", "EXTERNALPERMITSCAN");
        assertThat(pdf.missingGlyphs()).isEmpty();
        // the report's own fonts embedded; the imported page keeps its standard Helvetica as it came
        assertThat(pdf.fonts()).filteredOn(font -> font.name().contains("NotoSansSC")).isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded()).isTrue());
    }

    @Test
    void thePatchedRunAppliedEveryPatchAndThePlainRunNone() {
        // read back from the runtime: a guard that skipped a patch would show here, not pass silently
        assertThat(patchedLog.infos).contains("PDF 加速补丁（pdf patches）：已启用 " + PATCHES)
                .noneMatch(info -> info.contains("未启用"));
        assertThat(plainLog.infos).contains("PDF 加速补丁已关闭（pdf patches off）：audit.pdfPatches=false")
                .noneMatch(info -> info.contains("已启用"));
    }

    @Test
    void thePdfsAreByteIdenticalApartFromTheirDates() throws IOException {
        byte[] patched = Files.readAllBytes(pdf("target/patched"));
        byte[] plain = Files.readAllBytes(pdf("target/plain"));
        assertThat(patched.length).isGreaterThan(10_000);
        assertThat(maskDates(patched)).isEqualTo(maskDates(plain));
    }

    /**
     * The bytes with the value of every /CreationDate and /ModDate string and /ID array overwritten
     * by as many {@code X}: the only entries that may differ between two runs. Lengths are kept, so
     * every object offset and the cross-reference table are still compared. With the attribute
     * {@code reproducible}, which the toolkit sets, asciidoctor-pdf writes no dates and Prawn no /ID,
     * so today nothing is masked; the mask keeps the test true if dates come back.
     */
    static byte[] maskDates(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1); // one char per byte
        Matcher entry = Pattern.compile("/(?:CreationDate|ModDate)\\s*(\\((?:[^()\\\\]|\\\\.)*\\))"
                + "|/ID\\s*(\\[[^\\]]*\\])").matcher(raw);
        StringBuilder masked = new StringBuilder(raw);
        while (entry.find()) {
            int group = entry.group(1) != null ? 1 : 2;
            for (int i = entry.start(group); i < entry.end(group); i++) {
                masked.setCharAt(i, 'X');
            }
        }
        return masked.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theMaskCoversDatesAndIdsAndNothingElse() {
        byte[] dated = "<< /CreationDate (D:20260101120000+08'00') /Title (a\\) b) >>\n/ID [<0A1B> <2C3D>]\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(maskDates(dated), StandardCharsets.ISO_8859_1)).isEqualTo(
                "<< /CreationDate XXXXXXXXXXXXXXXXXXXXXXXXX /Title (a\\) b) >>\n/ID XXXXXXXXXXXXXXX\n");
    }

    private static void publish(String output, boolean pdfPatches, CollectingLog log) {
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve(output), Set.of(Format.PDF), Map.of(), null, null, FailLevel.WARN, tmp.resolve("cache"),
                FontSettings.THEME, new PublishSpeed(pdfPatches, false)));
    }

    private static Path pdf(String output) {
        return project.resolve(output).resolve("pdf/report.pdf");
    }

    private static String document() {
        StringBuilder doc = new StringBuilder("""
                = 江城市电镀行业整体清洁生产审核报告
                :doctype: book
                :audit-organizer: 江城市生态环境局
                :audit-consultant: 江城环保技术咨询有限公司
                :audit-date: 二〇二六年十一月
                :audit-short-title: 江城市电镀行业清洁生产审核

                == 总论

                本次审核覆盖江城市全部电镀企业，按“前期准备—诊断审核—报告编制”三个阶段开展，**统一收集资料**、统一评价，
                识别行业共性问题，再落实到“一企一策”。审核基准年为 2025 年，数据来自企业填报的台账和现场核查（_示例数据_）。

                === 审核范围

                审核对象为镀锌、镀铜、镀镍、镀铬及化学镀企业，共 30 家；能耗以吨标准煤（tce）计，排放以吨（t）计。
                行业综合能耗合计 1234.5 tce，单位产值能耗 0.12 tce/万元；废水回用率 45.6%。

                == 行业概况

                下表列出参与审核的企业及其产量。数值右对齐，单位在表头中。

                .企业产量（示例）
                [cols="1,4,2,2",options="header"]
                |===
                |编号 |企业名称 |产量（万 m²） |能耗（tce）
                """);
        for (int i = 1; i <= TABLE_ROWS; i++) {
            // 产量 = i × 0.7, 能耗 = i × 2.1 + 10, printed with one decimal as a writer would
            doc.append(String.format("|E%02d |江城市第%d电镀有限公司 >|%.1f >|%.1f%n", i, i, i * 0.7, i * 2.1 + 10));
        }
        doc.append("""
                |===

                .典型电镀工艺流程
                image::flow.png[工艺流程,320]

                [appendix]
                == 排污许可证扫描件

                image::permit.pdf[]

                以上为排污许可证的扫描件，原件存于江城市生态环境局。
                """);
        return doc.toString();
    }

    /** A small opaque PNG drawn here, so both runs read the same bytes. */
    private static void writeFigure(Path file) throws IOException {
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 160, 90);
        g.setColor(new Color(0x1f, 0x4e, 0x79));
        g.fillRect(10, 30, 40, 30);
        g.fillRect(110, 30, 40, 30);
        g.drawLine(50, 45, 110, 45);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** A one-page PDF with text of its own, to be imported as a page (asciidoctor-pdf needs pdf-reader for it). */
    private static void writeScannedPage(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                content.addRect(72, 500, 450, 250);
                content.fill();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
                content.setNonStrokingColor(0f, 0f, 0f);
                content.newLineAtOffset(100, 620);
                content.showText("EXTERNAL PERMIT SCAN");
                content.endText();
            }
            document.save(file.toFile());
        }
    }
}
