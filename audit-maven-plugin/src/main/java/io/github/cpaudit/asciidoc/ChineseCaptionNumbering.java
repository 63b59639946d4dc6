package io.github.cpaudit.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Numbers titled tables and figures per chapter, Chinese style: {@code 表 3-1}, {@code 图 4-2}
 * (typesetting.md), in HTML and PDF alike, and makes cross references print that number.
 * Asciidoctor's own captions count through the whole document and end in a dot ("表 7. ").
 */
final class ChineseCaptionNumbering extends Treeprocessor {

    /** Chapters are the level-1 sections, in a book as in an article. */
    private static final int CHAPTER_LEVEL = 1;

    @Override
    public Document process(Document document) {
        new Walker(document).walk(document, "");
        return document;
    }

    /** Walks the tree keeping the current chapter number and one counter per kind of block. */
    private static final class Walker {
        private final String tableLabel;
        private final String figureLabel;
        private int tables;
        private int figures;

        Walker(Document document) {
            this.tableLabel = label(document, "table-caption");
            this.figureLabel = label(document, "figure-caption");
        }

        void walk(StructuralNode node, String chapter) {
            for (StructuralNode child : node.getBlocks()) {
                String current = chapter;
                if (child instanceof Section section && section.getLevel() == CHAPTER_LEVEL) {
                    current = section.isNumbered() ? section.getNumeral() : "";
                    tables = 0;
                    figures = 0;
                }
                switch (child.getContext()) {
                    case "table" -> caption(child, tableLabel, current, () -> ++tables);
                    case "image" -> caption(child, figureLabel, current, () -> ++figures);
                    default -> { }
                }
                walk(child, current);
            }
        }

        private static void caption(StructuralNode block, String label, String chapter,
                java.util.function.IntSupplier next) {
            // untitled blocks, captions switched off ([caption=""] or table-caption!): no number
            if (label == null || block.getTitle() == null || block.getCaption() == null
                    || block.getCaption().isEmpty()) {
                return;
            }
            String number = label + " " + (chapter.isEmpty() ? "" : chapter + "-") + next.getAsInt();
            block.setCaption(number + " ");
            if (!block.hasAttribute("reftext")) {
                block.setAttribute("reftext", number, true);
            }
        }

        private static String label(Document document, String attribute) {
            Object value = document.getAttribute(attribute);
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
    }
}
