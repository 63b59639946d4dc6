package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The paragraph styles of the DOCX, named as Word names its built-in ones so that Word, WPS and
 * LibreOffice treat them as such: {@code Normal} (body: 小四, the theme's line spacing, first-line
 * indent), {@code Heading1..4} (outline levels, so the 目录 field finds them), {@code Caption}
 * ("表 3-2 …", "图 4-1 …"), {@code TOC1..3} and the 目录 title, {@code Title} (the cover), and the
 * table text. Every style names its font in all four slots, East Asian included, so that Chinese
 * text never falls back to the Latin font's substitute.
 */
final class DocxStyles {

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + Math.min(Math.max(level, 1), 4);
    }

    static String toc(int level) {
        return "TOC" + Math.min(Math.max(level, 1), 3);
    }

    static void apply(XWPFDocument document, DocxLayout layout) {
        XWPFStyles styles = document.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTRPr defaults = ct.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults, layout.bodyFont());
        defaults.addNewSz().setVal(halfPoints(layout.bodySize()));
        defaults.addNewSzCs().setVal(halfPoints(layout.bodySize()));
        defaults.addNewLang().setEastAsia("zh-CN");
        styles.setStyles(ct);

        CTStyle normal = style(DocxStyle.NORMAL, null);
        normal.addNewQFormat();
        CTPPrGeneral body = normal.addNewPPr();
        spacing(body.addNewSpacing(), 0, 0, layout.lineHeight(), STLineSpacingRule.AT_LEAST);
        body.addNewInd().setFirstLine(twips(layout.textIndent()));
        add(styles, normal);

        add(styles, plain());
        for (int level = 1; level <= 4; level++) {
            add(styles, heading(level, layout));
        }
        add(styles, caption(layout));
        add(styles, tableText(layout));
        add(styles, footnote(layout));
        add(styles, title(layout));
        add(styles, tocHeading(layout));
        for (int level = 1; level <= 3; level++) {
            CTStyle toc = style(toc(level), "toc " + level, DocxStyle.PLAIN.id());
            CTPPrGeneral p = toc.addNewPPr();
            p.addNewInd().setLeft(twips(layout.bodySize() * 2 * (level - 1)));
            spacing(p.addNewSpacing(), 0, 0, layout.lineHeight(), STLineSpacingRule.AT_LEAST);
            add(styles, toc);
        }
    }

    private static CTStyle plain() {
        CTStyle plain = style(DocxStyle.PLAIN, DocxStyle.NORMAL.id());
        plain.addNewPPr().addNewInd().setFirstLine(BigInteger.ZERO);
        return plain;
    }

    private static CTStyle heading(int level, DocxLayout layout) {
        CTStyle heading = style(heading(level), "heading " + level, DocxStyle.NORMAL.id());
        heading.addNewNext().setVal(DocxStyle.NORMAL.id());
        heading.addNewQFormat();
        CTPPrGeneral p = heading.addNewPPr();
        p.addNewKeepNext();
        p.addNewKeepLines();
        if (level == 1) {
            p.addNewPageBreakBefore();
        }
        spacing(p.addNewSpacing(), 12, 10, layout.headingSize(level) * 1.4, STLineSpacingRule.AT_LEAST);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        if (level == 1) {
            p.addNewJc().setVal(STJc.CENTER);
        }
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr r = heading.addNewRPr();
        fonts(r, layout.headingFont());
        r.addNewB();
        r.addNewBCs();
        size(r, layout.headingSize(level));
        return heading;
    }

    private static CTStyle caption(DocxLayout layout) {
        CTStyle caption = style(DocxStyle.CAPTION, DocxStyle.NORMAL.id());
        caption.addNewQFormat();
        CTPPrGeneral p = caption.addNewPPr();
        spacing(p.addNewSpacing(), 6, 4, layout.captionSize() * 1.5, STLineSpacingRule.AT_LEAST);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        p.addNewJc().setVal(STJc.CENTER);
        CTRPr r = caption.addNewRPr();
        r.addNewB();
        size(r, layout.captionSize());
        return caption;
    }

    private static CTStyle tableText(DocxLayout layout) {
        CTStyle text = style(DocxStyle.TABLE_TEXT, DocxStyle.NORMAL.id());
        CTPPrGeneral p = text.addNewPPr();
        spacing(p.addNewSpacing(), 0, 0, layout.tableSize() * 1.5, STLineSpacingRule.AT_LEAST);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        CTRPr r = text.addNewRPr();
        fonts(r, layout.tableFont());
        size(r, layout.tableSize());
        return text;
    }

    /** A footnote's text: the table's size, single-spaced, no indent (Word's "footnote text"). */
    private static CTStyle footnote(DocxLayout layout) {
        CTStyle text = style(DocxStyle.FOOTNOTE, DocxStyle.NORMAL.id());
        CTPPrGeneral p = text.addNewPPr();
        spacing(p.addNewSpacing(), 0, 0, layout.tableSize() * 1.2, STLineSpacingRule.AT_LEAST);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        size(text.addNewRPr(), layout.tableSize());
        return text;
    }

    private static CTStyle title(DocxLayout layout) {
        CTStyle title = style(DocxStyle.TITLE, DocxStyle.NORMAL.id());
        title.addNewQFormat();
        CTPPrGeneral p = title.addNewPPr();
        p.addNewJc().setVal(STJc.CENTER);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        spacing(p.addNewSpacing(), 0, 12, 26 * 1.5, STLineSpacingRule.AT_LEAST);
        CTRPr r = title.addNewRPr();
        fonts(r, layout.headingFont());
        r.addNewB();
        size(r, 26);
        return title;
    }

    private static CTStyle tocHeading(DocxLayout layout) {
        CTStyle heading = style(DocxStyle.TOC_HEADING, DocxStyle.NORMAL.id());
        CTPPrGeneral p = heading.addNewPPr();
        p.addNewPageBreakBefore();
        p.addNewJc().setVal(STJc.CENTER);
        p.addNewInd().setFirstLine(BigInteger.ZERO);
        spacing(p.addNewSpacing(), 12, 10, layout.headingSize(1) * 1.4, STLineSpacingRule.AT_LEAST);
        CTRPr r = heading.addNewRPr();
        fonts(r, layout.headingFont());
        r.addNewB();
        size(r, layout.headingSize(1));
        return heading;
    }

    private static CTStyle style(DocxStyle named, String basedOn) {
        return style(named.id(), named.wordName(), basedOn);
    }

    private static CTStyle style(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** All four slots: ASCII, high ANSI, East Asian (the Chinese text), complex script. */
    static void fonts(CTRPr r, String family) {
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setEastAsia(family);
        fonts.setCs(family);
    }

    static void size(CTRPr r, double points) {
        r.addNewSz().setVal(halfPoints(points));
        r.addNewSzCs().setVal(halfPoints(points));
    }

    private static void spacing(CTSpacing spacing, double before, double after, double line, STLineSpacingRule.Enum rule) {
        spacing.setBefore(twips(before));
        spacing.setAfter(twips(after));
        spacing.setLine(twips(line));
        spacing.setLineRule(rule);
    }

    /** A plain fill of {@code fill} (RRGGBB) behind a run, paragraph or cell. */
    static void fill(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd shd, String fill) {
        shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    private static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }
}
