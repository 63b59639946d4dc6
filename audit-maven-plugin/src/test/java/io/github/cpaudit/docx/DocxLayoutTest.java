package io.github.cpaudit.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX's page and type, read from a PDF theme as asciidoctor-pdf reads its keys. */
class DocxLayoutTest {

    @TempDir
    Path dir;

    @Test
    void aProjectsThemeGivesMarginsSizesAndLineSpacing() throws IOException {
        Path theme = dir.resolve("bureau.yml");
        Files.writeString(theme, """
                extends: default
                page:
                  margin: [2cm, 30mm]
                base:
                  font-family: 仿宋
                  font-size: 14
                  line-height-length: 28
                heading:
                  font-family: 黑体
                  h2-font-size: 18
                table_font_size: 9
                """, StandardCharsets.UTF_8);
        DocxLayout layout = DocxLayout.fromTheme(theme, null, null, null);
        // by hand: 2 cm = 2 / 2.54 * 72 = 56.69 pt, 30 mm = 85.04 pt; [top/bottom, sides] as in CSS
        assertThat(layout.margins()[0]).isCloseTo(56.69, within(0.01));
        assertThat(layout.margins()[1]).isCloseTo(85.04, within(0.01));
        assertThat(layout.margins()[2]).isCloseTo(56.69, within(0.01));
        assertThat(layout.margins()[3]).isCloseTo(85.04, within(0.01));
        assertThat(layout.bodySize()).isEqualTo(14);
        assertThat(layout.lineHeight()).isEqualTo(28);
        assertThat(layout.headingSize(1)).isEqualTo(18);
        assertThat(layout.headingSize(2)).isEqualTo(14); // not in the theme: the toolkit's 四号
        assertThat(layout.tableSize()).isEqualTo(9); // a flat key, as asciidoctor-pdf also reads them
        assertThat(layout.bodyFont()).isEqualTo("仿宋");
        assertThat(layout.headingFont()).isEqualTo("黑体");
        assertThat(layout.tableFont()).isEqualTo("仿宋"); // the theme's table follows its base
    }

    @Test
    void theFontsTheGoalChoseWinOverTheThemes() throws IOException {
        Path theme = dir.resolve("plain.yml");
        Files.writeString(theme, "base:\n  font-family: Noto Sans SC\n", StandardCharsets.UTF_8);
        DocxLayout layout = DocxLayout.fromTheme(theme, "仿宋", "黑体", null);
        assertThat(layout.bodyFont()).isEqualTo("仿宋");
        assertThat(layout.headingFont()).isEqualTo("黑体");
        assertThat(layout.tableFont()).isEqualTo("仿宋");
        // the toolkit's defaults where the theme is silent: 2.5 cm, 小四, twice 12 pt
        assertThat(layout.margins()[0]).isCloseTo(70.87, within(0.01));
        assertThat(layout.lineHeight()).isEqualTo(24);
        assertThat(layout.textIndent()).isEqualTo(24);
    }

    @Test
    void aThemeThatDoesNotParseIsTheWritersMistakeInChinese() throws IOException {
        Path theme = dir.resolve("broken.yml");
        Files.writeString(theme, "page: [unclosed\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DocxLayout.fromTheme(theme, null, null, null)).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("无法读取 PDF 主题（theme unreadable），DOCX 的版式取自它：" + theme);
    }
}
