package io.github.cpaudit.fonts;

import static io.github.cpaudit.testing.TinyFonts.latinFont;
import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.TrueTypeCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the resolver chooses for a font value: a face of a collection by index or by any of its
 * names, a warning for a font without hanzi; and the theme written for the chosen fonts. What fails
 * the build is publish.FontChoiceTest.
 */
class FontResolverTest {

    @TempDir
    static Path project;

    @BeforeAll
    static void project() throws IOException {
        Path fonts = Files.createDirectories(project.resolve("src/fonts"));
        Files.write(fonts.resolve("Latin.ttf"), latinFont("Latin Sans"));
        TrueTypeCollection.write(fonts.resolve("noto-sc.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf")));
    }

    @Test
    void facesAreFoundByIndexAndByAnyOfTheirNames() {
        CollectingLog log = new CollectingLog();
        FontResolver resolver = new FontResolver(project, new InstalledFonts(List.of()), log::warn);
        for (String face : List.of("1", "Noto Sans SC Bold", "noto sans sc bold", "NotoSansSC-Bold")) {
            PdfFonts fonts = resolver.choose(new FontSettings("src/fonts/noto-sc.ttc#" + face, null, null), "Noto Sans SC");
            assertThat(fonts.effective(FontRole.BODY)).as(face)
                    .isEqualTo(new ChosenFont(project.resolve("src/fonts/noto-sc.ttc"), true, 1, "Noto Sans SC Bold", null));
        }
        assertThat(log.problems()).isEmpty();
    }

    @Test
    void aFontWithoutHanziIsAWarning() {
        CollectingLog log = new CollectingLog();
        PdfFonts fonts = new FontResolver(project, new InstalledFonts(List.of()), log::warn)
                .choose(new FontSettings("src/fonts/Latin.ttf", null, null), "Noto Sans SC");
        int all = FontResolver.COMMON_HANZI.length();
        assertThat(log.warnings).containsExactly("字体缺少常用汉字（missing CJK glyphs）：参数 bodyFont（audit.bodyFont）的 Latin Sans（"
                + project.resolve("src/fonts/Latin.ttf") + "）缺少 " + all + " 个常用汉字中的 " + all + " 个（如“的一是在不”），"
                + "这些字在 PDF 中会印成空白方框。请换一个中文字体。");
        assertThat(fonts.effective(FontRole.TABLE)).isEqualTo(fonts.effective(FontRole.BODY)).isNotNull();
    }

    @Test
    void theFontThemeExtendsTheThemeInUseAndMapsEveryStyleToTheOneFile() {
        Path ttc = project.resolve("src/fonts/noto-sc.ttc");
        Map<FontRole, ChosenFont> chosen = new LinkedHashMap<>();
        chosen.put(FontRole.BODY, new ChosenFont(ttc, true, 1, "Noto Sans SC Bold", null));
        String yaml = FontTheme.yaml(Path.of("/themes/it's-theme.yml"), new PdfFonts(chosen, "Noto Sans SC"));
        assertThat(yaml).contains("extends: '/themes/it''s-theme.yml'\n", "    merge: true\n",
                "      normal: '" + ttc + "#1'\n", "      bold_italic: '" + ttc + "#1'\n",
                "base-font-family: 'CpAudit Body'\n", "table-font-family: 'CpAudit Body'\n",
                "table-caption-font-family: 'CpAudit Body'\n").doesNotContain("heading-font-family");
    }

    @Test
    void theDocxNamesTheInstalledFontByItsChineseNameAndAFileByItsFace() {
        Map<FontRole, ChosenFont> chosen = new LinkedHashMap<>();
        chosen.put(FontRole.BODY, new ChosenFont(project.resolve("simfang.ttf"), false, 0, "FangSong", "仿宋"));
        chosen.put(FontRole.HEADING, new ChosenFont(project.resolve("src/fonts/noto-sc.ttc"), true, 1, "Noto Sans SC Bold", null));
        PdfFonts fonts = new PdfFonts(chosen, "Noto Sans SC");
        assertThat(List.of(fonts.bodyFamily(), fonts.headingFamily(), fonts.tableFamily()))
                .containsExactly("仿宋", "Noto Sans SC Bold", "仿宋"); // the tables follow the body
        PdfFonts theme = PdfFonts.defaults();
        assertThat(theme.bodyFamily()).isNull();
        assertThat(theme.tableFamily()).isNull();
    }
}
