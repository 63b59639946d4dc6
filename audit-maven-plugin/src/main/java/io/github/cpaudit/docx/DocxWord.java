package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Footnote;

/**
 * The Word document being written, with the parsed report it comes from: a paragraph anywhere (body,
 * table cell) reaches it through {@code getDocument()}, and with it the text of a footnote whose
 * marker it meets.
 */
final class DocxWord extends XWPFDocument {

    private final Document report;

    DocxWord(Document report) {
        this.report = report;
    }

    /** The converted text (HTML) of footnote {@code index}, or {@code null} when there is none. */
    String footnote(int index) {
        // looked up when met: converting a paragraph's content registers its footnotes in the catalog
        for (Footnote footnote : report.getCatalog().getFootnotes()) {
            if (footnote.getIndex() == index) {
                return footnote.getText();
            }
        }
        return null;
    }
}
