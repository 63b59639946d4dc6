package io.github.cpaudit.problem;

/** The toolkit's own severities; Asciidoctor's are mapped to these only at the asciidoc/publish edge. */
public enum Severity {
    INFO,
    WARN,
    ERROR,
    /** Asciidoctor could not go on at all (or said nothing of how bad it was). */
    FATAL
}
