package io.github.cpaudit.docx;

import org.asciidoctor.ast.Section;

/**
 * A section's heading text as the HTML prints it: "1 总论", "1.2 审核目的", "附件1 企业名录"
 * (the toolkit's Chinese numbering, no trailing dot), an unnumbered section (摘要) by its title.
 */
final class DocxHeadings {

    private DocxHeadings() {
    }

    /** The heading's inline HTML. */
    static String text(Section section) {
        String title = section.getTitle();
        String caption = section.getCaption();
        if (caption != null && !caption.isEmpty()) {
            return caption + title;
        }
        Object levels = section.getDocument().getAttribute("sectnumlevels", "3");
        int numbered = parse(levels, 3);
        if (section.isNumbered() && section.getLevel() <= numbered) {
            String signifier = section.getLevel() == 1 && "chapter".equals(section.getSectionName())
                    ? String.valueOf(section.getDocument().getAttribute("chapter-signifier", "")).trim() : "";
            return (signifier.isEmpty() ? "" : signifier + " ") + section.getSectnum() + " " + title;
        }
        return title;
    }

    static int parse(Object value, int fallback) {
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
