package io.github.cpaudit.publish;

import org.asciidoctor.log.Severity;

/**
 * One record of the Asciidoctor log as the writer sees it.
 *
 * @param severity Asciidoctor's severity
 * @param location {@code file:line} relative to the project folder, or {@code null} when unknown
 * @param message  the message, in Chinese where the toolkit knows it
 */
public record Problem(Severity severity, String location, String message) {

    /** {@code 文件:行: 消息} (or just the message when no place is known). */
    public String format() {
        return location == null ? message : location + ": " + message;
    }

    /** In reading order: by file, then by line number (block macros are logged before inline ones). */
    public static final java.util.Comparator<Problem> BY_PLACE = java.util.Comparator
            .comparing((Problem p) -> p.location() == null ? "\uffff" : p.location().replaceAll(":\\d+$", ""))
            .thenComparingInt(p -> p.location() == null || !p.location().matches(".*:\\d+$") ? 0
                    : Integer.parseInt(p.location().substring(p.location().lastIndexOf(':') + 1)));
}
