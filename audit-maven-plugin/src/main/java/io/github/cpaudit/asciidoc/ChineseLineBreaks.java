package io.github.cpaudit.asciidoc;

import java.util.BitSet;

/**
 * Where a line of Chinese text may break (typesetting.md): between two characters of which at
 * least one is CJK (ideographs, kana, CJK punctuation U+3000–U+303F, full-width forms
 * U+FF00–U+FFEF), except before a character that may not start a line (，。、；：！？）》」』】 …)
 * and after one that may not end a line (（《「『【 …). Latin words and numbers hold no CJK
 * character, so they never break inside. Each place is marked with U+200B, the break opportunity
 * that Prawn's line wrapping knows and never prints.
 *
 * <p>Also joins a writer's soft line breaks between two CJK characters, which HTML and PDF would
 * otherwise show as a space.
 */
final class ChineseLineBreaks {

    /** ZERO WIDTH SPACE: a break opportunity without a glyph. */
    static final char BREAK = '\u200B';

    /** Closing punctuation, marks that belong to what precedes them, and their ASCII forms. */
    private static final String NO_LINE_START = "，。、；：！？）》」』】〕〗〙〛〉］｝｠｣．"
            + "”’…—%％‰℃°·〃～" + ",.;:!?)]}";
    /** Opening punctuation and its ASCII forms. */
    private static final String NO_LINE_END = "（《「『【〔〖〘〚〈［｛｟｢“‘" + "([{";

    private ChineseLineBreaks() {
    }

    /** Ideographs, kana, CJK symbols and punctuation, full-width forms. */
    static boolean isCjk(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x30FF) // CJK symbols and punctuation, hiragana, katakana
                || (c >= 0x31F0 && c <= 0x31FF) // katakana phonetic extensions
                || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** Whether a line may break between {@code before} and {@code after}. */
    static boolean allowsBreak(int before, int after) {
        if (!isCjk(before) && !isCjk(after)) {
            return false;
        }
        if (Character.isWhitespace(before) || Character.isWhitespace(after) || before == BREAK || after == BREAK) {
            return false; // already a break opportunity
        }
        if (joinsPrevious(after) || Character.getType(before) == Character.FORMAT) {
            return false; // a variation selector, combining mark or joiner belongs to its neighbour
        }
        return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    /** Plain text with a break at every place the rule allows. */
    static String insert(String text) {
        return insert(text, new BitSet());
    }

    /**
     * {@code text} with a break at every place the rule allows, except next to a character whose
     * index is set in {@code syntax}.
     */
    static String insert(String text, BitSet syntax) {
        StringBuilder out = null;
        int previous = -1;
        int previousIndex = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (previous >= 0 && !syntax.get(previousIndex) && !syntax.get(i) && allowsBreak(previous, c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() * 2).append(text, 0, i);
                }
                out.append(BREAK);
            }
            if (out != null) {
                out.appendCodePoint(c);
            }
            previous = c;
            previousIndex = i;
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    /** AsciiDoc inline source with breaks in its text and its syntax left as it is. */
    static String insertIntoAsciidoc(String source) {
        return insert(source, InlineSyntax.of(source).marks());
    }

    /**
     * {@code text} without the line breaks that sit between two CJK characters (with the next line's
     * indentation). Asciidoctor keeps a soft line break as a new line, which a browser and
     * asciidoctor-pdf show as a space: wrong in the middle of a Chinese sentence.
     */
    static String joinSoftBreaks(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0) {
                int next = i + 1;
                while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                    next++;
                }
                if (next < text.length() && isCjkLetter(text.codePointBefore(i)) && isCjkLetter(text.codePointAt(next))) {
                    i = next;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isCjkLetter(int c) {
        return isCjk(c) && !Character.isWhitespace(c);
    }

    private static boolean joinsPrevious(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }
}
