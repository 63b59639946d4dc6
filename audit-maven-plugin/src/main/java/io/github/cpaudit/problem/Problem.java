package io.github.cpaudit.problem;

import java.util.Comparator;

/** One finding of the toolkit: what it is, how bad, where, its English key and its Chinese message. */
public record Problem(Kind kind, Severity severity, Location location, String key, String message) {

    /** Reading order of the places, then the message, so a list is stable. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing(Problem::location, Location.READING_ORDER)
            .thenComparing(Problem::message);

    /** {@code 文件:行: 消息}, or the message alone where there is no place. */
    public String format() {
        String at = location.format();
        return at.isEmpty() ? message : at + ": " + message;
    }
}
