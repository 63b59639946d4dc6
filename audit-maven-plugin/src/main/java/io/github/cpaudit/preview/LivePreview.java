package io.github.cpaudit.preview;

import io.github.cpaudit.publish.PreviewPdf;
import io.github.cpaudit.publish.PreviewSession;
import io.github.cpaudit.publish.PublishLog;
import io.github.cpaudit.publish.PublishRequest;

import java.nio.file.Path;
import java.util.Set;

/**
 * {@code audit:serve}'s engine: one warm runtime renders the HTML once, the server shows it, and
 * every change of a source renders it again and reloads the open pages. Nothing is written into the
 * project: the page lives in memory; only the optional background PDF ({@link BackgroundPdf}) is
 * written, where {@code audit:report} writes it.
 */
public final class LivePreview implements AutoCloseable {

    /**
     * @param host        the address to bind (loopback unless {@code allowRemote})
     * @param port        the port, 0 for any free one
     * @param allowRemote whether an address other than loopback may be bound
     * @param pdf         whether the PDF is made again in the background after each good render
     */
    public record Settings(String host, int port, boolean allowRemote, boolean pdf) {

        /** Without the background PDF. */
        public Settings(String host, int port, boolean allowRemote) {
            this(host, port, allowRemote, false);
        }
    }

    private final PublishLog log;
    private final PreviewSession session;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final EditedLine edits;
    /** {@code null} without {@code audit.serve.pdf}. */
    private final BackgroundPdf pdf;

    public LivePreview(PublishRequest request, Settings settings, PublishLog log) {
        this.log = log;
        PreviewServer.address(settings.host(), settings.allowRemote());
        this.session = new PreviewSession(request, log);
        this.edits = new EditedLine(request.sourceDir());
        PreviewSession.Render first = session.render();
        PreviewServer started = null;
        try {
            PreviewPdf pdfs = settings.pdf() ? new PreviewPdf(session, log) : null;
            started = new PreviewServer(request.projectDir(), settings.host(), settings.port(), settings.allowRemote(), first);
            this.server = started;
            this.pdf = pdfs == null ? null : new BackgroundPdf(pdfs, request.projectDir(), log, started::showPdf);
            if (pdf != null) {
                started.servePdf(pdfs.file(), pdf.status());
            }
            // the PDF written into the output folder is no change of a source
            this.watcher = new SourceWatcher(request.projectDir(), request.outputDir(), this::renderAgain);
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            session.close();
            throw e;
        }
        log.info(String.format("预览已启动（serve）：%s （首次生成 %.1f s）；保存文件后页面自动更新，按 Ctrl-C 停止", url(), first.seconds()));
        if (pdf != null) {
            log.info("PDF 在后台生成（audit.serve.pdf）：页面每次更新后重写 " + pdf.shownFile() + "，链接在页面顶部（"
                    + url() + PreviewServer.PDF_PATH.substring(1) + "）");
        }
        requestPdf(first);
    }

    public String url() {
        return server.url();
    }

    private void renderAgain(Set<Path> files) {
        if (pdf != null) {
            pdf.pageRenderStarts();
        }
        PreviewSession.Render render = session.render(edits.of(files));
        server.show(render);
        log.info(String.format(render.fresh() ? "已更新（%.1f s）" : "有错误，页面保持上一次成功的结果（%.1f s）", render.seconds()));
        requestPdf(render);
    }

    /** After the page and its reload event: the PDF never delays them. */
    private void requestPdf(PreviewSession.Render render) {
        if (pdf != null) {
            pdf.pageRendered(render);
        }
    }

    @Override
    public void close() {
        watcher.close();
        if (pdf != null) {
            pdf.close(); // before the runtime goes, so that a PDF under way stops and cleans up
        }
        server.close();
        session.close();
    }
}
