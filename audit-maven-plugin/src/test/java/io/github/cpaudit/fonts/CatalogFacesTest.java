package io.github.cpaudit.fonts;

import static io.github.cpaudit.testing.TrueTypeCollection.notoSansSc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.testing.TrueTypeCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The face a theme's font catalog names in a collection (what audit_pdf.rb asks for): by index or by
 * any of its names, and the messages that list the faces when none or a missing one is named. The
 * collection is built from Noto Sans SC Regular and Bold.
 */
class CatalogFacesTest {

    @TempDir
    static Path fonts;

    private static String ttc;

    @BeforeAll
    static void collection() {
        ttc = TrueTypeCollection.write(fonts.resolve("bureau.ttc"),
                List.of(notoSansSc("NotoSansSC-Regular.ttf"), notoSansSc("NotoSansSC-Bold.ttf"))).toString();
    }

    @Test
    void aFaceIsFoundByItsIndex() {
        assertThat(CatalogFaces.index("Bureau Sans", "normal", ttc, "0")).isZero();
        assertThat(CatalogFaces.index("Bureau Sans", "bold", ttc, "1")).isEqualTo(1);
    }

    @Test
    void aFaceIsFoundByAnyOfItsNamesInAnyCase() {
        for (String name : List.of("Noto Sans SC Bold", "noto sans sc bold", "NotoSansSC-Bold")) {
            assertThat(CatalogFaces.index("Bureau Sans", "bold", ttc, name)).as(name).isEqualTo(1);
        }
        assertThat(CatalogFaces.index("Bureau Sans", "normal", ttc, "NotoSansSC-Regular")).isZero();
    }

    @Test
    void aFaceTheCollectionLacksListsItsFaces() {
        assertThatThrownBy(() -> CatalogFaces.index("Bureau Sans", "normal", ttc, "SimSun"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("字体集合中没有这个字体（face not found）：" + ttc + " 中没有“SimSun”；其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold");
        assertThatThrownBy(() -> CatalogFaces.index("Bureau Sans", "normal", ttc, "2"))
                .hasMessageStartingWith("字体集合中没有这个字体（face not found）：" + ttc + " 中没有“2”；");
    }

    @Test
    void noFaceNamedListsTheFaces() {
        assertThatThrownBy(() -> CatalogFaces.index("Bureau Sans", "italic", ttc, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("字体集合须指明字体（font collection needs a face）：主题 font.catalog 中 Bureau Sans 的 italic 为 " + ttc
                        + "，请在文件名后写 #名称 或 #序号；其中的字体为：#0 Noto Sans SC、#1 Noto Sans SC Bold");
    }

    @Test
    void aFileThatIsNoCollectionIsRefused() throws IOException {
        Path notAFont = Files.writeString(fonts.resolve("broken.ttc"), "not a font");
        assertThatThrownBy(() -> CatalogFaces.index("Bureau Sans", "normal", notAFont.toString(), "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("字体不能使用（not a TrueType font）：主题 font.catalog 中 Bureau Sans 的 normal 为 " + notAFont
                        + "，不是 TrueType 字体文件：文件太短");
        Path single = Files.write(fonts.resolve("single.ttc"), notoSansSc("NotoSansSC-Regular.ttf"));
        assertThatThrownBy(() -> CatalogFaces.index("Bureau Sans", "normal", single.toString(), "0"))
                .hasMessage("字体不能使用（not a font collection）：主题 font.catalog 中 Bureau Sans 的 normal 为 " + single
                        + "，不是字体集合（.ttc）");
    }
}
