package io.github.cpaudit.asciidoc;

import java.util.Arrays;
import java.util.List;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;

/**
 * Chinese line breaking in the report's prose, in the AsciiDoc source of every paragraph, list
 * item, description list term and description, table cell (those the table macros generate too),
 * admonition, verse and title, before any inline substitution:
 * <ul>
 * <li>in both formats, a soft line break between two CJK characters is joined, so that it shows
 *     as nothing instead of a space; hard breaks ({@code +}, {@code [%hardbreaks]}) and verses keep
 *     their lines;</li>
 * <li>in the PDF, the break opportunities of {@link ChineseLineBreaks} are inserted into the text,
 *     never into syntax ({@link InlineSyntax}). asciidoctor-pdf's own {@code scripts=cjk} lets a
 *     line start with "，" (typesetting.md); a document that still sets it explicitly gets the stock
 *     behaviour and no second set of breaks. HTML gets no break characters: browsers break Chinese
 *     text by themselves.</li>
 * </ul>
 * Listings, literal blocks and passthrough blocks are left alone.
 */
final class ChineseLineBreaking extends Treeprocessor {

    /**
     * Set on a table a macro generated from text with no soft line break between Chinese characters:
     * no cell of it has one either (a cell's source is a piece of that text), so the HTML's walk,
     * which only joins such breaks, passes it by (on 500 enterprises a good part of the walk).
     */
    private static final String NOTHING_TO_JOIN = "audit-nothing-to-join";

    /** Marks the tables among {@code blocks}, parsed from {@code asciidoc}, when it has nothing to join. */
    static void markNothingToJoin(List<StructuralNode> blocks, String asciidoc) {
        if (!ChineseLineBreaks.joinSoftBreaks(asciidoc).equals(asciidoc)) {
            return;
        }
        for (StructuralNode block : blocks) {
            if (block instanceof Table) {
                block.setAttribute(NOTHING_TO_JOIN, "", true);
            }
        }
    }

    @Override
    public Document process(Document document) {
        boolean pdf = "pdf".equals(String.valueOf(document.getAttribute("backend")));
        boolean stock = "cjk".equals(String.valueOf(document.getAttribute("scripts", "")).trim());
        boolean hardbreaks = document.hasAttribute("hardbreaks-option") || document.hasAttribute("hardbreaks");
        new Walker(pdf && !stock, hardbreaks).children(document);
        return document;
    }

    /** Walks blocks, list items and table cells, changing only what changes. */
    private record Walker(boolean breaks, boolean hardbreaks) {

        void children(StructuralNode node) {
            for (StructuralNode child : node.getBlocks()) {
                node(child);
            }
        }

        void node(StructuralNode node) {
            title(node);
            if (node instanceof Table table) {
                table(table);
            } else if (node instanceof DescriptionList list) {
                for (DescriptionListEntry entry : list.getItems()) {
                    entry.getTerms().forEach(this::item);
                    if (entry.getDescription() != null) {
                        item(entry.getDescription());
                    }
                }
            } else if (node instanceof ListItem item) {
                item(item);
            } else if (node instanceof Block block) {
                block(block);
            } else {
                children(node);
            }
        }

        private void item(ListItem item) {
            String source = item.getSource();
            if (source != null) {
                String text = text(source, !hardbreaks);
                if (!text.equals(source)) {
                    item.setSource(text);
                }
            }
            children(item);
        }

        private void block(Block block) {
            String model = block.getContentModel();
            boolean verse = "verse".equals(block.getContext());
            if ("simple".equals(model) || verse) {
                String source = String.join("\n", block.getLines());
                String text = text(source, !verse && !hardbreaks && !block.isOption("hardbreaks"));
                if (!text.equals(source)) {
                    block.setLines(Arrays.asList(text.split("\n", -1)));
                }
            } else if ("compound".equals(model)) {
                children(block);
            }
        }

        private void table(Table table) {
            if (!breaks && table.hasAttribute(NOTHING_TO_JOIN)) {
                return;
            }
            for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
                for (Row row : rows) {
                    for (Cell cell : row.getCells()) {
                        cell(cell);
                    }
                }
            }
        }

        private void cell(Cell cell) {
            String style = cell.getStyle();
            if ("asciidoc".equals(style)) {
                // a nested document: Asciidoctor runs no tree processor on it
                children(cell.getInnerDocument());
            } else if (!"literal".equals(style) && cell.getSource() != null) {
                String source = cell.getSource();
                String text = text(source, !hardbreaks);
                if (!text.equals(source)) {
                    cell.setSource(text);
                }
            }
        }

        /** Titles are one line: only breaks, and none where converting the title again would count twice. */
        private void title(StructuralNode node) {
            if (!breaks || node instanceof Document || !(node instanceof RubyObjectWrapper ruby)) {
                return;
            }
            // AsciidoctorJ's getTitle() converts the title; the break points go into the source
            String source = ruby.getString("@title");
            if (source == null || source.isEmpty()) {
                return;
            }
            InlineSyntax syntax = InlineSyntax.of(source);
            if (syntax.convertsWithEffects()) {
                return;
            }
            String text = ChineseLineBreaks.insert(source, syntax.marks());
            if (!text.equals(source)) {
                node.setTitle(text);
            }
        }

        private String text(String source, boolean join) {
            String text = join ? ChineseLineBreaks.joinSoftBreaks(source) : source;
            return breaks ? ChineseLineBreaks.insertIntoAsciidoc(text) : text;
        }
    }
}
