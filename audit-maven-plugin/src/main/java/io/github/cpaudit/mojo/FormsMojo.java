package io.github.cpaudit.mojo;

import io.github.cpaudit.intake.CollectionForms;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Writes the data collection workbooks: one XLSX per enterprise of the roster
 * ({@code <id>-<企业名称>.xlsx}) with an instruction sheet, the enterprise's Appendix B list and one
 * sheet per data table it fills, prefilled with what the project already has; optionally one for
 * the whole roster ({@code 全部企业.xlsx}). The set is moved into the output folder only when every
 * workbook was written.
 */
@Mojo(name = "forms", threadSafe = true)
public class FormsMojo extends AbstractAuditMojo {


    /** Where the workbooks are written; only the workbooks of this run are replaced there. */
    @Parameter(property = "audit.forms.outputDirectory", defaultValue = "${project.build.directory}/audit/forms")
    private File outputDirectory;

    /** Blank rows per table after the rows the project already has. */
    @Parameter(property = "audit.forms.rows", defaultValue = "20")
    private int rows;

    /** Also writes {@code 全部企业.xlsx}, one workbook for every enterprise (the enterprise id is a column to fill). */
    @Parameter(property = "audit.forms.roster", defaultValue = "false")
    private boolean roster;

    @Override
    protected void run() {
        new CollectionForms(getLog()::info).write(new CollectionForms.Request(projectDir(),
                absolute(outputDirectory), rows, roster));
    }
}
