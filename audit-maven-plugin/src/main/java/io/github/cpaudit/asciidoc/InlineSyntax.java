package io.github.cpaudit.asciidoc;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of AsciiDoc inline source that are syntax, not text: macros with their targets and
 * attributes ({@code audit:value[levels.Ⅰ级.count]}, {@code fill:[…]}, {@code image:…[]},
 * {@code xref:…[]}), cross references {@code <<id,文字>>}, attribute references {@code {name}},
 * passthroughs, backtick code, URLs and e-mail addresses, attribute lists and anchors, index terms,
 * and every ASCII punctuation character (any of them may be markup: {@code *}, {@code _}, {@code #},
 * {@code +}, {@code \}, …). Whatever is marked must stay exactly as written for the source to keep
 * its meaning. The text inside {@code footnote:[…]} and inside a data value's {@code pass:c[…]}
 * (AsciidocText) is text again.
 *
 * <p>The patterns follow Asciidoctor's own loosely and mark rather more than it would parse:
 * marking too much only loses a break opportunity, never meaning.
 */
final class InlineSyntax {

    /**
     * A bracket's content up to its closing bracket, backslash escapes included. Unrolled and
     * possessive: {@code (?:\\.|[^\]\\])*} recurses once per character in java.util.regex and
     * overflows the stack on a long cell (a table cell naming 500 enterprises).
     */
    private static final String UNTIL_BRACKET = "[^\\]\\\\]*+(?:\\\\.[^\\]\\\\]*+)*+";

    /** Macros whose bracketed content is printed as text. */
    private static final String TEXT_MACRO = "(?<open>(?:footnote(?:ref)?:[\\w-]*|pass:c)\\[)"
            + "(?<content>" + UNTIL_BRACKET + ")\\]";
    private static final String BRACKETED = "\\[" + UNTIL_BRACKET + "\\]";
    private static final Pattern SYNTAX = Pattern.compile(String.join("|",
            TEXT_MACRO,
            "\\+\\+\\+.*?\\+\\+\\+", "\\$\\$.*?\\$\\$", "\\+\\+.*?\\+\\+", "\\+[^+\\n]*\\+",
            "``.*?``", "`[^`]*`",
            "\\{(?<counter>counter2?:)?[^{}\\n]*\\}",
            "<<.*?>>",
            "(?<index>\\(\\(.*?\\)\\))",
            "(?:https?|ftp|irc|file)://[^\\s\\[\\]<]*(?:" + BRACKETED + ")?",
            "(?<macro>[A-Za-z][\\w-]*:[^\\s\\[]*" + BRACKETED + ")",
            "\\[[^\\[\\]\\n]*\\]"), Pattern.DOTALL);

    private final BitSet marks;
    private final boolean convertsWithEffects;

    private InlineSyntax(BitSet marks, boolean convertsWithEffects) {
        this.marks = marks;
        this.convertsWithEffects = convertsWithEffects;
    }

    /** The syntax of {@code source}. */
    static InlineSyntax of(String source) {
        BitSet marks = new BitSet(source.length());
        boolean effects = mark(source, 0, source.length(), marks);
        markEmails(source, marks);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                marks.set(i);
            }
        }
        return new InlineSyntax(marks, effects);
    }

    /** Index {@code i} is set when the character there is syntax. */
    BitSet marks() {
        return marks;
    }

    /**
     * Whether converting the source runs something that counts or logs (a macro, a counter, an index
     * term), so that it must not be converted a second time: a title that Asciidoctor converted while
     * parsing is converted again once it is changed.
     */
    boolean convertsWithEffects() {
        return convertsWithEffects;
    }

    private static boolean mark(String source, int from, int to, BitSet marks) {
        boolean effects = false;
        Matcher matcher = SYNTAX.matcher(source).region(from, to);
        while (matcher.find()) {
            if (matcher.group("open") != null) {
                // the macro's name and brackets are syntax; its content is text that may hold syntax
                marks.set(matcher.start(), matcher.end("open"));
                marks.set(matcher.end() - 1);
                effects |= matcher.group("open").startsWith("footnote");
                effects |= mark(source, matcher.start("content"), matcher.end("content"), marks);
                continue;
            }
            marks.set(matcher.start(), matcher.end());
            effects |= matcher.group("macro") != null || matcher.group("counter") != null
                    || matcher.group("index") != null;
        }
        return effects;
    }

    /** An e-mail address, which Asciidoctor links with any word characters before the {@code @}. */
    private static void markEmails(String source, BitSet marks) {
        for (int at = source.indexOf('@'); at >= 0; at = source.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && inEmail(source.codePointBefore(start), "_.%+-")) {
                start -= Character.charCount(source.codePointBefore(start));
            }
            int end = at + 1;
            while (end < source.length() && inEmail(source.codePointAt(end), "_.-")) {
                end += Character.charCount(source.codePointAt(end));
            }
            if (start < at && end > at + 1) {
                marks.set(start, end);
            }
        }
    }

    private static boolean inEmail(int c, String punctuation) {
        return Character.isLetterOrDigit(c) || punctuation.indexOf(c) >= 0;
    }
}
