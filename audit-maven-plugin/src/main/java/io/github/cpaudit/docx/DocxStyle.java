package io.github.cpaudit.docx;

/**
 * The DOCX's paragraph styles besides the numbered ones (headings, 目录 levels): their style id and
 * the name Word shows, Word's own names for its built-in styles so that Word, WPS and LibreOffice
 * treat them as those.
 */
enum DocxStyle {
    NORMAL("Normal", "Normal"),
    /** body text without the first-line indent: lists, cover lines, the 目录's lines */
    PLAIN("AuditPlain", "Audit Plain"),
    CAPTION("Caption", "caption"),
    TITLE("Title", "Title"),
    TABLE_TEXT("AuditTableText", "Audit Table Text"),
    FOOTNOTE("FootnoteText", "footnote text"),
    /** the 目录 title: no outline level, so that the 目录 does not list itself */
    TOC_HEADING("TOCHeading", "TOC Heading");

    private final String id;
    private final String wordName;

    DocxStyle(String id, String wordName) {
        this.id = id;
        this.wordName = wordName;
    }

    String id() {
        return id;
    }

    String wordName() {
        return wordName;
    }
}
