package io.github.cpaudit.publish;

import io.github.cpaudit.AuditException;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.asciidoctor.log.LogHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one Asciidoctor (JRuby) runtime of a build, shared by HTML and PDF: creating it and loading
 * asciidoctor-pdf cost seconds, converting with it again costs little (pdf-speed.md).
 */
final class ReportRuntime implements AutoCloseable {

    private static final String CORE_RUBY = "cpaudit/ruby/audit_core.rb";
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
        loadCore(asciidoctor);
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
                evalRuby(PDF_SPEED_RUBY); // before asciidoctor-pdf: one patch spares part of its require
            }
            asciidoctor.requireLibrary("asciidoctor-pdf");
            pdfPatches = speedPatches ? applySpeedPatches() : List.of();
            evalRuby(PDF_RUBY);
        }
        return pdfPatches;
    }

    private List<PdfPatch> applySpeedPatches() {
        return PdfPatch.fromRuby(JRubyRuntimeContext.get(asciidoctor).evalScriptlet("CpAudit::PdfSpeed.apply"));
    }

    void convert(Path master, Options options) {
        asciidoctor.convertFile(master.toFile(), options);
    }

    /**
     * Loads the toolkit's runtime additions for every format (Chinese section numbers, document-folder
     * paths) into an Asciidoctor instance; the document expander of the benchmark starts its own.
     */
    static void loadCore(Asciidoctor asciidoctor) {
        evalRuby(asciidoctor, CORE_RUBY);
    }

    private void evalRuby(String resource) {
        evalRuby(asciidoctor, resource);
    }

    private static void evalRuby(Asciidoctor asciidoctor, String resource) {
        try (InputStream in = ReportRuntime.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AuditException("插件缺少资源文件（missing resource）：" + resource);
            }
            asciidoctor.rubyExtensionRegistry().loadClass(in);
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
        JUL_ASCIIDOCTOR.setUseParentHandlers(julParentHandlers);
    }
}
