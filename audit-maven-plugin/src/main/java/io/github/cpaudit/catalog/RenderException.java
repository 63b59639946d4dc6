package io.github.cpaudit.catalog;

/** A table that cannot be printed: a missing or broken template, an unknown table or option. */
public final class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }
}
