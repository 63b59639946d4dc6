package io.github.cpaudit.publish;

import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project theme whose font catalog names a face its collection does not have: the PDF converter
 * asks the fonts package for the face, and the build fails with the message that lists the faces.
 */
class ThemeCatalogFaceTest {

    @TempDir
    static Path project;

    @Test
    void aFaceTheCollectionLacksFailsThePdfListingItsFaces() throws IOException {
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(docs.resolve("report.adoc"), "= 报告\n\n正文。\n");
        Path fonts = Files.createDirectories(project.resolve("src/fonts"));
        Path ttc = TrueTypeCollection.write(fonts.resolve("bureau.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf")));
        Path theme = Files.createDirectories(project.resolve("src/theme")).resolve("bureau-theme.yml");
        Files.writeString(theme, """
                extends: default
                font:
                  catalog:
                    merge: false
                    Bureau Sans:
                      '*': bureau.ttc#SimSun
                base:
                  font-family: Bureau Sans
                """);

        Throwable thrown = catchThrowable(() -> new ReportPublisher(new CollectingLog(), new InstalledFonts(List.of()))
                .publish(new PublishRequest(project, docs, "report.adoc", project.resolve("target/audit"),
                        Set.of(Format.PDF), Map.of(), theme, fonts, FailLevel.ERROR, project.resolve("cache"))));

        assertThat(thrown).isInstanceOf(AuditException.class);
        assertThat(thrown.getMessage()).isEqualTo("报告未发布（publish failed）：PDF 转换出错：(ArgumentError) 字体集合中没有这个字体（face not found）："
                + ttc + " 中没有“SimSun”；其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold。先前发布的报告保持不变。");
        assertThat(project.resolve("target/audit/pdf/report.pdf")).doesNotExist();
    }
}
