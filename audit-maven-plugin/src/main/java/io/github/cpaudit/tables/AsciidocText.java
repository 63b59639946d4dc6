package io.github.cpaudit.tables;

/**
 * Makes a value from the project's data safe to place in generated AsciiDoc (a table cell or a
 * line of text): it prints exactly as written and nothing in it is interpreted, included or run
 * (DESIGN.md). The value goes into a passthrough with only the special-characters substitution
 * ({@code pass:c[…]}), so attribute references, macros, includes and inline formatting stay text
 * while {@code <} {@code &} are escaped for HTML; what would end the passthrough ({@code ]}) or the
 * table cell ({@code |}) is escaped, and line breaks become spaces, since a new line starting with
 * {@code |===}, {@code //} or {@code :name:} would be read as table, comment or attribute syntax.
 */
public final class AsciidocText {

    private AsciidocText() {
    }

    /** The value as inline text of a paragraph, printed literally. */
    public static String inline(String value) {
        return literal(value, false);
    }

    /** The value as the content of a table cell ({@code |} separates cells), printed literally. */
    public static String cell(String value) {
        return literal(value, true);
    }

    private static String literal(String value, boolean inCell) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String oneLine = value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder text = new StringBuilder(oneLine.length() + 16).append("pass:c[");
        for (char c : oneLine.toCharArray()) {
            switch (c) {
                case ']' -> text.append("\\]");
                case '|' -> text.append(inCell ? "\\|" : "|");
                default -> text.append(c);
            }
        }
        // a trailing backslash would escape the closing bracket
        if (oneLine.endsWith("\\")) {
            text.append(' ');
        }
        return text.append(']').toString();
    }
}
