package io.github.cpaudit.publish;

import static io.github.cpaudit.testing.TinyFonts.cffFont;
import static io.github.cpaudit.testing.TinyFonts.latinFont;
import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.fonts.InstalledFonts;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.CollectingLog;
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
 * Font values that cannot work fail the build before the runtime starts, naming the parameter, the
 * file and what to do (fonts.FontResolverTest: what the resolver chooses, and the warning for a font
 * without hanzi). The odd fonts ({@link io.github.cpaudit.testing.TinyFonts}) and collections of them
 * and of Noto Sans SC are built here.
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
}
