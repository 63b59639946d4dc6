package io.github.cpaudit.publish;

import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.fonts.InstalledFonts;
import io.github.cpaudit.problem.AuditException;
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
 * A project with its own theme (its font a face of a collection named in the catalog, found in its
 * fontsDirectory; its own footer)
 * that asks for an installed 仿宋 the machine does not have, and for a heading font of its own: the
 * body keeps the theme's font with a warning that says what was missing and where it was looked for,
 * the headings change, and the rest of the project's theme still applies. A catalog naming a face
 * its collection lacks fails the PDF, listing the faces.
 */
class PdfFontFallbackTest {

    @TempDir
    static Path tmp;

    private static Path emptyFontFolder;
    private static final CollectingLog LOG = new CollectingLog();
    private static PdfReport pdf;

    @BeforeAll
    static void publish() throws IOException {
        Path project = tmp.resolve("project");
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(docs.resolve("report.adoc"), """
                = 回退测试报告
                :doctype: book
                :toc!:

                == 总论标题

                正文段落：没有仿宋时正文仍用主题的字体。
                """);
        Path fonts = bureauCollection(project);
        Files.write(fonts.resolve("NotoSansSC-Light.ttf"), notoSansSc("NotoSansSC-Light.ttf"));
        Path theme = bureauTheme(project, "NotoSansSC-Bold");
        emptyFontFolder = Files.createDirectories(tmp.resolve("Fonts"));

        new ReportPublisher(LOG, new InstalledFonts(List.of(emptyFontFolder))).publish(new PublishRequest(project, docs,
                "report.adoc", project.resolve("target/audit"), Set.of(Format.PDF), Map.of(), theme, fonts,
                FailLevel.ERROR, tmp.resolve("cache"), new FontSettings("仿宋", "src/fonts/NotoSansSC-Light.ttf", null), PublishSpeed.DEFAULT));
        pdf = PdfReport.read(project.resolve("target/audit/pdf/report.pdf"));
    }

    /** src/fonts/bureau.ttc: Noto Sans SC Regular and Bold; the folder is returned. */
    private static Path bureauCollection(Path project) {
        Path ttc = TrueTypeCollection.write(project.resolve("src/fonts/bureau.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf")));
        return ttc.getParent();
    }

    /** src/theme/bureau-theme.yml: the face {@code face} of bureau.ttc for the text, its own footer. */
    private static Path bureauTheme(Path project, String face) throws IOException {
        Path theme = Files.createDirectories(project.resolve("src/theme")).resolve("bureau-theme.yml");
        return Files.writeString(theme, """
                extends: default
                font:
                  catalog:
                    merge: false
                    Bureau Sans:
                      '*': bureau.ttc#%s
                base:
                  font-family: Bureau Sans
                heading:
                  font-family: Bureau Sans
                codespan:
                  font-family: Bureau Sans
                code:
                  font-family: Bureau Sans
                footer:
                  recto:
                    right:
                      content: ~
                    center:
                      content: '第 {page-number} 页'
                  verso:
                    left:
                      content: ~
                    center:
                      content: '第 {page-number} 页'
                """.formatted(face));
    }

    @Test
    void aMissingInstalledFontIsAWarningNamingWhatAndWhere() {
        assertThat(LOG.warnings).containsExactly("未找到已安装的字体 仿宋（font not installed）：在 " + emptyFontFolder
                + " 中找不到 simfang.ttf、STFANGSO.TTF；正文改用 主题 bureau-theme.yml 所定的字体。"
                + "可把字体文件复制到项目中（如 src/fonts/），用参数 bodyFont（audit.bodyFont）指向它。");
        assertThat(LOG.infos).contains("PDF 字体：正文 主题 bureau-theme.yml 所定的字体，标题 Noto Sans SC Light（"
                + tmp.resolve("project/src/fonts/NotoSansSC-Light.ttf") + "），表格 主题 bureau-theme.yml 所定的字体");
    }

    @Test
    void theBodyKeepsTheThemesFontTheFaceOfACollectionNamedInItsCatalog() {
        // the face the catalog names by its PostScript name: the second of the collection
        assertThat(pdf.fontsOf("正文段落：没有仿宋时正文仍用主题的字体。").values()).containsExactly(Set.of("NotoSansSC-Bold"));
    }

    @Test
    void theHeadingFontChangesAndTheRestOfTheProjectsThemeStays() {
        assertThat(pdf.fontsOf("总论标题").values()).containsExactly(Set.of("NotoSansSC-Light"));
        assertThat(pdf.text()).contains("第 1 页").doesNotContain("– 1 –");
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
        assertThat(pdf.missingGlyphs()).isEmpty();
    }

    @Test
    void aFaceTheCollectionLacksFailsThePdfListingItsFaces() throws IOException {
        // the converter asks fonts.CatalogFaces for the face; the message is the Ruby error's, as before
        Path project = tmp.resolve("lacking");
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(docs.resolve("report.adoc"), "= 报告\n\n正文。\n");
        Path fonts = bureauCollection(project);
        Path theme = bureauTheme(project, "SimSun");

        Throwable thrown = catchThrowable(() -> new ReportPublisher(new CollectingLog(), new InstalledFonts(List.of()))
                .publish(new PublishRequest(project, docs, "report.adoc", project.resolve("target/audit"),
                        Set.of(Format.PDF), Map.of(), theme, fonts, FailLevel.ERROR, tmp.resolve("cache"))));

        assertThat(thrown).isInstanceOf(AuditException.class);
        assertThat(thrown.getMessage()).isEqualTo("报告未发布（publish failed）：PDF 转换出错：(ArgumentError) 字体集合中没有这个字体（face not found）："
                + fonts.resolve("bureau.ttc") + " 中没有“SimSun”；其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold。先前发布的报告保持不变。");
        assertThat(project.resolve("target/audit/pdf/report.pdf")).doesNotExist();
    }
}
