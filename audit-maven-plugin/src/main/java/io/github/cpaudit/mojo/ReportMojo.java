package io.github.cpaudit.mojo;

import io.github.cpaudit.assessment.AssessmentExport;
import io.github.cpaudit.publish.DocumentPackage;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the audit report as HTML ({@code html/index.html}) and PDF ({@code pdf/<name>.pdf})
 * with one Asciidoctor runtime. Results are moved into the output directory only when every
 * format succeeded. With {@code package} it publishes the 评估 or 验收 materials instead (or as
 * well), each into its own folder with the data export beside it: a parameter, not a goal of its
 * own, because a package is published exactly like the report (formats, fonts, theme, mode, fail
 * level) and several packages share one runtime.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractPublishMojo {

    /**
     * Formats to publish, comma separated: {@code html}, {@code pdf}, {@code docx} (a Word file for
     * reviewers to annotate), e.g. {@code html,pdf} or {@code html,docx}.
     */
    @Parameter(property = "audit.formats", defaultValue = "html,pdf")
    private String formats;

    /**
     * Which document sets to publish, comma separated: {@code report} (the audit report,
     * {@code report.adoc}), {@code assessment} (评估材料, {@code assessment.adoc}, into
     * {@code assessment/}), {@code acceptance} (验收材料, {@code acceptance.adoc}, into
     * {@code acceptance/}) or {@code all}. A package also writes the 报送数据 CSV and XLSX into its
     * {@code export/}.
     */
    @Parameter(property = "audit.package", defaultValue = "report")
    private String packages;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    @Override
    protected void run() {
        List<DocumentPackage> chosen = DocumentPackage.parseList(packages);
        PublishRequest report = publishRequest(Format.parseList(formats), LastInJvm.of(session, mojoExecution));
        List<PublishRequest> requests = chosen.stream().map(p -> p.request(report)).toList();
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).requireMaster(requests.get(i));
        }
        new ReportPublisher(publishLog()).publish(requests);
        List<Path> exports = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).exports()) {
                exports.add(requests.get(i).outputDir().resolve("export"));
            }
        }
        if (!exports.isEmpty()) {
            new AssessmentExport(getLog()::info).export(projectDir(), exports); // the project is read once for all
        }
    }
}
