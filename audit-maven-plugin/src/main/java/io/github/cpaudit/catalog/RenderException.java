package io.github.cpaudit.catalog;

import io.github.cpaudit.problem.AuditException;

/**
 * A table that cannot be printed: a missing or broken template, an unknown table or option. The
 * macro that asked logs it at its own line as a document problem ({@code Kind.DOCUMENT}), so it
 * is the toolkit's error with a place the catalog does not know yet.
 */
public final class RenderException extends AuditException {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }
}
