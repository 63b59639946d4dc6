package io.github.cpaudit.mojo;

import io.github.cpaudit.preview.LivePreview;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The live preview: renders the report's HTML once in a warm runtime, serves it on
 * {@code http://127.0.0.1:PORT/}, and renders again whenever a source, include, image, template,
 * theme, {@code audit.yaml}, indicator system or data file is saved; the open page reloads itself and
 * shows the problems of the latest render above it. Runs until Ctrl-C; writes nothing.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractDocumentMojo {

    /** The port; 0 takes any free one. */
    @Parameter(property = "audit.serve.port", defaultValue = "8040")
    private int port;

    /** The address to bind; only loopback unless {@code audit.serve.remote} is set. */
    @Parameter(property = "audit.serve.host", defaultValue = "127.0.0.1")
    private String host;

    /** Allows binding an address other machines can reach. */
    @Parameter(property = "audit.serve.remote", defaultValue = "false")
    private boolean remote;

    @Parameter(property = "audit.failLevel", defaultValue = "ERROR")
    private String failLevel;

    @Parameter(property = "audit.cacheDirectory", defaultValue = "${user.home}/.cache/cp-audit")
    private File cacheDirectory;

    @Override
    protected void run() {
        PublishRequest request = new PublishRequest(projectDir(), sourceDir(), masterDocument(),
                projectDir().resolve("target/audit"), Set.of(Format.HTML), mergedAttributes(), null, null,
                FailLevel.parse(failLevel), absolute(cacheDirectory));
        LivePreview preview = new LivePreview(request, new LivePreview.Settings(host, port, remote), publishLog());
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
