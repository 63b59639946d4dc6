package io.github.cpaudit.tables;

/**
 * Makes a value from the project's data safe to place in generated AsciiDoc (a table cell or a
 * line of text): it prints exactly as written and nothing in it is interpreted, included or run
 * (DESIGN.md). The value goes into a passthrough with only the special-characters substitution
 * ({@code pass:c[…]}), so attribute references, macros, includes and inline formatting stay text
 * while {@code <} {@code &} are escaped for HTML; what would end the passthrough ({@code ]}) or the
 * table cell ({@code |}) is escaped, and line breaks become spaces, since a new line starting with
 * {@code |===}, {@code //} or {@code :name:} would be read as table, comment or attribute syntax.
 * A value that no substitution and no block or cell syntax can touch ({@link #isPlain}: most names,
 * codes and numbers) goes in as it is: the same page, without a passthrough for Asciidoctor to take
 * out and put back in every cell.
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
        if (isPlain(value)) {
            return value;
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

    /**
     * Whether the value is only letters and digits (of any script), other non-ASCII characters that
     * are not spaces, and ASCII {@code . , % / -}: then no inline syntax can start (each needs one of
     * {@code * _ ` # ^ ~ + { [ : < ( ' " & \ |} or {@code @}, or {@code --} / {@code ..} for the
     * replacements), no cell specifier can end in it (one needs a space or tab before it, or is a
     * single letter standing after the template's space), and no block starts with it at a line's start
     * ({@code .title}, {@code //}, delimiters).
     */
    static boolean isPlain(String value) {
        char first = value.charAt(0);
        if (first == '.' || first == '/' || value.contains("--") || value.contains("..")
                || value.length() == 1 && first >= 'a' && first <= 'z') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ascii = c < 128;
            boolean allowed = ascii ? Character.isLetterOrDigit(c) || ".,%/-".indexOf(c) >= 0
                    : !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c) && c != '\uFEFF';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
