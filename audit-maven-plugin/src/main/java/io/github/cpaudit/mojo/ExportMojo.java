package io.github.cpaudit.mojo;

import io.github.cpaudit.assessment.AssessmentExport;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes the figures the provincial authority collects (报送数据): per enterprise, per option, per
 * option and item, and worksheet 3-1, as one CSV file per table (UTF-8 with BOM) and one workbook
 * {@code assessment.xlsx}, with the report's rounding. The files are moved into the output folder
 * only when all were written; other files there stay.
 */
@Mojo(name = "export", threadSafe = true)
public class ExportMojo extends AbstractAuditMojo {

    /** Where the files are written; only the export's own files are replaced there. */
    @Parameter(property = "audit.export.outputDirectory", defaultValue = "${project.build.directory}/audit/export")
    private File outputDirectory;

    @Override
    protected void run() {
        new AssessmentExport(getLog()::info).export(projectDir(), absolute(outputDirectory));
    }
}
