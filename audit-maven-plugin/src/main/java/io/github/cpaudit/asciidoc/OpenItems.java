package io.github.cpaudit.asciidoc;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.calc.RefusedInput;
import io.github.cpaudit.data.DataProblem;
import io.github.cpaudit.engine.ProjectView;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Processor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Open items (DESIGN.md): unfilled blanks, missing data and invalid data. In draft (the default)
 * each is a warning with its place and the document still renders, showing it highlighted; in final
 * mode ({@code audit-mode=final}) each is an error, so the build fails listing every place.
 */
public final class OpenItems {

    /** The document attribute that sets the mode: {@code draft} (default) or {@code final}. */
    static final String MODE = AuditMode.ATTRIBUTE;
    /** What every open item's log message starts with, so that {@code audit:check} can tell them apart. */
    public static final String PREFIX = "待补充（open item）：";
    /**
     * Set on a document once its data problems were logged, so that each is logged once; set from
     * the start by whoever lists the data problems itself, at their cells ({@code audit:check}).
     */
    public static final String DATA_REPORTED = "audit-data-reported";

    private OpenItems() {
    }

    static boolean isFinal(Document document) {
        return AuditMode.ofDocument(document.getAttribute(MODE)) == AuditMode.FINAL;
    }

    static void report(Processor processor, Document document, Cursor at, String message) {
        processor.log(new LogRecord(isFinal(document) ? Severity.ERROR : Severity.WARN, at,
                PREFIX + message));
    }

    /** The project's data problems and refused rows, once per document, at the mode's severity. */
    static void reportData(Processor processor, Document document, ProjectView view) {
        if (document.hasAttribute(DATA_REPORTED)) {
            return;
        }
        document.setAttribute(DATA_REPORTED, "", true);
        for (DataProblem problem : view.project().problems().list()) {
            report(processor, document, null, "数据有误（invalid data）：" + problem.format());
        }
        for (RefusedInput refused : view.results().refused()) {
            report(processor, document, null, "数据未采用（refused input）：" + refused.source().format() + "："
                    + refused.message());
        }
    }

    /** An error in the document itself (unknown worksheet, broken template): fails in every mode. */
    static void error(Processor processor, Cursor at, String message) {
        processor.log(new LogRecord(Severity.ERROR, at, message));
    }
}
