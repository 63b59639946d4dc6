package io.github.cpaudit.publish;

import io.github.cpaudit.asciidoc.RubyScripts;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.asciidoctor.log.LogHandler;
import org.jruby.RubyThread;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one Asciidoctor (JRuby) runtime of a build, shared by HTML and PDF: creating it and loading
 * asciidoctor-pdf cost seconds, converting with it again costs little (pdf-speed.md). The toolkit's
 * extensions and its Ruby for every format come with it through SPI ({@code AuditExtensionRegistry}),
 * as in an editor's preview; only the PDF's Ruby is loaded here.
 */
final class ReportRuntime implements AutoCloseable {

    private static final String PDF_RUBY = "cpaudit/ruby/audit_pdf.rb";
    private static final String PDF_SPEED_RUBY = "cpaudit/ruby/pdf_speed.rb";

    /** AsciidoctorJ also prints every record through java.util.logging; ours goes to the build log. */
    private static final Logger JUL_ASCIIDOCTOR = Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final boolean julParentHandlers = JUL_ASCIIDOCTOR.getUseParentHandlers();
    /** {@code null} until asciidoctor-pdf is loaded. */
    private List<PdfPatch> pdfPatches;

    ReportRuntime(LogHandler logHandler) {
        JUL_ASCIIDOCTOR.setUseParentHandlers(false);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(logHandler);
    }

    /**
     * Loads asciidoctor-pdf and the toolkit's PDF converter, once and only when a PDF is asked for.
     *
     * @param speedPatches whether to load the speed patches of {@code pdf_speed.rb} with it (they
     *                     change no byte of the output); only the first call decides
     * @return what became of each patch; empty without them
     */
    List<PdfPatch> loadPdf(boolean speedPatches) {
        if (pdfPatches == null) {
            if (speedPatches) {
                RubyScripts.load(asciidoctor, PDF_SPEED_RUBY); // before asciidoctor-pdf: one patch spares part of its require
            }
            asciidoctor.requireLibrary("asciidoctor-pdf");
            pdfPatches = speedPatches ? applySpeedPatches() : List.of();
            RubyScripts.load(asciidoctor, PDF_RUBY);
        }
        return pdfPatches;
    }

    private List<PdfPatch> applySpeedPatches() {
        return PdfPatch.fromRuby(JRubyRuntimeContext.get(asciidoctor).evalScriptlet("CpAudit::PdfSpeed.apply"));
    }

    /** Parses without converting: the document to look at (or mark) before {@link Document#convert()}. */
    Document load(Path master, Options options) {
        return asciidoctor.loadFile(master.toFile(), options);
    }

    void convert(Path master, Options options) {
        asciidoctor.convertFile(master.toFile(), options);
    }

    /**
     * What stops, from another thread, a conversion the calling thread runs next: Ruby's
     * {@code Thread#kill} on its Ruby thread, which no {@code rescue} in a converter catches (the
     * conversion ends with {@link org.jruby.exceptions.ThreadKill}). That Ruby thread is dead
     * afterwards: the calling thread must run nothing more in this runtime.
     */
    Runnable stopperOfThisThread() {
        RubyThread thread = JRubyRuntimeContext.get(asciidoctor).getCurrentContext().getThread();
        return thread::kill;
    }

    @Override
    public void close() {
        asciidoctor.close();
        JUL_ASCIIDOCTOR.setUseParentHandlers(julParentHandlers);
    }
}
