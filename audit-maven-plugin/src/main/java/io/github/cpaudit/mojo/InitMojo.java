package io.github.cpaudit.mojo;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.init.ProjectScaffold;
import io.github.cpaudit.publish.DocumentPackage;
import io.github.cpaudit.init.ScaffoldRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new audit project in the current (or a given) folder: the report skeleton, a
 * {@code pom.xml} using this plugin, {@code audit.yaml}, empty data tables with their headers, the
 * fill-in worksheets asked for and a {@code .gitignore}. Never overwrites a file: when any exists
 * it stops and lists them. The new project builds at once with {@code mvn audit:report} (draft).
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractAuditMojo {

    /** The folder of the new project; by default the folder Maven runs in. */
    @Parameter(property = "audit.directory", defaultValue = "${user.dir}")
    private File directory;

    /** The new project's Maven groupId. */
    @Parameter(property = "audit.groupId", defaultValue = "audit")
    private String groupId;

    /** The new project's Maven artifactId. */
    @Parameter(property = "audit.artifactId", defaultValue = "audit-report")
    private String artifactId;

    /** 地区, e.g. 江城市 (a blank to fill when not given). */
    @Parameter(property = "audit.region")
    private String region;

    /** 行业名称, e.g. 电镀. */
    @Parameter(property = "audit.industry")
    private String industry;

    /** GB/T 4754-2017 industry code, e.g. C3360. */
    @Parameter(property = "audit.industryCode")
    private String industryCode;

    /** 基准年; the previous calendar year when not given. */
    @Parameter(property = "audit.baselineYear")
    private Integer baselineYear;

    /**
     * Fill-in worksheets of Appendix A to add under {@code src/docs/asciidoc/worksheets/}: {@code none}
     * (default), {@code all}, or numbers separated by commas (2-4,2-5).
     */
    @Parameter(property = "audit.worksheets", defaultValue = "none")
    private String worksheets;

    /**
     * Instead of a new project: adds to the existing project the documents of the packages named
     * ({@code assessment}, {@code acceptance} or both, comma separated) that it lacks, never
     * changing a file it has.
     */
    @Parameter(property = "audit.package")
    private String packages;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    protected void run() {
        if (packages != null && !packages.isBlank()) {
            addPackages(directory.toPath().toAbsolutePath().normalize());
            return;
        }
        ScaffoldRequest request = new ScaffoldRequest(directory.toPath().toAbsolutePath().normalize(), groupId,
                artifactId, pluginVersion, region, industry, industryCode, baselineYear, worksheetNumbers());
        List<String> written = new ProjectScaffold().create(request);
        getLog().info("已创建审核项目（init）：" + request.directory() + "，共 " + written.size() + " 个文件。");
        getLog().info("下一步：填写 audit.yaml 和 data/ 下的数据表，编辑 src/docs/asciidoc/ 下的报告，然后运行 mvn audit:report。");
    }

    private void addPackages(Path project) {
        for (DocumentPackage chosen : DocumentPackage.parseList(packages)) {
            if (chosen == DocumentPackage.REPORT) {
                getLog().info("审核报告（report）的文档由 audit:init 新建项目时写入，不在这里添加；这里只添加 assessment、acceptance。");
                continue;
            }
            List<String> written = new ProjectScaffold().addPackage(project, chosen.key());
            getLog().info(written.isEmpty() ? "项目中已有" + chosen.chinese() + "的全部文件，未做改动。"
                    : "已加入" + chosen.chinese() + "（init）：" + String.join("、", written) + "。发布：mvn audit:report -Daudit.package="
                            + chosen.key());
        }
    }

    private List<String> worksheetNumbers() {
        String value = worksheets == null ? "none" : worksheets.strip();
        if (value.equals("none") || value.isEmpty()) {
            return List.of();
        }
        if (value.equals("all")) {
            return io.github.cpaudit.catalog.WorksheetCatalog.bundled().all().stream()
                    .map(io.github.cpaudit.catalog.Worksheet::number).toList();
        }
        List<String> numbers = new ArrayList<>();
        for (String number : value.split("[,，、\\s]+")) {
            if (!number.isBlank()) {
                numbers.add(number.strip());
            }
        }
        if (numbers.isEmpty()) {
            throw new AuditException("参数 audit.worksheets 应为 all、none 或工作表编号（如 2-4,2-5），实为“" + worksheets + "”");
        }
        return numbers;
    }
}
