package io.github.cpaudit.mojo;

import io.github.cpaudit.intake.FormCollection;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.Problem;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Reads the collection workbooks that enterprises returned and merges them into {@code data/}:
 * every problem first, each at its workbook, sheet and cell; then what would be added or changed,
 * table by table. Writes only with {@code -Daudit.apply=true} and when no workbook has a problem;
 * values that differ from the project's are replaced only with {@code -Daudit.overwrite=true}.
 */
@Mojo(name = "collect", requiresProject = true, threadSafe = true)
public class CollectMojo extends AbstractAuditMojo {


    /** The folder of returned workbooks (subfolders included). */
    @Parameter(property = "audit.from")
    private File from;

    /** Write the changes into {@code data/}; without it only the summary is shown. */
    @Parameter(property = "audit.apply", defaultValue = "false")
    private boolean apply;

    /** Also replace values that differ from what {@code data/} holds. */
    @Parameter(property = "audit.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    protected void run() {
        if (from == null) {
            throw new AuditException("缺少参数 audit.from（missing audit.from）：应为返回的采集工作簿所在的文件夹，如 -Daudit.from=returned");
        }
        java.nio.file.Path project = projectDir();
        FormCollection.Result result = new FormCollection().collect(new FormCollection.Request(project,
                project.resolve(from.toPath()).normalize(), apply, overwrite));
        for (Problem problem : result.problems()) {
            getLog().error(problem.format());
        }
        result.summary().forEach(getLog()::info);
        if (result.hasErrors()) {
            throw new AuditException("采集表中有 " + result.problems().size() + " 个问题（collect problems），data/ 未改动");
        }
    }
}
