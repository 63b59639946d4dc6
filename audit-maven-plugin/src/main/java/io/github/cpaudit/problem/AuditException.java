package io.github.cpaudit.problem;

/**
 * The one error type of the toolkit: a problem the writer can act on, described in Chinese (with
 * the English key in parentheses). Goals turn it into a build failure without a stack trace.
 */
public class AuditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
