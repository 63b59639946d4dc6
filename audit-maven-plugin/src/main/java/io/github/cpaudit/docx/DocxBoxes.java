package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import java.math.BigInteger;

/**
 * A sidebar's paragraphs (the skeleton's 编写提示 in a draft) in a shaded box, the colours of the
 * HTML and the PDF theme; Word joins the borders of consecutive boxed paragraphs into one box.
 */
final class DocxBoxes {

    private static final String FILL = "F5F7FA";
    private static final String BORDER = "C9D3DF";

    private DocxBoxes() {
    }

    static void box(XWPFParagraph paragraph) {
        CTPPr pr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTPBdr borders = pr.addNewPBdr();
        side(borders.addNewTop());
        side(borders.addNewLeft());
        side(borders.addNewBottom());
        side(borders.addNewRight());
        DocxStyles.fill(pr.addNewShd(), FILL);
    }

    private static void side(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.valueOf(4));
        border.setColor(BORDER);
    }
}
