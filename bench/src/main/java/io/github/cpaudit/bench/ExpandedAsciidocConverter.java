package io.github.cpaudit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.converter.StringConverter;

/**
 * Writes a parsed report back as one self-contained AsciiDoc file, every macro resolved: what the
 * toolkit's extensions computed (tables with their widths and cells, values, the 一企一策 sections)
 * becomes plain AsciiDoc, and what the toolkit prints differently from stock Asciidoctor is
 * written out as text (section numbers "1 总论" and "附件1 …", captions "表 3-1 ", cross
 * reference texts). Stock asciidoctor-pdf then renders the same content (PDF-speed benchmark,
 * {@code bench/pdf-speed.sh}); not product code.
 *
 * <p>Inline content arrives already converted by Asciidoctor's substitutions: plain text with
 * HTML entities, and the markup of inline nodes, converted here into AsciiDoc that waits in a list
 * while a number between two private-use marks stands for it. Plain text that AsciiDoc would read
 * as markup is wrapped in an inline passthrough, whose content (entities included) both backends
 * print as it is.
 */
public final class ExpandedAsciidocConverter extends StringConverter {

    /** The backend name this converter registers for. */
    public static final String BACKEND = "audit-expanded-adoc";

    /** Marks around the markup of a converted inline node inside substituted text. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** Plain text that AsciiDoc would read as markup (quotes, macros, attributes, replacements). */
    private static final Pattern MARKUP = Pattern.compile(
            "[*_`#^~\\[\\]{}+\\\\|]|\\(\\(|://|--|\\.\\.\\.|\\((?:C|R|TM)\\)|-&gt;|=&gt;|&lt;-|&lt;=");
    /** A line that would start a block, a list, an attribute entry, a comment or a directive. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:\\s|[\\[.*\\-=/:+_|!,<'>]|\\d+\\.\\s|[a-zA-Z]\\.\\s|[ivxIVX]+\\)\\s|[A-Z]+:\\s"
                    + "|(?:ifdef|ifndef|ifeval|endif|include)::)|::(?:\\s|$)|;;(?:\\s|$)");
    /** A line of a table cell that the preprocessor or the table parser would take: comment, directive. */
    private static final Pattern CELL_LINE_START = Pattern.compile("^(?://|(?:ifdef|ifndef|ifeval|endif|include)::)");

    private static final Map<String, String> SPECIAL_STYLES = Map.of("preface", "preface", "abstract", "abstract",
            "colophon", "colophon", "dedication", "dedication", "acknowledgments", "acknowledgments",
            "bibliography", "bibliography", "glossary", "glossary", "index", "index");

    /** Numbering of ordered lists by nesting level, as Asciidoctor assigns it by default. */
    private static final List<String> ORDERED_STYLES = List.of("arabic", "loweralpha", "lowerroman", "upperalpha",
            "upperroman");

    /** Inline markup by the number that stands for it in substituted text (see {@link #mark}). */
    private final List<String> inlineMarkup = new ArrayList<>();

    public ExpandedAsciidocConverter(String backend, Map<String, Object> opts) {
        super(backend, opts);
        setOutfileSuffix(".adoc");
    }

    @Override
    public String convert(ContentNode node, String transform, Map<Object, Object> opts) {
        if (node instanceof PhraseNode phrase) {
            return inline(phrase);
        }
        if (node instanceof Document document && "document".equals(transform == null ? node.getNodeName() : transform)) {
            return document(document);
        }
        StringBuilder out = new StringBuilder();
        block((StructuralNode) node, out, 0);
        return out.toString();
    }

    /**
     * Where an image of the expanded document lies, relative to its {@code images/} folder: the
     * target as written, or the file name of an absolute path (the file is copied next to it).
     */
    public static String imageTarget(String target) {
        if (target.startsWith("data:") || target.contains("://")) {
            return target;
        }
        Path path = Path.of(target);
        return path.isAbsolute() ? path.getFileName().toString() : target;
    }

    // ---- document ---------------------------------------------------------------------------

    private String document(Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("= ").append(text(doc.getDoctitle())).append('\n');
        out.append("// 由 bench/pdf-speed.sh 展开生成（expanded by the PDF-speed benchmark）：宏已解析，编号写成文字\n");
        header(out, "doctype", doc.getAttribute("doctype", "book"));
        for (String name : List.of("lang", "toc-title", "toclevels", "note-caption", "tip-caption", "warning-caption",
                "important-caption", "caution-caption", "example-caption", "untitled-label", "version-label",
                "last-update-label", "audit-short-title")) {
            if (doc.hasAttribute(name)) {
                header(out, name, doc.getAttribute(name));
            }
        }
        // numbers, captions and reference texts are written out as the toolkit prints them
        out.append(":sectnums!:\n:table-caption!:\n:figure-caption!:\n:chapter-signifier!:\n:preface-title!:\n");
        out.append(":imagesdir: images\n");
        if (doc.hasAttribute("toc")) {
            // HTML keeps its table of contents at the left, the PDF's sits where toc::[] is (or after the cover)
            boolean macro = !doc.findBy(Map.of("context", ":toc")).isEmpty();
            out.append("ifdef::backend-pdf[:toc:").append(macro ? " macro" : "").append("]\n");
            out.append("ifndef::backend-pdf[:toc: left]\n");
        }
        out.append('\n');
        blocks(doc.getBlocks(), out, 0);
        return out.toString();
    }

    private static void header(StringBuilder out, String name, Object value) {
        out.append(':').append(name).append(':');
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty()) {
            out.append(' ').append(text);
        }
        out.append('\n');
    }

    // ---- blocks -----------------------------------------------------------------------------

    private void blocks(List<StructuralNode> blocks, StringBuilder out, int depth) {
        for (StructuralNode block : blocks) {
            block(block, out, depth);
        }
    }

    private void block(StructuralNode node, StringBuilder out, int depth) {
        switch (node.getContext()) {
            case "preamble" -> blocks(node.getBlocks(), out, depth);
            case "section" -> section((Section) node, out, depth);
            case "paragraph" -> paragraph(node, out);
            case "table" -> table((Table) node, out, depth);
            case "ulist", "olist" -> list((org.asciidoctor.ast.List) node, out, depth, 1);
            case "dlist" -> descriptionList((DescriptionList) node, out, depth, 1);
            case "admonition" -> admonition(node, out, depth);
            case "sidebar" -> delimited(node, null, "*", out, depth);
            case "example" -> delimited(node, null, "=", out, depth);
            case "quote" -> delimited(node, quoteStyle(node), "_", out, depth);
            case "open" -> delimited(node, node.getStyle() == null || "open".equals(node.getStyle()) ? null
                    : node.getStyle(), "-", out, depth);
            case "listing", "literal", "pass", "verse" -> verbatim(node, out);
            case "image" -> image(node, out);
            case "page_break" -> {
                attributeLine(out, null, node, layout(node), false);
                out.append("<<<\n\n");
            }
            case "thematic_break" -> out.append("'''\n\n");
            case "toc" -> out.append("toc::[]\n\n");
            case "floating_title" -> {
                attributeLine(out, "discrete", node, Map.of(), true);
                out.append("=".repeat(node.getLevel() + 1)).append(' ').append(text(node.getTitle())).append("\n\n");
            }
            default -> throw new IllegalStateException("expanded AsciiDoc: unsupported block " + node.getContext()
                    + " at " + node.getSourceLocation());
        }
    }

    private void section(Section section, StringBuilder out, int depth) {
        String style = section.getSectionName() == null ? null : SPECIAL_STYLES.get(section.getSectionName());
        attributeLine(out, section.isSpecial() ? style : null, section, Map.of(), true);
        out.append("=".repeat(section.getLevel() + 1)).append(' ').append(numberedTitle(section)).append("\n\n");
        blocks(section.getBlocks(), out, depth);
    }

    /** The title as the toolkit prints it: "1.2 审核目的", "附件1 企业名录", or the bare title. */
    private String numberedTitle(Section section) {
        String title = text(section.getTitle());
        String caption = section.getCaption();
        if (caption != null && !caption.isEmpty()) {
            return text(caption) + title;
        }
        Object levels = section.getDocument().getAttribute("sectnumlevels", "3");
        if (section.isNumbered() && !section.isSpecial() && section.getLevel() <= Integer.parseInt(levels.toString())) {
            return section.getSectnum() + " " + title;
        }
        return title;
    }

    private void paragraph(StructuralNode node, StringBuilder out) {
        String style = "normal".equals(node.getStyle()) ? null : node.getStyle();
        attributeLine(out, style, node, Map.of(), true);
        title(node, out);
        out.append(lines(String.valueOf(node.getContent()))).append("\n\n");
    }

    private void admonition(StructuralNode node, StringBuilder out, int depth) {
        String style = node.getAttribute("name", "note").toString().toUpperCase(java.util.Locale.ROOT);
        if ("compound".equals(node.getContentModel())) {
            delimited(node, style, "=", out, depth);
        } else {
            attributeLine(out, style, node, Map.of(), true);
            title(node, out);
            out.append(lines(String.valueOf(node.getContent()))).append("\n\n");
        }
    }

    private void delimited(StructuralNode node, String style, String mark, StringBuilder out, int depth) {
        attributeLine(out, style, node, Map.of(), true);
        title(node, out);
        // open blocks cannot nest; the other delimiters grow with the depth
        String fence = "-".equals(mark) ? "--" : mark.repeat(4 + depth);
        out.append(fence).append('\n');
        blocks(node.getBlocks(), out, depth + 1);
        trimBlankLine(out);
        out.append(fence).append("\n\n");
    }

    private static String quoteStyle(StructuralNode node) {
        StringBuilder style = new StringBuilder("quote");
        for (String name : List.of("attribution", "citetitle")) {
            Object value = node.getAttribute(name);
            style.append(", \"").append(value == null ? "" : escapeQuotes(value.toString())).append('"');
        }
        return style.toString();
    }

    private void verbatim(StructuralNode node, StringBuilder out) {
        String context = node.getContext();
        String style = switch (context) {
            case "listing" -> node.getStyle() == null || "listing".equals(node.getStyle()) ? null : node.getStyle();
            case "verse" -> "verse";
            default -> null;
        };
        Map<String, String> named = new LinkedHashMap<>();
        if ("source".equals(style) && node.getAttribute("language") != null) {
            style = "source," + node.getAttribute("language");
        }
        attributeLine(out, style, node, named, true);
        title(node, out);
        String fence = switch (context) {
            case "literal" -> "....";
            case "pass" -> "++++";
            case "verse" -> "____";
            default -> "----";
        };
        out.append(fence).append('\n').append(((org.asciidoctor.ast.Block) node).getSource()).append('\n')
                .append(fence).append("\n\n");
    }

    private void image(StructuralNode node, StringBuilder out) {
        Map<String, String> named = new LinkedHashMap<>();
        if (node.getTitle() != null) {
            named.put("caption", node.getCaption() == null ? "" : node.getCaption());
        }
        attributeLine(out, null, node, named, true);
        title(node, out);
        out.append("image::").append(imageTarget(node.getAttribute("target").toString())).append('[')
                .append(imageAttributes(node)).append("]\n\n");
    }

    private static String imageAttributes(ContentNode node) {
        List<String> list = new ArrayList<>();
        Object alt = node.getAttribute("alt");
        list.add('"' + escapeQuotes(alt == null ? "" : alt.toString()) + '"');
        for (String name : List.of("width", "height", "scaledwidth", "pdfwidth", "align", "float", "link")) {
            Object value = node.getAttribute(name);
            if (value != null) {
                list.add(name + "=\"" + escapeQuotes(value.toString()) + '"');
            }
        }
        return String.join(",", list);
    }

    private static Map<String, String> layout(StructuralNode node) {
        Object layout = node.getAttribute("page-layout");
        return layout == null ? Map.of() : Map.of("page-layout", layout.toString());
    }

    // ---- tables -----------------------------------------------------------------------------

    private void table(Table table, StringBuilder out, int depth) {
        char separator = depth == 0 ? '|' : '!';
        Map<String, String> named = new LinkedHashMap<>();
        if (table.getTitle() != null) {
            named.put("caption", table.getCaption() == null ? "" : table.getCaption());
        }
        List<String> cols = new ArrayList<>();
        boolean autowidth = table.isOption("autowidth");
        for (Column column : table.getColumns()) {
            cols.add(alignment(column.getHorizontalAlignment(), column.getVerticalAlignment())
                    + (autowidth ? "~" : String.valueOf(column.getWidth())) + styleLetter(column.getStyle()));
        }
        named.put("cols", String.join(",", cols));
        List<String> options = new ArrayList<>();
        if (!table.getHeader().isEmpty()) {
            options.add("header");
        }
        if (!table.getFooter().isEmpty()) {
            options.add("footer");
        }
        for (String option : List.of("autowidth", "breakable", "unbreakable", "rotate")) {
            if (table.isOption(option)) {
                options.add(option);
            }
        }
        named.put("options", String.join(",", options));
        for (String name : List.of("frame", "grid", "stripes", "width", "float", "align")) {
            Object value = table.getAttribute(name);
            if (value != null) {
                named.put(name, value.toString());
            }
        }
        attributeLine(out, null, table, named, true);
        title(table, out);
        String fence = separator + "===";
        out.append(fence).append('\n');
        List<Row> rows = new ArrayList<>(table.getHeader());
        rows.addAll(table.getBody());
        rows.addAll(table.getFooter());
        for (Row row : rows) {
            for (Cell cell : row.getCells()) {
                cell(cell, separator, out, depth);
            }
            out.append('\n');
        }
        trimBlankLine(out);
        out.append(fence).append("\n\n");
    }

    private void cell(Cell cell, char separator, StringBuilder out, int depth) {
        Column column = cell.getColumn();
        StringBuilder spec = new StringBuilder();
        if (cell.getColspan() > 1) {
            spec.append(cell.getColspan());
        }
        if (cell.getRowspan() > 1) {
            spec.append('.').append(cell.getRowspan());
        }
        if (!spec.isEmpty()) {
            spec.append('+');
        }
        if (cell.getHorizontalAlignment() != column.getHorizontalAlignment()
                || cell.getVerticalAlignment() != column.getVerticalAlignment()) {
            spec.append(alignment(cell.getHorizontalAlignment(), cell.getVerticalAlignment()));
        }
        String style = cell.getStyle();
        boolean asciidoc = "asciidoc".equals(style);
        if (style != null && !"header".equals(style) && !java.util.Objects.equals(style, column.getStyle())) {
            spec.append(styleLetter(style));
        }
        out.append(spec).append(separator);
        if (asciidoc) {
            StringBuilder inner = new StringBuilder();
            blocks(cell.getInnerDocument().getBlocks(), inner, depth + 1);
            trimBlankLine(inner);
            out.append('\n').append(inner.toString().replace(String.valueOf(separator), "\\" + separator));
        } else if ("literal".equals(style) || "verse".equals(style)) {
            out.append(cell.getSource().replace(String.valueOf(separator), "\\" + separator));
        } else {
            out.append(lines(cell.getText(), CELL_LINE_START).replace(String.valueOf(separator), "\\" + separator));
        }
        out.append('\n');
    }

    private static String alignment(Table.HorizontalAlignment horizontal, Table.VerticalAlignment vertical) {
        String h = horizontal == null ? "" : switch (horizontal) {
            case CENTER -> "^";
            case RIGHT -> ">";
            default -> "";
        };
        String v = vertical == null ? "" : switch (vertical) {
            case MIDDLE -> ".^";
            case BOTTOM -> ".>";
            default -> "";
        };
        return h + v;
    }

    private static String styleLetter(String style) {
        if (style == null) {
            return "";
        }
        return switch (style) {
            case "asciidoc" -> "a";
            case "emphasis" -> "e";
            case "header" -> "h";
            case "literal" -> "l";
            case "monospaced" -> "m";
            case "strong" -> "s";
            case "verse" -> "v";
            default -> "";
        };
    }

    // ---- lists ------------------------------------------------------------------------------

    private void list(org.asciidoctor.ast.List list, StringBuilder out, int depth, int level) {
        boolean ordered = "olist".equals(list.getContext());
        Map<String, String> named = new LinkedHashMap<>();
        if (ordered && list.getAttribute("start") != null) {
            named.put("start", list.getAttribute("start").toString());
        }
        String style = ordered && !ORDERED_STYLES.get((level - 1) % ORDERED_STYLES.size()).equals(list.getStyle())
                ? list.getStyle() : null;
        attributeLine(out, style, list, named, true);
        title(list, out);
        String marker = (ordered ? "." : "*").repeat(level);
        for (StructuralNode node : list.getItems()) {
            ListItem item = (ListItem) node;
            out.append(marker).append(' ').append(item.hasText() ? lines(item.getText()) : "{empty}").append('\n');
            itemBlocks(item, out, depth, level);
        }
        endList(out, level);
    }

    private void descriptionList(DescriptionList list, StringBuilder out, int depth, int level) {
        attributeLine(out, list.getStyle(), list, Map.of(), true);
        title(list, out);
        String marker = level <= 3 ? ":".repeat(level + 1) : ";;";
        for (DescriptionListEntry entry : list.getItems()) {
            for (ListItem term : entry.getTerms()) {
                out.append(text(term.getText())).append(marker).append('\n');
            }
            ListItem description = entry.getDescription();
            if (description != null) {
                if (description.hasText()) {
                    out.append(lines(description.getText())).append('\n');
                }
                itemBlocks(description, out, depth, level);
            }
        }
        endList(out, level);
    }

    /** A comment line after an outermost list keeps a following list of the same kind apart. */
    private static void endList(StringBuilder out, int level) {
        if (level == 1) {
            out.append("\n//-\n\n");
        }
    }

    private void itemBlocks(ListItem item, StringBuilder out, int depth, int level) {
        for (StructuralNode child : item.getBlocks()) {
            // a blank line keeps a paragraph attached before it from reading the nested list as text
            if (child instanceof org.asciidoctor.ast.List nested) {
                list(nested, out.append('\n'), depth, level + 1);
            } else if (child instanceof DescriptionList nested) {
                descriptionList(nested, out.append('\n'), depth, level + 1);
            } else {
                out.append("+\n");
                StringBuilder inner = new StringBuilder();
                block(child, inner, depth);
                trimBlankLine(inner);
                out.append(inner).append('\n');
            }
            trimBlankLine(out);
        }
    }

    // ---- inline -----------------------------------------------------------------------------

    /**
     * An inline node as a converter for HTML writes it: fixed markup (here AsciiDoc, waiting in
     * {@link #mark}) around the node's text, which the substitutions that follow still read, as
     * they read the text between {@code <strong>} and {@code </strong>}.
     */
    private String inline(PhraseNode node) {
        String type = node.getType();
        String text = node.getText() == null ? "" : node.getText();
        return switch (node.getNodeName()) {
            case "inline_quoted" -> quoted(node, type, text);
            case "inline_anchor" -> anchor(node, type, text);
            case "inline_break" -> text + mark(" +");
            case "inline_footnote" -> "xref".equals(type) ? mark("footnote:" + node.getAttribute("id", "") + "[]")
                    : mark("footnote:" + node.getAttribute("id", "") + "[") + text + mark("]");
            case "inline_image" -> mark("image:" + imageTarget(node.getTarget()) + "[" + imageAttributes(node) + "]");
            case "inline_indexterm" -> "visible".equals(type) ? text : "";
            case "inline_kbd", "inline_button", "inline_menu" -> text;
            case "inline_callout" -> mark("<" + text + ">");
            default -> throw new IllegalStateException("expanded AsciiDoc: unsupported inline " + node.getNodeName());
        };
    }

    private String quoted(PhraseNode node, String type, String text) {
        if ("double".equals(type)) {
            return mark("&#8220;") + text + mark("&#8221;");
        }
        if ("single".equals(type)) {
            return mark("&#8216;") + text + mark("&#8217;");
        }
        String delimiter = switch (type) {
            case "emphasis" -> "__";
            case "strong" -> "**";
            case "monospaced" -> "``";
            case "superscript" -> "^";
            case "subscript" -> "~";
            case "mark", "unquoted" -> "##";
            default -> throw new IllegalStateException("expanded AsciiDoc: unsupported quote type " + type);
        };
        StringBuilder attributes = new StringBuilder();
        if (node.getId() != null) {
            attributes.append('#').append(node.getId());
        }
        for (String role : node.getRoles()) {
            attributes.append('.').append(role);
        }
        if ("unquoted".equals(type) && attributes.isEmpty()) {
            return text;
        }
        return mark((attributes.isEmpty() ? "" : "[" + attributes + "]") + delimiter) + text + mark(delimiter);
    }

    private String anchor(PhraseNode node, String type, String text) {
        return switch (type) {
            case "xref" -> {
                String refid = String.valueOf(node.getAttribute("refid", ""));
                yield mark("<<" + refid + ",") + (node.getText() != null ? text
                        : referenceText(node.getDocument(), refid)) + mark(">>");
            }
            case "ref" -> mark("[[" + node.getId() + "]]");
            case "bibref" -> mark("[[[" + node.getId() + "]]]") + text;
            case "link" -> mark("link:++" + node.getTarget() + "++[") + text + mark("]");
            default -> throw new IllegalStateException("expanded AsciiDoc: unsupported anchor " + type);
        };
    }

    /** Markup that later substitutions must not read: a number between two private-use marks. */
    private String mark(String markup) {
        inlineMarkup.add(markup);
        return OPEN + Integer.toString(inlineMarkup.size() - 1) + CLOSE;
    }

    /** What a cross reference without its own text prints: the target's reftext, else its title. */
    private String referenceText(Document document, String refid) {
        Object ref = document.getCatalog().getRefs().get(refid);
        if (ref instanceof ContentNode target) {
            if (target.getReftext() != null) {
                return target.getReftext();
            }
            if (target instanceof StructuralNode block && block.getTitle() != null) {
                return block.getTitle();
            }
        }
        return "[" + refid + "]";
    }

    // ---- text -------------------------------------------------------------------------------

    /** Substituted text as AsciiDoc: the inline nodes' markup put back, plain text protected. */
    private String text(String substituted) {
        if (substituted == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int plainStart = 0;
        for (int open = substituted.indexOf(OPEN); open >= 0; open = substituted.indexOf(OPEN, plainStart)) {
            int close = substituted.indexOf(CLOSE, open);
            out.append(plain(substituted.substring(plainStart, open)));
            out.append(inlineMarkup.get(Integer.parseInt(substituted.substring(open + 1, close))));
            plainStart = close + 1;
        }
        out.append(plain(substituted.substring(plainStart)));
        return out.toString();
    }

    private static String plain(String text) {
        if (text.isEmpty() || !MARKUP.matcher(text).find()) {
            return text;
        }
        // an inline passthrough prints its content as is; its own end mark cannot occur inside
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (!line.isEmpty()) {
                out.append("+++").append(line.replace("+++", "&#43;&#43;&#43;")).append("+++");
            }
        }
        return out.toString();
    }

    /** Multi-line substituted text, each line kept from starting a block. */
    private String lines(String substituted) {
        return lines(substituted, BLOCK_START);
    }

    private String lines(String substituted, Pattern guarded) {
        StringBuilder out = new StringBuilder();
        for (String line : text(substituted).split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(guarded.matcher(line).find() ? "{empty}" + line : line);
        }
        return out.toString();
    }

    private void title(StructuralNode node, StringBuilder out) {
        if (node.getTitle() != null) {
            out.append('.').append(text(node.getTitle())).append('\n');
        }
    }

    /** {@code [style,id="…",role="…",name="value"]}, or nothing when there is nothing to say. */
    private static void attributeLine(StringBuilder out, String style, ContentNode node, Map<String, String> named,
            boolean withId) {
        List<String> parts = new ArrayList<>();
        if (style != null) {
            parts.add(style);
        }
        if (withId && node.getId() != null) {
            parts.add("id=\"" + escapeQuotes(node.getId()) + '"');
        }
        if (node.getRole() != null && !node.getRole().isEmpty()) {
            parts.add("role=\"" + escapeQuotes(node.getRole()) + '"');
        }
        named.forEach((name, value) -> parts.add(name + "=\"" + escapeQuotes(value) + '"'));
        if (!parts.isEmpty()) {
            out.append('[').append(String.join(",", parts)).append("]\n");
        }
    }

    private static String escapeQuotes(String value) {
        return value.replace("\"", "\\\"");
    }

    private static void trimBlankLine(StringBuilder out) {
        while (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
