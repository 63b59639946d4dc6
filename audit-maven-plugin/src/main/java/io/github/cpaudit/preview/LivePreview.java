package io.github.cpaudit.preview;

import io.github.cpaudit.publish.PreviewSession;
import io.github.cpaudit.publish.PublishLog;
import io.github.cpaudit.publish.PublishRequest;

import java.nio.file.Path;
import java.util.Set;

/**
 * {@code audit:serve}'s engine: one warm runtime renders the HTML once, the server shows it, and
 * every change of a source renders it again and reloads the open pages. Nothing is written into the
 * project: the page lives in memory.
 */
public final class LivePreview implements AutoCloseable {

    /**
     * @param host        the address to bind (loopback unless {@code allowRemote})
     * @param port        the port, 0 for any free one
     * @param allowRemote whether an address other than loopback may be bound
     */
    public record Settings(String host, int port, boolean allowRemote) {
    }

    private final PublishLog log;
    private final PreviewSession session;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final EditedLine edits;

    public LivePreview(PublishRequest request, Settings settings, PublishLog log) {
        this.log = log;
        PreviewServer.address(settings.host(), settings.allowRemote());
        this.session = new PreviewSession(request, log);
        this.edits = new EditedLine(request.sourceDir());
        PreviewSession.Render first = session.render();
        PreviewServer started = null;
        try {
            started = new PreviewServer(request.projectDir(), settings.host(), settings.port(), settings.allowRemote(), first);
            this.server = started;
            this.watcher = new SourceWatcher(request.projectDir(), this::renderAgain);
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            session.close();
            throw e;
        }
        log.info(String.format("预览已启动（serve）：%s （首次生成 %.1f s）；保存文件后页面自动更新，按 Ctrl-C 停止", url(), first.seconds()));
    }

    public String url() {
        return server.url();
    }

    private void renderAgain(Set<Path> files) {
        PreviewSession.Render render = session.render(edits.of(files));
        server.show(render);
        log.info(String.format(render.fresh() ? "已更新（%.1f s）" : "有错误，页面保持上一次成功的结果（%.1f s）", render.seconds()));
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        session.close();
    }
}
