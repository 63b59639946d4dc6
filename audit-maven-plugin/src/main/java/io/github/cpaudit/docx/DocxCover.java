package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.asciidoctor.ast.Document;

/**
 * The cover (封一) from the document's attributes, as the PDF sets it (typesetting.md): the title,
 * the cover note, the organising authority with the place for its seal (盖章), the technical service
 * organisation and the date; then a new page for the 封二.
 */
final class DocxCover {

    private DocxCover() {
    }

    static void write(XWPFDocument word, Document document) {
        XWPFParagraph title = word.createParagraph();
        title.setStyle(DocxStyle.TITLE.id());
        title.setSpacingBefore(180 * 20);
        DocxInline.append(title, document.getDoctitle(), false);
        line(word, attribute(document, "audit-cover-note"), 18, 12);
        String organizer = attribute(document, "audit-organizer");
        String consultant = attribute(document, "audit-consultant");
        boolean first = true;
        if (organizer != null) {
            line(word, "组织单位：" + organizer + "（盖章）", 150, 16);
            first = false;
        }
        if (consultant != null) {
            line(word, "技术服务单位：" + consultant, first ? 150 : 10, 16);
        }
        String date = attribute(document, "audit-date");
        line(word, date != null ? date : attribute(document, "revdate"), 24, 16);
        word.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void line(XWPFDocument word, String html, int before, double size) {
        if (html == null) {
            return;
        }
        XWPFParagraph line = word.createParagraph();
        line.setStyle(DocxStyle.PLAIN.id());
        line.setAlignment(ParagraphAlignment.CENTER);
        line.setSpacingBefore(before * 20);
        DocxInline.append(line, html, false);
        line.getRuns().forEach(run -> run.setFontSize(size));
    }

    private static String attribute(Document document, String name) {
        Object value = document.getAttribute(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
