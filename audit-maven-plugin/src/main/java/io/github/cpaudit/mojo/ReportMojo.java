package io.github.cpaudit.mojo;

import io.github.cpaudit.AuditException;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes the audit report as HTML ({@code html/index.html}) and PDF ({@code pdf/<name>.pdf})
 * with one Asciidoctor runtime. Results are moved into the output directory only when every
 * format succeeded.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractAuditMojo {

    /** The audit project folder: Asciidoctor's base directory (documents render in SAFE mode). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File projectDirectory;

    /** Folder of the AsciiDoc sources. */
    @Parameter(property = "audit.sourceDirectory", defaultValue = "${basedir}/src/docs/asciidoc")
    private File sourceDirectory;

    /** File name of the master document inside the source directory. */
    @Parameter(property = "audit.masterDocument", defaultValue = "report.adoc")
    private String masterDocument;

    /** Where {@code html/} and {@code pdf/} are published. */
    @Parameter(property = "audit.outputDirectory", defaultValue = "${project.build.directory}/audit")
    private File outputDirectory;

    /** Formats to publish, comma separated: {@code html}, {@code pdf} or {@code html,pdf}. */
    @Parameter(property = "audit.formats", defaultValue = "html,pdf")
    private String formats;

    /**
     * Document attributes that override the document's own, e.g. {@code <audit-mode>final</audit-mode>}.
     * A value ending in {@code @} only sets a default the document may change.
     */
    @Parameter
    private Map<String, String> attributes = new LinkedHashMap<>();

    /**
     * Attributes from the command line, {@code name=value} pairs separated by commas, e.g.
     * {@code -Daudit.attributes=audit-mode=final,toclevels=3}; they win over {@code attributes}.
     */
    @Parameter(property = "audit.attributes")
    private String attributeList;

    /** A project's own PDF theme (YAML); unset, the toolkit's theme applies. */
    @Parameter(property = "audit.theme")
    private File theme;

    /** A project's own fonts folder (for example 仿宋/黑体 TrueType files a theme names). */
    @Parameter(property = "audit.fontsDirectory")
    private File fontsDirectory;

    /** Lowest Asciidoctor log severity that fails the build: INFO, WARN, ERROR or FATAL. */
    @Parameter(property = "audit.failLevel", defaultValue = "ERROR")
    private String failLevel;

    /**
     * {@code draft} (the default) or {@code final}. In draft, open items (unfilled {@code fill:[]}
     * blanks, missing or invalid data) are warnings and print highlighted; in final they are errors
     * and the build fails listing every place. Sets the document attribute {@code audit-mode}.
     */
    @Parameter(property = "audit.mode")
    private String mode;

    /** Machine-wide cache for the extracted fonts and theme. */
    @Parameter(property = "audit.cacheDirectory", defaultValue = "${user.home}/.cache/cp-audit")
    private File cacheDirectory;

    @Override
    protected void run() {
        Path project = absolute(projectDirectory);
        PublishRequest request = new PublishRequest(
                project,
                absolute(sourceDirectory),
                masterDocument,
                absolute(outputDirectory),
                Format.parseList(formats),
                mergedAttributes(),
                theme == null ? null : absolute(theme),
                fontsDirectory == null ? null : absolute(fontsDirectory),
                FailLevel.parse(failLevel),
                absolute(cacheDirectory));
        new ReportPublisher(publishLog()).publish(request);
    }

    private Map<String, String> mergedAttributes() {
        Map<String, String> merged = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> merged.put(name, value == null ? "" : value));
        }
        if (attributeList != null && !attributeList.isBlank()) {
            for (String pair : attributeList.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = (eq < 0 ? pair : pair.substring(0, eq)).trim();
                if (name.isEmpty()) {
                    throw new AuditException("参数 audit.attributes 的写法不对（bad attribute list）：“" + pair
                            + "”。应写成 名称=值，多个之间用逗号分隔，例如 audit-mode=final,toclevels=3。");
                }
                merged.put(name, eq < 0 ? "" : pair.substring(eq + 1).trim());
            }
        }
        if (mode != null && !mode.isBlank()) {
            String chosen = mode.trim().toLowerCase(java.util.Locale.ROOT);
            if (!chosen.equals("draft") && !chosen.equals("final")) {
                throw new AuditException("参数 audit.mode 的值不对（bad mode）：应为 draft（草稿）或 final（定稿），实为“"
                        + mode + "”。");
            }
            merged.put("audit-mode", chosen);
        }
        return merged;
    }

    private static Path absolute(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
