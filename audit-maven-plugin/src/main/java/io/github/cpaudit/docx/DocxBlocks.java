package io.github.cpaudit.docx;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Walks the parsed report's blocks in order and writes each as Word paragraphs and tables:
 * sections as headings (chapter 1 begins the numbered body), paragraphs, lists, tables with their
 * captions, figures, admonitions, sidebars, literal blocks, page breaks (and the landscape turns of
 * wide worksheets), and the 目录 where the document places it (before chapter 1 when it does not).
 */
final class DocxBlocks {

    private final XWPFDocument word;
    private final Document document;
    private final DocxLayout layout;
    private final DocxSections sections;
    private boolean contentsWritten;
    /** Inside a sidebar (the skeleton's 编写提示): its paragraphs are boxed and shaded, as in the HTML. */
    private boolean boxed;
    private int images;
    private final DocxCaptions captions = new DocxCaptions();

    DocxBlocks(XWPFDocument word, Document document, DocxLayout layout, DocxSections sections) {
        this.word = word;
        this.document = document;
        this.layout = layout;
        this.sections = sections;
    }

    void write() {
        blocks(document.getBlocks(), 0);
    }

    private void blocks(List<StructuralNode> blocks, int depth) {
        for (StructuralNode block : blocks) {
            block(block, depth);
        }
    }

    private void block(StructuralNode node, int depth) {
        switch (node.getContext()) {
            case "section" -> section((Section) node);
            case "paragraph" -> paragraph(node, depth);
            case "ulist", "olist", "colist" -> list((org.asciidoctor.ast.List) node, depth);
            case "dlist" -> descriptions((DescriptionList) node, depth);
            case "table" -> table((Table) node);
            case "image" -> image(node);
            case "admonition" -> admonition(node, depth);
            case "listing", "literal", "verse" -> literal(node);
            case "page_break" -> pageBreak(node);
            case "toc" -> contents();
            case "pass", "audio", "video", "thematic_break", "floating_title" -> floating(node);
            case "sidebar" -> sidebar(node, depth);
            default -> compound(node, depth); // preamble, open, example, quote
        }
    }

    private void section(Section section) {
        if (section.getLevel() <= 1 && !section.isSpecial() && !sections.inBody()) {
            // chapter 1: the 目录 (if the document placed none) and then the numbered body
            if (!contentsWritten) {
                contents();
            }
            sections.startBody(header());
        }
        sections.settle();
        boolean fresh = sections.takeFreshPage();
        XWPFParagraph heading = paragraph();
        heading.setStyle(DocxStyles.heading(section.getLevel()));
        if (fresh) {
            // the section began the page; its style's break would add one
            heading.getCTP().getPPr().addNewPageBreakBefore().setVal(Boolean.FALSE);
        }
        DocxInline.append(heading, DocxHeadings.text(section), false);
        blocks(section.getBlocks(), 0);
    }

    private String header() {
        Object shortTitle = document.getAttribute("audit-short-title");
        return DocxInline.text(shortTitle != null ? shortTitle.toString() : document.getDoctitle());
    }

    private void contents() {
        if (contentsWritten) {
            return;
        }
        contentsWritten = true;
        sections.settle();
        DocxContents.write(word, document);
    }

    private void paragraph(StructuralNode node, int depth) {
        titleLine(node, depth);
        XWPFParagraph paragraph = paragraph();
        indent(paragraph, depth, true);
        if (node.getContent() instanceof String html) {
            DocxInline.append(paragraph, html, false);
        }
        if (node.hasRole("audit-open")) {
            paragraph.getRuns().forEach(DocxInline::highlight);
        }
    }

    private void list(org.asciidoctor.ast.List list, int depth) {
        titleLine(list, depth);
        boolean ordered = !"ulist".equals(list.getContext());
        int number = DocxHeadings.parse(list.getAttribute("start", "1"), 1);
        for (StructuralNode child : list.getItems()) {
            ListItem item = (ListItem) child;
            XWPFParagraph line = paragraph();
            line.setStyle(DocxStyle.PLAIN.id());
            hanging(line, depth + 1);
            line.createRun().setText(ordered ? (number++) + ". " : "• ");
            DocxInline.append(line, item.getText(), false);
            blocks(item.getBlocks(), depth + 1);
        }
    }

    private void descriptions(DescriptionList list, int depth) {
        titleLine(list, depth);
        for (DescriptionListEntry entry : list.getItems()) {
            XWPFParagraph line = paragraph();
            line.setStyle(DocxStyle.PLAIN.id());
            indent(line, depth, false);
            DocxInline.append(line, entry.getTerms().stream().map(ListItem::getText).collect(Collectors.joining("、")), true);
            ListItem description = entry.getDescription();
            if (description != null) {
                line.createRun().setText("：");
                DocxInline.append(line, description.getText(), false);
                blocks(description.getBlocks(), depth + 1);
            }
        }
    }

    private void table(Table table) {
        if (DocxCaptions.text(table) != null) {
            captions.write(paragraph(), table, true);
        } else {
            sections.settle();
        }
        Object share = table.getAttribute("tablepcwidth");
        long width = sections.textWidth();
        if (share instanceof Number n && n.doubleValue() > 0 && n.doubleValue() < 100) {
            width = Math.round(width * n.doubleValue() / 100);
        }
        DocxTables.add(word, table, width);
    }

    private void image(StructuralNode node) {
        String target = String.valueOf(node.getAttribute("target"));
        XWPFParagraph paragraph = paragraph();
        paragraph.setStyle(DocxStyle.PLAIN.id());
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingLineRule(org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
        paragraph.setSpacingBetween(1.0);
        paragraph.setKeepNext(true);
        boolean embedded = DocxImages.add(paragraph, node.imageUri(target), "image" + (++images),
                node.getAttribute("pdfwidth"), sections.textWidth() / 20.0);
        if (!embedded) {
            DocxInline.append(paragraph, "[" + node.getAttribute("alt", target) + "]", false);
        }
        if (DocxCaptions.text(node) != null) {
            captions.write(paragraph(), node, false);
        }
    }

    private void admonition(StructuralNode node, int depth) {
        String label = String.valueOf(node.getAttribute("textlabel", node.getAttribute("name", "")));
        XWPFParagraph paragraph = paragraph();
        indent(paragraph, depth, false);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(label + "：");
        if (node.getBlocks().isEmpty() && node.getContent() instanceof String html) {
            DocxInline.append(paragraph, html, false);
        } else {
            blocks(node.getBlocks(), depth);
        }
    }

    private void literal(StructuralNode node) {
        titleLine(node, 0);
        Object source = node instanceof org.asciidoctor.ast.Block block ? block.getSource() : null;
        for (String line : String.valueOf(source == null ? "" : source).split("\n", -1)) {
            XWPFParagraph paragraph = paragraph();
            paragraph.setStyle(DocxStyle.PLAIN.id());
            XWPFRun run = paragraph.createRun();
            run.setText(line);
            run.setFontSize(layout.tableSize());
        }
    }

    private void pageBreak(StructuralNode node) {
        Object layoutName = node.getAttribute("page-layout");
        if (layoutName != null) {
            sections.turn("landscape".equals(layoutName.toString()));
            return;
        }
        paragraph().createRun().addBreak(BreakType.PAGE);
    }

    private void floating(StructuralNode node) {
        if ("floating_title".equals(node.getContext())) {
            XWPFParagraph title = paragraph();
            title.setStyle(DocxStyle.PLAIN.id());
            DocxInline.append(title, node.getTitle(), true);
        }
    }

    private void sidebar(StructuralNode node, int depth) {
        boolean outer = boxed;
        boxed = true;
        compound(node, depth);
        boxed = outer;
    }

    private void compound(StructuralNode node, int depth) {
        titleLine(node, depth);
        if (node.getBlocks().isEmpty() && node.getContent() instanceof String html && !html.isBlank()) {
            DocxInline.append(paragraph(), html, false);
            return;
        }
        blocks(node.getBlocks(), depth);
    }

    /** The title of a block that is not a table or figure (a sidebar's "编写提示"): a bold line. */
    private void titleLine(StructuralNode node, int depth) {
        String title = node.getTitle();
        if (title != null && !title.isEmpty()) {
            XWPFParagraph line = paragraph();
            line.setStyle(DocxStyle.PLAIN.id());
            indent(line, depth, false);
            line.setKeepNext(true);
            DocxInline.append(line, title, true);
        }
    }

    /** A new body paragraph, after a pending turn of the page; boxed in a sidebar. */
    private XWPFParagraph paragraph() {
        sections.settle();
        sections.takeFreshPage();
        XWPFParagraph paragraph = word.createParagraph();
        if (boxed) {
            DocxBoxes.box(paragraph);
        }
        return paragraph;
    }

    private void indent(XWPFParagraph paragraph, int depth, boolean firstLine) {
        if (depth > 0) {
            paragraph.setIndentationLeft((int) Math.round(layout.bodySize() * 2 * depth * 20));
            if (!firstLine) {
                paragraph.setIndentationFirstLine(0);
            }
        } else if (!firstLine) {
            paragraph.setIndentationFirstLine(0);
        }
    }

    /** A list item: the marker hangs out of the text's left edge. */
    private void hanging(XWPFParagraph paragraph, int depth) {
        var ind = paragraph.getCTP().getPPr().isSetInd() ? paragraph.getCTP().getPPr().getInd()
                : paragraph.getCTP().getPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(Math.round(layout.bodySize() * 2 * depth * 20)));
        ind.setHanging(BigInteger.valueOf(Math.round(layout.bodySize() * 1.5 * 20)));
    }
}
