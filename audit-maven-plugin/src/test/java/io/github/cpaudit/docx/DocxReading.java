package io.github.cpaudit.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Reading a published DOCX back with POI, for the tests. */
final class DocxReading {

    private DocxReading() {
    }

    /** The table right after the caption paragraph that reads {@code caption}. */
    static XWPFTable tableAfter(XWPFDocument docx, String caption) {
        List<IBodyElement> elements = docx.getBodyElements();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof XWPFParagraph p && caption.equals(p.getText())
                    && elements.get(i + 1) instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after the caption " + caption + " among "
                + docx.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).map(XWPFParagraph::getText).toList());
    }

    /** Every section's properties in order: those closing a section in a paragraph, then the body's. */
    static List<CTSectPr> sections(XWPFDocument docx) {
        List<CTSectPr> sections = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        sections.add(docx.getDocument().getBody().getSectPr());
        return sections;
    }

    /** The table's width in twips: its grid columns' widths added up. */
    static long gridWidth(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum();
    }

    /** The cells' texts of a row. */
    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
