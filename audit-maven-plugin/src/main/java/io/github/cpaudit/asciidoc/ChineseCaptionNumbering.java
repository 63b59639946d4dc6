package io.github.cpaudit.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Numbers titled tables and figures per chapter, Chinese style: {@code 表 3-1}, {@code 图 4-2}
 * (typesetting.md), in HTML and PDF alike, and makes cross references print that number.
 * Asciidoctor's own captions count through the whole document and end in a dot ("表 7. ").
 * Appendices are the report's attachments: {@code 附件1 …} instead of Asciidoctor's lettered
 * {@code 附件 A:}, with their tables and figures numbered {@code 附表1-1}, {@code 附图1-1}.
 */
final class ChineseCaptionNumbering extends Treeprocessor {

    /** Chapters are the level-1 sections, in a book as in an article. */
    private static final int CHAPTER_LEVEL = 1;
    /** Prefix of an attachment's numbers: 附表, 附图. */
    private static final String ATTACHMENT = "附";

    @Override
    public Document process(Document document) {
        new Walker(document).walk(document, "");
        return document;
    }

    /** Walks the tree keeping the current chapter number and one counter per kind of block. */
    private static final class Walker {
        private final String tableLabel;
        private final String figureLabel;
        private final String appendixLabel;
        private int tables;
        private int figures;
        private int appendices;

        Walker(Document document) {
            this.tableLabel = label(document, "table-caption");
            this.figureLabel = label(document, "figure-caption");
            this.appendixLabel = label(document, "appendix-caption");
        }

        /** {@code chapter} is the chapter's number, or "附" + the attachment's number inside one. */
        void walk(StructuralNode node, String chapter) {
            for (StructuralNode child : node.getBlocks()) {
                String current = chapter;
                if (child instanceof Section section && section.getLevel() == CHAPTER_LEVEL) {
                    current = section.isNumbered() ? section.getNumeral() : "";
                    if ("appendix".equals(section.getSectionName()) && appendixLabel != null) {
                        current = attachment(section, ++appendices);
                    }
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

        private String attachment(Section section, int number) {
            section.setCaption(appendixLabel + number + " ");
            if (!section.hasAttribute("reftext")) {
                section.setAttribute("reftext", appendixLabel + number, true);
            }
            return ATTACHMENT + number;
        }

        private static void caption(StructuralNode block, String label, String chapter,
                java.util.function.IntSupplier next) {
            // untitled blocks, captions switched off ([caption=""] or table-caption!): no number
            if (label == null || block.getTitle() == null || block.getCaption() == null
                    || block.getCaption().isEmpty()) {
                return;
            }
            // in an attachment: 附表2-1, 附图2-1 (typesetting.md); in a chapter: 表 3-1
            String number = chapter.startsWith(ATTACHMENT)
                    ? ATTACHMENT + label + chapter.substring(ATTACHMENT.length()) + "-" + next.getAsInt()
                    : label + " " + (chapter.isEmpty() ? "" : chapter + "-") + next.getAsInt();
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
