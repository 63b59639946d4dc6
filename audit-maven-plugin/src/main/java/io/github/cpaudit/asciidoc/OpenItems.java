package io.github.cpaudit.asciidoc;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.problem.Kind;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.engine.ProjectView;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Processor;
import org.asciidoctor.log.Severity;

import java.util.Set;

/**
 * Open items (DESIGN.md): unfilled blanks, missing data and invalid data. In draft (the default)
 * each is a warning with its place and the document still renders, showing it highlighted; in final
 * mode ({@code audit-mode=final}) each is an error, so the build fails listing every place. Each is
 * logged as a {@link ProblemRecord} of kind {@link Kind#OPEN_ITEM}.
 */
public final class OpenItems {

    /** The key of an open item the writer fills in the document. */
    public static final String KEY = "open item";
    /**
     * The keys of the project's data problems and refused rows as the document repeats them, without
     * their cells; {@code audit:check} lists them at their cells instead.
     */
    public static final Set<String> DATA_KEYS = Set.of("invalid data", "refused input");
    /** Set on a document once its data problems were logged, so that each is logged once. */
    private static final String DATA_REPORTED = "audit-data-reported";

    private OpenItems() {
    }

    static boolean isFinal(Document document) {
        return AuditMode.ofDocument(document.getAttribute(AuditMode.ATTRIBUTE)) == AuditMode.FINAL;
    }

    static void report(Processor processor, Document document, Cursor at, String message) {
        report(processor, document, at, KEY, message);
    }

    private static void report(Processor processor, Document document, Cursor at, String key, String message) {
        processor.log(new ProblemRecord(isFinal(document) ? Severity.ERROR : Severity.WARN, at, Kind.OPEN_ITEM, key,
                message));
    }

    /** The project's data problems and refused rows, once per document, at the mode's severity. */
    static void reportData(Processor processor, Document document, ProjectView view) {
        if (document.hasAttribute(DATA_REPORTED)) {
            return;
        }
        document.setAttribute(DATA_REPORTED, "", true);
        for (Problem problem : view.project().problems().list()) {
            report(processor, document, null, "invalid data", "数据有误（invalid data）：" + problem.format());
        }
        for (Problem refused : view.results().refused()) {
            report(processor, document, null, "refused input", "数据未采用（refused input）："
                    + refused.location().format() + "：" + refused.message());
        }
    }

    /** An error in the document itself (unknown worksheet, broken template): fails in every mode. */
    static void error(Processor processor, Cursor at, String message) {
        processor.log(new ProblemRecord(Severity.ERROR, at, Kind.DOCUMENT, "document error", message));
    }
}
