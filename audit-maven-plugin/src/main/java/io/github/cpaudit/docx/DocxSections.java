package io.github.cpaudit.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;

import java.math.BigInteger;

/**
 * The DOCX's sections (Word's {@code w:sectPr}): A4 with the theme's margins; the front matter
 * (cover, 封二, 摘要, 目录) without header or page number; from chapter 1 the page header (the
 * report's short title) and the footer "– N –" counting from 1; and a landscape section for each
 * wide worksheet (the same {@code page-layout} breaks the PDF turns its pages at), numbered on.
 * A section's properties close it: they go into its last paragraph, the last section's into the body.
 */
final class DocxSections {

    /** A4 in twentieths of a point. */
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;

    private final XWPFDocument document;
    private final DocxLayout layout;
    private String headerId;
    private String footerId;
    private boolean landscape;
    private boolean body;
    private boolean numberingStarts;
    /** Whether nothing was written since a section began on a new page. */
    private boolean freshPage;
    /** A turn asked for and not yet made: {@code true} to landscape, {@code null} for none. */
    private Boolean pending;

    DocxSections(XWPFDocument document, DocxLayout layout) {
        this.document = document;
        this.layout = layout;
    }

    /** The text width of the current page, in twentieths of a point. */
    long textWidth() {
        double[] m = layout.margins();
        return (landscape ? A4_LONG : A4_SHORT) - Math.round((m[1] + m[3]) * 20);
    }

    /**
     * Whether the next paragraph starts a section's first page: a chapter heading there needs no
     * page break of its own (one more would leave an empty page in some readers). Clears the flag.
     */
    boolean takeFreshPage() {
        boolean fresh = freshPage;
        freshPage = false;
        return fresh;
    }

    /** Whether chapter 1 has begun. */
    boolean inBody() {
        return body;
    }

    /**
     * Ends the front matter: chapter 1 starts a section with the header, the page-number footer and
     * numbering from 1.
     */
    void startBody(String headerText) {
        if (body) {
            return;
        }
        close();
        createHeaderAndFooter(headerText);
        body = true;
        numberingStarts = true;
    }

    /**
     * A {@code <<<} with {@code page-layout=landscape|portrait}: the page turns when the next content
     * comes ({@link #settle()}), so that a turn back and forth between two wide tables leaves no empty page.
     */
    void turn(boolean toLandscape) {
        pending = toLandscape;
    }

    /** Before any content: a pending turn becomes a new section, or a page break when it turned back. */
    void settle() {
        if (pending == null) {
            return;
        }
        boolean to = pending;
        pending = null;
        if (to != landscape) {
            close();
            landscape = to;
        } else {
            document.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            freshPage = true;
        }
    }

    /** The last section's properties, into the body. */
    void finish() {
        CTSectPr last = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        properties(last);
    }

    /** Closes the current section with an empty paragraph that carries its properties. */
    private void close() {
        XWPFParagraph end = document.createParagraph();
        end.setStyle(DocxStyle.PLAIN.id());
        properties(end.getCTP().getPPr().addNewSectPr());
        freshPage = true;
    }

    private void properties(CTSectPr section) {
        if (body) {
            reference(section.addNewHeaderReference(), headerId);
            reference(section.addNewFooterReference(), footerId);
        }
        section.addNewType().setVal(STSectionMark.NEXT_PAGE);
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        double[] m = layout.margins();
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(DocxStyles.twips(m[0]));
        margins.setRight(DocxStyles.twips(m[1]));
        margins.setBottom(DocxStyles.twips(m[2]));
        margins.setLeft(DocxStyles.twips(m[3]));
        // header and footer halfway into the margin
        margins.setHeader(DocxStyles.twips(m[0] / 2));
        margins.setFooter(DocxStyles.twips(m[2] / 2));
        margins.setGutter(BigInteger.ZERO);
        if (numberingStarts) {
            section.addNewPgNumType().setStart(BigInteger.ONE);
            section.getPgNumType().setFmt(STNumberFormat.DECIMAL);
            numberingStarts = false;
        }
    }

    private static void reference(CTHdrFtrRef ref, String id) {
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(id);
    }

    private void createHeaderAndFooter(String headerText) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph title = header.createParagraph();
        title.setStyle(DocxStyle.PLAIN.id());
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        XWPFRun text = title.createRun();
        text.setText(headerText == null ? "" : headerText);
        text.setFontSize(10.5);
        headerId = document.getRelationId(header);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph number = footer.createParagraph();
        number.setStyle(DocxStyle.PLAIN.id());
        number.setAlignment(ParagraphAlignment.CENTER);
        number.createRun().setText("– ");
        field(number, "PAGE", "1");
        number.createRun().setText(" –");
        footerId = document.getRelationId(footer);
        // createHeader/createFooter referenced them from the body's properties; finish() writes them anew
        if (document.getDocument().getBody().isSetSectPr()) {
            document.getDocument().getBody().unsetSectPr();
        }
    }

    /** A complex field in runs of one paragraph: begin, instruction, separate, cached result, end. */
    static void field(XWPFParagraph paragraph, String instruction, String cached) {
        fieldStart(paragraph, instruction);
        paragraph.createRun().setText(cached);
        fieldEnd(paragraph);
    }

    static void fieldStart(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = paragraph.createRun();
        var text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void fieldEnd(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
