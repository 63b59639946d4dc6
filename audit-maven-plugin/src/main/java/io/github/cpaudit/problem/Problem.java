package io.github.cpaudit.problem;

import java.util.Comparator;

/**
 * One finding of the toolkit: what it is, how bad, where, its English key and its Chinese message.
 * Data problems, refused rows, the document's problems and its open items are all this type; a
 * reader sorts them by {@link #kind()}, never by their text.
 *
 * @param message the message in Chinese, without the place and without the kind's prefix
 */
public record Problem(Kind kind, Severity severity, Location location, String key, String message) {

    /** Reading order of the places; a stable sort keeps the order of problems at one place. */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::location,
            Location.READING_ORDER);

    /** A cell or row of a data file that cannot be read as the schema says. */
    public static Problem data(Location at, String key, String message) {
        return new Problem(Kind.DATA, Severity.ERROR, at, key, message);
    }

    /** A data problem phrased as "what it is (key): expected …, found “…”". */
    public static Problem data(Location at, String key, String what, String expected, String found) {
        return data(at, key, what + "（" + key + "）：应为" + expected + "，实为“" + found + "”");
    }

    /** A row the calculations could not use: left out of every figure, never a silent zero. */
    public static Problem refused(Location at, String message) {
        return new Problem(Kind.REFUSED, Severity.ERROR, at, "refused input", message);
    }

    /** The same problem at another place (a workbook's cell letters instead of its header). */
    public Problem at(Location place) {
        return new Problem(kind, severity, place, key, message);
    }

    /** {@code 文件:行: 消息}, or the message alone where there is no place. */
    public String format() {
        return placed(message);
    }

    /** As the build log shows it: {@link #format()} with the kind's prefix before the message. */
    public String logLine() {
        return placed(kind.prefix() + message);
    }

    private String placed(String text) {
        String at = location.format();
        return at.isEmpty() ? text : at + location.separator() + text;
    }
}
