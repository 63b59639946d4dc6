package io.github.cpaudit.problem;

/** The toolkit's own severities; Asciidoctor's are mapped to these only at the asciidoc/publish edge. */
public enum Severity {
    INFO,
    WARN,
    ERROR
}
