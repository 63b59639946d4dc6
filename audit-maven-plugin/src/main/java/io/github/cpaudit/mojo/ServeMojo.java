package io.github.cpaudit.mojo;

import io.github.cpaudit.preview.LivePreview;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The live preview: renders the report's HTML once in a warm runtime, serves it on
 * {@code http://127.0.0.1:PORT/}, and renders again whenever a source, include, image, template,
 * theme, {@code audit.yaml}, indicator system or data file is saved; the open page reloads itself and
 * shows the problems of the latest render above it. Runs until Ctrl-C; writes nothing, unless
 * {@code audit.serve.pdf} makes the PDF again in the background after each good render, where and as
 * {@code audit:report} publishes it (same theme, fonts and output folder).
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractPublishMojo {

    /** The port; 0 takes any free one. */
    @Parameter(property = "audit.serve.port", defaultValue = "8040")
    private int port;

    /** The address to bind; only loopback unless {@code audit.serve.remote} is set. */
    @Parameter(property = "audit.serve.host", defaultValue = "127.0.0.1")
    private String host;

    /** Allows binding an address other machines can reach. */
    @Parameter(property = "audit.serve.remote", defaultValue = "false")
    private boolean remote;

    /**
     * Makes the PDF again in the background after each good render (the page never waits for it) and
     * links it from the page's panel; off, no PDF converter is loaded.
     */
    @Parameter(property = "audit.serve.pdf", defaultValue = "false")
    private boolean pdf;

    @Override
    protected void run() {
        PublishRequest request = publishRequest(pdf ? Set.of(Format.HTML, Format.PDF) : Set.of(Format.HTML), false);
        LivePreview preview = new LivePreview(request, new LivePreview.Settings(host, port, remote, pdf), publishLog());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "audit-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
            throw new AuditException("预览已停止（serve interrupted）");
        }
    }
}
