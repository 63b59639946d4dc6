package io.github.cpaudit.fonts;

import java.nio.file.Path;

/**
 * The face of a TrueType collection that a PDF theme's font catalog names ({@code simsun.ttc#SimSun}
 * or {@code simsun.ttc#0}), as the index Prawn takes. Called by the PDF converter's Ruby
 * ({@code cpaudit/ruby/audit_pdf.rb}), so that the collection is read here, by {@link FontFile}, and
 * the converter only gets a file and an index.
 */
public final class CatalogFaces {

    private CatalogFaces() {
    }

    /**
     * @param family the catalog's font family, for messages
     * @param style  its style ({@code normal}, {@code bold} …), for messages
     * @param file   the collection, as asciidoctor-pdf resolved it
     * @param face   what follows {@code #}: a face's index or any of its names; {@code null} when nothing does
     * @return the face's index in the collection
     * @throws IllegalArgumentException with the Chinese message when the catalog names no face, one the
     *                                  collection does not have, or a file that is no collection
     */
    public static int index(String family, String style, String file, String face) {
        FontFile font = read(family, style, file);
        if (face == null) {
            throw new IllegalArgumentException("字体集合须指明字体（font collection needs a face）：主题 font.catalog 中 " + family
                    + " 的 " + style + " 为 " + file + "，请在文件名后写 #名称 或 #序号；其中的字体为：" + font.faceList());
        }
        FontFile.Face chosen = font.face(face);
        if (chosen == null) {
            throw new IllegalArgumentException("字体集合中没有这个字体（face not found）：" + file + " 中没有“" + face
                    + "”；其中的字体为：" + font.faceList());
        }
        return chosen.index();
    }

    private static FontFile read(String family, String style, String file) {
        String where = "主题 font.catalog 中 " + family + " 的 " + style + " 为 " + file;
        FontFile font;
        try {
            font = UnusableFont.read(Path.of(file));
        } catch (UnusableFont e) {
            throw new IllegalArgumentException(e.message(where), e);
        }
        if (!font.collection()) {
            throw new IllegalArgumentException("字体不能使用（not a font collection）：" + where + "，不是字体集合（.ttc）");
        }
        return font;
    }
}
