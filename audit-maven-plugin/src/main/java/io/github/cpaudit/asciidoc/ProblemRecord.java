package io.github.cpaudit.asciidoc;

import io.github.cpaudit.problem.Kind;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * A log record of the toolkit's extensions that says what kind of problem it is, so that the
 * publisher and {@code audit:check} sort by kind, never by text. Any other log handler (an
 * editor's) sees an ordinary record whose message starts with the kind's prefix.
 */
public final class ProblemRecord extends LogRecord {

    private final Kind kind;
    private final String key;
    private final String bareMessage;

    ProblemRecord(Severity severity, Cursor cursor, Kind kind, String key, String message) {
        super(severity, cursor, kind.prefix() + message);
        this.kind = kind;
        this.key = key;
        this.bareMessage = message;
    }

    public Kind kind() {
        return kind;
    }

    /** The English key of the problem, stable for tools. */
    public String key() {
        return key;
    }

    /** The message without the kind's prefix. */
    public String bareMessage() {
        return bareMessage;
    }
}
