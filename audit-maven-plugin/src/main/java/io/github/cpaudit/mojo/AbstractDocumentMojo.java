package io.github.cpaudit.mojo;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.AuditMode;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the goals that read the report document share ({@code audit:report}, {@code audit:check}):
 * the project folder, the sources and master document, the attributes and the mode, with the same
 * {@code audit.*} properties.
 */
abstract class AbstractDocumentMojo extends AbstractAuditMojo {

    /** Folder of the AsciiDoc sources. */
    @Parameter(property = "audit.sourceDirectory", defaultValue = "${basedir}/src/docs/asciidoc")
    private File sourceDirectory;

    /** File name of the master document inside the source directory. */
    @Parameter(property = "audit.masterDocument", defaultValue = "report.adoc")
    private String masterDocument;

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

    /**
     * {@code draft} (the default) or {@code final}. In draft, open items (unfilled {@code fill:[]}
     * blanks, missing or invalid data) are warnings and print highlighted; in final they are errors
     * and the build fails listing every place. Sets the document attribute {@code audit-mode}.
     */
    @Parameter(property = "audit.mode")
    private String mode;

    protected Path sourceDir() {
        return absolute(sourceDirectory);
    }

    protected String masterDocument() {
        return masterDocument;
    }

    /** {@code attributes}, then {@code attributeList}, then {@code mode} as {@code audit-mode}. */
    protected Map<String, String> mergedAttributes() {
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
            merged.put(AuditMode.ATTRIBUTE, AuditMode.parse(mode).key());
        }
        return merged;
    }
}
