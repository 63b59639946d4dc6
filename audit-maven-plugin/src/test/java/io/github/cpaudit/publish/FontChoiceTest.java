package io.github.cpaudit.publish;

import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.TrueTypeCollection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font values that cannot work fail the build before the runtime starts, naming the parameter, the
 * file and what to do; a font without hanzi is a warning. The odd fonts are built here: a CFF
 * OpenType font and a Latin TrueType font of a few bytes each (tables just big enough for the checks),
 * and collections of them and of Noto Sans SC.
 */
class FontChoiceTest {

    @TempDir
    static Path project;

    @BeforeAll
    static void project() throws IOException {
        Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(project.resolve("src/docs/asciidoc/report.adoc"), "= 报告\n\n正文。\n");
        Path fonts = Files.createDirectories(project.resolve("src/fonts"));
        Files.write(fonts.resolve("FangSong.otf"), cffFont("Fake FangSong"));
        Files.write(fonts.resolve("Latin.ttf"), latinFont("Latin Sans"));
        TrueTypeCollection.write(fonts.resolve("noto-sc.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf")));
        TrueTypeCollection.write(fonts.resolve("mixed.ttc"), List.of(cffFont("Fake Song"), latinFont("Latin Sans")));
    }

    @Test
    void aMissingFileNamesTheParameterAndThePath() {
        assertThat(failure(new FontSettings("src/fonts/simfang.ttf", null, null)))
                .isEqualTo("找不到字体文件（font not found）：参数 bodyFont（audit.bodyFont）为“src/fonts/simfang.ttf”，即 "
                        + project.resolve("src/fonts/simfang.ttf") + "。路径相对于项目目录，也可写已安装字体的名称，如 仿宋、黑体、宋体。");
        assertThat(failure(new FontSettings(null, "方正小标宋", null)))
                .startsWith("找不到字体文件（font not found）：参数 headingFont（audit.headingFont）为“方正小标宋”")
                .contains("它也不是已知的已安装字体名称（仿宋、黑体、宋体、楷体、微软雅黑）");
    }

    @Test
    void anOpenTypeCffFontIsRefusedWithWhatToDo() {
        assertThat(failure(new FontSettings(null, "src/fonts/FangSong.otf", null)))
                .isEqualTo("字体不能使用（OTF/CFF font）：参数 headingFont（audit.headingFont）为“src/fonts/FangSong.otf”，即 "
                        + project.resolve("src/fonts/FangSong.otf") + "，是 CFF（PostScript）轮廓的 OpenType 字体：Prawn 嵌入这种字体后，"
                        + "PDF 中的字会显示错误。请改用同一字体的 TrueType 版本（.ttf，或 TrueType 轮廓的 .ttc）。");
        assertThat(failure(new FontSettings(null, null, "src/fonts/mixed.ttc#Fake Song")))
                .startsWith("字体不能使用（OTF/CFF font）：参数 tableFont（audit.tableFont）为“src/fonts/mixed.ttc#Fake Song”")
                .contains("mixed.ttc 中的 Fake Song，是 CFF（PostScript）轮廓的 OpenType 字体");
    }

    @Test
    void aCollectionWithoutAFaceListsItsFaces() {
        assertThat(failure(new FontSettings("src/fonts/noto-sc.ttc", null, null)))
                .isEqualTo("字体不能使用（font collection needs a face）：参数 bodyFont（audit.bodyFont）为“src/fonts/noto-sc.ttc”，即 "
                        + project.resolve("src/fonts/noto-sc.ttc") + "，是字体集合（.ttc），须在路径后写 #名称 或 #序号指明用其中哪个字体，"
                        + "例如 noto-sc.ttc#Noto Sans SC。其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold。");
    }

    @Test
    void aFaceTheCollectionDoesNotHaveIsRefusedListingItsFaces() {
        assertThat(failure(new FontSettings("src/fonts/noto-sc.ttc#SimSun", null, null)))
                .endsWith("noto-sc.ttc，其中没有字体“SimSun”。其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold。");
        assertThat(failure(new FontSettings("src/fonts/noto-sc.ttc#2", null, null)))
                .contains("其中没有字体“2”");
    }

    @Test
    void facesAreFoundByIndexAndByAnyOfTheirNames() {
        CollectingLog log = new CollectingLog();
        FontResolver resolver = new FontResolver(project, new InstalledFonts(List.of()), log);
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
        PdfFonts fonts = new FontResolver(project, new InstalledFonts(List.of()), log)
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

    private static String failure(FontSettings fonts) {
        PublishRequest request = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Set.of(Format.PDF), Map.of(), null, null, FailLevel.ERROR,
                project.resolve("cache"), fonts, PublishSpeed.DEFAULT);
        CollectingLog log = new CollectingLog();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> new ReportPublisher(log, new InstalledFonts(List.of())).publish(request));
        assertThat(thrown).isInstanceOf(AuditException.class);
        assertThat(project.resolve("target/audit")).doesNotExist();
        return thrown.getMessage();
    }

    /** An OpenType font with CFF outlines: the 'OTTO' tag, a (dummy) CFF table and a name. */
    static byte[] cffFont(String name) {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("CFF ", new byte[] {1, 0, 4, 4});
        tables.put("name", nameTable(name));
        return sfnt(0x4F54544F, tables);
    }

    /** A TrueType font whose character map knows only "A": no hanzi at all. */
    static byte[] latinFont(String name) {
        ByteBuffer cmap = ByteBuffer.allocate(12 + 32);
        cmap.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        cmap.putShort((short) 4).putShort((short) 32).putShort((short) 0).putShort((short) 4) // format, length, language, 2 segments
                .putShort((short) 4).putShort((short) 1).putShort((short) 0) // search fields (unused)
                .putShort((short) 'A').putShort((short) 0xFFFF).putShort((short) 0) // end codes, pad
                .putShort((short) 'A').putShort((short) 0xFFFF) // start codes
                .putShort((short) (1 - 'A')).putShort((short) 1) // deltas: "A" is glyph 1
                .putShort((short) 0).putShort((short) 0); // range offsets
        Map<String, byte[]> tables = new LinkedHashMap<>();
        tables.put("cmap", cmap.array());
        tables.put("glyf", new byte[4]);
        tables.put("name", nameTable(name));
        return sfnt(0x00010000, tables);
    }

    /** A 'name' table with one full name (ID 4), Windows platform, English. */
    private static byte[] nameTable(String name) {
        byte[] text = name.getBytes(StandardCharsets.UTF_16BE);
        return ByteBuffer.allocate(18 + text.length)
                .putShort((short) 0).putShort((short) 1).putShort((short) 18)
                .putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) 4)
                .putShort((short) text.length).putShort((short) 0)
                .put(text).array();
    }

    private static byte[] sfnt(int version, Map<String, byte[]> tables) {
        int offset = 12 + 16 * tables.size();
        int size = offset + tables.values().stream().mapToInt(t -> (t.length + 3) & ~3).sum();
        ByteBuffer font = ByteBuffer.allocate(size);
        font.putInt(version).putShort((short) tables.size()).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            font.put(table.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(offset).putInt(table.getValue().length);
            font.put(offset, table.getValue());
            offset += (table.getValue().length + 3) & ~3;
        }
        return font.array();
    }
}
