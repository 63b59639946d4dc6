package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.asciidoctor.ast.StructuralNode;

/**
 * A table's or figure's caption as a paragraph in Word's {@code Caption} style, with the text the
 * HTML prints: "表 3-2 能源消耗及折标（工作表2-4）" above a table, "图 4-1 …" below a figure, a
 * worksheet of an attachment under its own title. The numbers are the report's (per chapter, the
 * attachments' own), written as text: a Word {@code SEQ} field would renumber them its own way.
 */
final class DocxCaptions {

    private DocxCaptions() {
    }

    /** The caption's HTML ("表 3-2 " and the title), or {@code null} for an untitled block. */
    static String text(StructuralNode node) {
        String title = node.getTitle();
        if (title == null || title.isEmpty()) {
            return null;
        }
        String caption = node.getCaption();
        return caption == null ? title : caption + title;
    }

    /** Writes the caption into {@code paragraph}; {@code above}: kept with the table below it. */
    static void write(XWPFParagraph paragraph, String html, boolean above) {
        paragraph.setStyle(DocxStyle.CAPTION.id());
        if (above) {
            paragraph.getCTP().getPPr().addNewKeepNext();
        }
        DocxInline.append(paragraph, html, false);
    }
}
