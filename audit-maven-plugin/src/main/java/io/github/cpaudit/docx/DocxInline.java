package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The inline content of a paragraph, list item, cell or title as runs. The parsed document gives it
 * as the HTML converter's inline markup (macros, values, references already substituted), which is
 * read here: bold, italic, code, superscript and subscript, line breaks, and the open items of a
 * draft ({@code mark}, role {@code audit-open}) highlighted in the HTML's colours.
 */
final class DocxInline {

    /** audit.css and the PDF theme's {@code audit-open} role. */
    static final String OPEN_FILL = "FFE58F";
    static final String OPEN_COLOR = "7A2E00";
    /** The widest an inline image is drawn, in points: an A4 page's text width at the report's margins. */
    private static final double INLINE_MAX_WIDTH = 425;

    private DocxInline() {
    }

    /** Appends {@code html} to {@code paragraph}; {@code bold} for a header or totals row. */
    static void append(XWPFParagraph paragraph, String html, boolean bold) {
        if (html == null || html.isEmpty()) {
            return;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            // most cells: plain text, no parser needed
            run(paragraph, new Look(bold, false, false, false, null, false), collapse(html));
            return;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Node child : body.childNodes()) {
            node(paragraph, child, new Look(bold, false, false, false, null, false));
        }
    }

    /** Plain text of an inline HTML fragment (titles for the 目录 and the page header). */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).body().text();
    }

    private record Look(boolean bold, boolean italic, boolean code, boolean open, VerticalAlign align, boolean link) {
        Look withBold() {
            return new Look(true, italic, code, open, align, link);
        }

        Look withItalic() {
            return new Look(bold, true, code, open, align, link);
        }

        Look withCode() {
            return new Look(bold, italic, true, open, align, link);
        }

        Look withOpen() {
            return new Look(bold, italic, code, true, align, link);
        }

        Look withAlign(VerticalAlign to) {
            return new Look(bold, italic, code, open, to, link);
        }
    }

    private static void node(XWPFParagraph paragraph, Node node, Look look) {
        if (node instanceof TextNode text) {
            run(paragraph, look, collapse(text.getWholeText()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        Look inner = look;
        switch (element.normalName()) {
            case "br" -> {
                paragraph.createRun().addBreak();
                return;
            }
            case "img" -> {
                // an inline image (a data: URI, as the HTML embeds it) at its width; where it cannot be, its alternative text
                String width = element.attr("width");
                if (!DocxImages.add(paragraph, element.attr("src"), "inline", width.isEmpty() ? null : width + "px", INLINE_MAX_WIDTH)) {
                    run(paragraph, look, element.attr("alt"));
                }
                return;
            }
            case "strong", "b" -> inner = look.withBold();
            case "em", "i" -> inner = look.withItalic();
            case "code", "kbd" -> inner = look.withCode();
            case "mark" -> inner = look.withOpen();
            case "sup" -> inner = look.withAlign(VerticalAlign.SUPERSCRIPT);
            case "sub" -> inner = look.withAlign(VerticalAlign.SUBSCRIPT);
            default -> {
            }
        }
        if (element.normalName().equals("sup") && element.hasClass("footnote") && footnote(paragraph, element, look)) {
            return;
        }
        if (element.hasClass("audit-open")) {
            inner = inner.withOpen();
        }
        for (Node child : element.childNodes()) {
            node(paragraph, child, inner);
        }
    }

    private static void run(XWPFParagraph paragraph, Look look, String text) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        // in the schema's order of run properties: b, i, color, shd, vertAlign
        if (look.bold()) {
            run.setBold(true);
        }
        if (look.italic()) {
            run.setItalic(true);
        }
        if (look.open()) {
            highlight(run);
        } else if (look.code()) {
            run.setColor("333333");
        }
        if (look.align() != null) {
            run.setVerticalAlignment(look.align() == VerticalAlign.SUPERSCRIPT ? "superscript" : "subscript");
        }
    }

    /**
     * A footnote marker ({@code <sup class="footnote">[<a href="#_footnotedef_2">2</a>]</sup>}) as a
     * Word footnote with the footnote's text, numbered by Word; {@code false} when its text is not found.
     */
    private static boolean footnote(XWPFParagraph paragraph, Element marker, Look look) {
        Element link = marker.selectFirst("a[href^=#_footnotedef_]");
        if (link == null || !(paragraph.getDocument() instanceof DocxWord word)) {
            return false;
        }
        String text;
        try {
            text = word.footnote(Integer.parseInt(link.attr("href").substring("#_footnotedef_".length())));
        } catch (NumberFormatException e) {
            return false;
        }
        if (text == null) {
            return false;
        }
        XWPFFootnote note = word.createFootnote();
        XWPFParagraph first = note.createParagraph();
        first.setStyle(DocxStyle.FOOTNOTE.id());
        // the note's own number (POI's ensureFootnoteRef writes its run properties after the mark, which Word's schema refuses)
        XWPFRun number = first.createRun();
        number.setVerticalAlignment("superscript");
        number.getCTR().addNewFootnoteRef();
        first.createRun().setText(" ");
        append(first, text, look.bold());
        XWPFRun reference = paragraph.createRun();
        reference.setVerticalAlignment("superscript");
        reference.getCTR().addNewFootnoteReference().setId(note.getId());
        return true;
    }

    /** The open item's colours: a shaded run (not Word's few highlight colours), as in the HTML. */
    static void highlight(XWPFRun run) {
        run.setColor(OPEN_COLOR);
        DocxStyles.fill(run.getCTR().getRPr().addNewShd(), OPEN_FILL);
    }

    /** Source line breaks are spaces in HTML (Chinese soft breaks are already joined). */
    private static String collapse(String text) {
        return text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
    }
}
