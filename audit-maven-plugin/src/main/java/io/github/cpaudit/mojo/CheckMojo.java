package io.github.cpaudit.mojo;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.check.CheckRequest;
import io.github.cpaudit.check.ProjectCheck;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Map;

/**
 * Checks the audit project without publishing it: invalid data with their cells, the Appendix B
 * items each enterprise has not provided, the findings a reviewer must not miss, and every unfilled
 * {@code fill:[]} blank and missing-data macro of the document with its file and line. Prints a
 * short summary, writes {@code check.json} into the output directory, and fails in final mode when
 * anything is open (in any mode when the document itself has errors).
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractDocumentMojo {

    /** Where {@code check.json} is written (only that file: a published report beside it stays as it is). */
    @Parameter(property = "audit.outputDirectory", defaultValue = "${project.build.directory}/audit")
    private File outputDirectory;

    @Override
    protected void run() {
        Map<String, String> attributes = mergedAttributes();
        // the mode as the report would see it: audit.mode, or audit-mode among the attributes, else draft
        AuditMode mode = AuditMode.ofAttribute(attributes.get(AuditMode.ATTRIBUTE));
        new ProjectCheck(publishLog()).run(new CheckRequest(projectDir(), sourceDir(), masterDocument(),
                absolute(outputDirectory), attributes, mode));
    }
}
