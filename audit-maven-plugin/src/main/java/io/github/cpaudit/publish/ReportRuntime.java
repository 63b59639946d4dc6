package io.github.cpaudit.publish;

import io.github.cpaudit.AuditException;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.log.LogHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The one Asciidoctor (JRuby) runtime of a build, shared by HTML and PDF: creating it and loading
 * asciidoctor-pdf cost seconds, converting with it again costs little (pdf-speed.md).
 */
final class ReportRuntime implements AutoCloseable {

    private static final String CORE_RUBY = "cpaudit/ruby/audit_core.rb";
    private static final String PDF_RUBY = "cpaudit/ruby/audit_pdf.rb";

    /** AsciidoctorJ also prints every record through java.util.logging; ours goes to the build log. */
    private static final Logger JUL_ASCIIDOCTOR = Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final boolean julParentHandlers = JUL_ASCIIDOCTOR.getUseParentHandlers();
    private boolean pdfLoaded;

    ReportRuntime(LogHandler logHandler) {
        JUL_ASCIIDOCTOR.setUseParentHandlers(false);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(logHandler);
        evalRuby(CORE_RUBY);
    }

    /** Loads asciidoctor-pdf and the toolkit's PDF converter, once and only when a PDF is asked for. */
    void loadPdf() {
        if (!pdfLoaded) {
            asciidoctor.requireLibrary("asciidoctor-pdf");
            evalRuby(PDF_RUBY);
            pdfLoaded = true;
        }
    }

    void convert(Path master, Options options) {
        asciidoctor.convertFile(master.toFile(), options);
    }

    private void evalRuby(String resource) {
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
