package io.github.cpaudit.publish;

import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.fonts.InstalledFonts;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.TrueTypeCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One PDF with a font of its own per role, each from another kind of value: the body a face of a
 * TrueType collection (the Bold face of a collection built from Noto Sans SC Regular and Bold), the
 * headings a TrueType path (Noto Sans SC Black), the tables an installed 仿宋 (a copy of Noto Sans SC
 * Light named simfang.ttf in a font folder of the test's own). Three weights of one family: which
 * file drew a phrase shows in the PDF's font names.
 */
class PdfFontRolesTest {

    @TempDir
    static Path tmp;

    private static Path project;
    private static Path installedFolder;
    private static final CollectingLog LOG = new CollectingLog();
    private static PdfReport pdf;

    @BeforeAll
    static void publish() throws IOException {
        project = tmp.resolve("project");
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(docs.resolve("report.adoc"), """
                = 字体测试报告
                :doctype: book

                == 总论标题

                正文段落：清洁生产审核报告的正文。

                图表字体：{audit-chart-font}

                .能源消耗表
                [cols="1,1"]
                |===
                |项目 |数值

                |电力消耗
                |1200
                |===
                """);
        Path fonts = Files.createDirectories(project.resolve("src/fonts"));
        Files.write(fonts.resolve("NotoSansSC-Black.ttf"), notoSansSc("NotoSansSC-Black.ttf"));
        TrueTypeCollection.write(fonts.resolve("noto-sc.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf")));
        installedFolder = Files.createDirectories(tmp.resolve("Windows/Fonts"));
        Files.write(installedFolder.resolve("simfang.ttf"), notoSansSc("NotoSansSC-Light.ttf"));

        new ReportPublisher(LOG, new InstalledFonts(List.of(tmp.resolve("Windows")))).publish(new PublishRequest(
                project, docs, "report.adoc", project.resolve("target/audit"), Set.of(Format.PDF), Map.of(), null, null,
                FailLevel.WARN, tmp.resolve("cache"),
                new FontSettings("src/fonts/noto-sc.ttc#Noto Sans SC Bold", "src/fonts/NotoSansSC-Black.ttf", "仿宋"), PublishSpeed.DEFAULT));
        pdf = PdfReport.read(project.resolve("target/audit/pdf/report.pdf"));
    }

    @Test
    void headingsCoverAndTocTitleAreSetInTheHeadingFont() {
        int chapterPage = onlyPage("正文段落");
        assertThat(pdf.fontsOf("总论标题").get(chapterPage)).containsExactly("NotoSansSC-Black");
        assertThat(pdf.fontsOf("字体测试报告").get(1)).containsExactly("NotoSansSC-Black");
        assertThat(pdf.fontsOf("目录").values()).containsExactly(Set.of("NotoSansSC-Black"));
    }

    @Test
    void bodyIsSetInTheChosenFaceOfTheCollection() {
        assertThat(pdf.fontsOf("正文段落：清洁生产审核报告的正文。").values()).containsExactly(Set.of("NotoSansSC-Bold"));
        // the entry of the table of contents is body text too
        int tocPage = onlyPage("目录");
        assertThat(pdf.fontsOf("总论标题").get(tocPage)).containsExactly("NotoSansSC-Bold");
    }

    @Test
    void tableCellsAndCaptionAreSetInTheInstalledFont() {
        assertThat(pdf.fontsOf("电力消耗").values()).containsExactly(Set.of("NotoSansSC-Light"));
        assertThat(pdf.fontsOf("能源消耗表").values()).containsExactly(Set.of("NotoSansSC-Light"));
    }

    @Test
    void onlyTheChosenFontsAreEmbeddedAndNoGlyphIsMissing() {
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(pdf.fonts()).extracting(font -> font.name().replaceFirst("^[A-Za-z0-9]{6}\\+", ""))
                .containsOnly("NotoSansSC-Black", "NotoSansSC-Bold", "NotoSansSC-Light");
        assertThat(pdf.missingGlyphs()).isEmpty();
        assertThat(LOG.problems()).isEmpty();
    }

    @Test
    void theBuildLogAndThePdfRecordTheFontsUsed() {
        Path ttc = project.resolve("src/fonts/noto-sc.ttc");
        assertThat(LOG.infos).contains("PDF 字体：正文 Noto Sans SC Bold（" + ttc + "#Noto Sans SC Bold），标题 Noto Sans SC Black（"
                + project.resolve("src/fonts/NotoSansSC-Black.ttf") + "），表格 仿宋（" + installedFolder.resolve("simfang.ttf") + "）");
        assertThat(pdf.info("AuditFonts")).isEqualTo("正文 Noto Sans SC Bold（noto-sc.ttc#Noto Sans SC Bold）；"
                + "标题 Noto Sans SC Black（NotoSansSC-Black.ttf）；表格 仿宋 Noto Sans SC Light（simfang.ttf）");
    }

    @Test
    void chartsAreToldTheBodyFontWithItsFace() {
        String chartFont = project.resolve("src/fonts/noto-sc.ttc") + "#Noto Sans SC Bold";
        assertThat(pdf.compactText()).contains("图表字体：" + chartFont.replace(" ", ""));
    }

    private static int onlyPage(String phrase) {
        assertThat(pdf.fontsOf(phrase)).as(phrase).hasSize(1);
        return pdf.fontsOf(phrase).keySet().iterator().next();
    }
}
