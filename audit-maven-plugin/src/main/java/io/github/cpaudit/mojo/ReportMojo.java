package io.github.cpaudit.mojo;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Publishes the audit report as HTML ({@code html/index.html}) and PDF ({@code pdf/<name>.pdf})
 * with one Asciidoctor runtime. Results are moved into the output directory only when every
 * format succeeded.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractDocumentMojo {

    /** Where {@code html/} and {@code pdf/} are published. */
    @Parameter(property = "audit.outputDirectory", defaultValue = "${project.build.directory}/audit")
    private File outputDirectory;

    /** Formats to publish, comma separated: {@code html}, {@code pdf} or {@code html,pdf}. */
    @Parameter(property = "audit.formats", defaultValue = "html,pdf")
    private String formats;

    /** A project's own PDF theme (YAML); unset, the toolkit's theme applies. */
    @Parameter(property = "audit.theme")
    private File theme;

    /** A project's own fonts folder (for example 仿宋/黑体 TrueType files a theme names). */
    @Parameter(property = "audit.fontsDirectory")
    private File fontsDirectory;

    /** Lowest Asciidoctor log severity that fails the build: INFO, WARN, ERROR or FATAL. */
    @Parameter(property = "audit.failLevel", defaultValue = "ERROR")
    private String failLevel;

    /** Machine-wide cache for the extracted fonts and theme. */
    @Parameter(property = "audit.cacheDirectory", defaultValue = "${user.home}/.cache/cp-audit")
    private File cacheDirectory;

    /**
     * Developer switch: {@code false} publishes the PDF without the toolkit's asciidoctor-pdf speed
     * patches, to compare speed or output (the patches change no byte of the PDF).
     */
    @Parameter(property = "audit.pdfPatches", defaultValue = "true")
    private boolean pdfPatches;

    @Override
    protected void run() {
        PublishRequest request = new PublishRequest(
                projectDir(),
                sourceDir(),
                masterDocument(),
                absolute(outputDirectory),
                Format.parseList(formats),
                mergedAttributes(),
                theme == null ? null : absolute(theme),
                fontsDirectory == null ? null : absolute(fontsDirectory),
                FailLevel.parse(failLevel),
                absolute(cacheDirectory),
                pdfPatches);
        new ReportPublisher(publishLog()).publish(request);
    }
}
