package io.github.cpaudit.mojo;

import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.ReportPublisher;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the audit report as HTML ({@code html/index.html}) and PDF ({@code pdf/<name>.pdf})
 * with one Asciidoctor runtime. Results are moved into the output directory only when every
 * format succeeded.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractPublishMojo {

    /**
     * Formats to publish, comma separated: {@code html}, {@code pdf}, {@code docx} (a Word file for
     * reviewers to annotate), e.g. {@code html,pdf} or {@code html,docx}.
     */
    @Parameter(property = "audit.formats", defaultValue = "html,pdf")
    private String formats;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Override
    protected void run() {
        new ReportPublisher(publishLog()).publish(publishRequest(Format.parseList(formats), LastInJvm.of(session, mojoExecution)));
    }
}
