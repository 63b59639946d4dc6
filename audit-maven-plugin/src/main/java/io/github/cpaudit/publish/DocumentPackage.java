package io.github.cpaudit.publish;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.problem.AuditException;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document set {@code audit:report} publishes from the project: the audit report itself, or the
 * materials of the authority's 评估 (assessment, before the 中/高费 options are carried out) and
 * 验收 (acceptance, after) under 《清洁生产审核评估与验收指南》 (环办科技〔2018〕5号). Each has its own
 * master document beside {@code report.adoc} and its own folder under the output directory, so
 * that publishing one never replaces another.
 */
public enum DocumentPackage {
    REPORT("report", "审核报告", null, ""),
    ASSESSMENT("assessment", "评估材料", "assessment.adoc", "assessment"),
    ACCEPTANCE("acceptance", "验收材料", "acceptance.adoc", "acceptance");

    private final String key;
    private final String chinese;
    private final String master;
    private final String folder;

    DocumentPackage(String key, String chinese, String master, String folder) {
        this.key = key;
        this.chinese = chinese;
        this.master = master;
        this.folder = folder;
    }

    public String key() {
        return key;
    }

    public String chinese() {
        return chinese;
    }

    /** Whether the package carries the data export the provincial authority collects. */
    public boolean exports() {
        return this != REPORT;
    }

    /**
     * The request of this package: the report's own request, or one with the package's master
     * document and its folder under the report's output directory.
     */
    public PublishRequest request(PublishRequest report) {
        if (this == REPORT) {
            return report;
        }
        return new PublishRequest(report.projectDir(), report.sourceDir(), master, report.outputDir().resolve(folder),
                report.formats(), report.attributes(), report.theme(), report.fontsDir(), report.failLevel(),
                report.cacheDir(), report.fonts(), report.speed());
    }

    /**
     * Fails, saying how to add it, when the project lacks the package's master document (a project
     * created before the packages existed); the report's own master is checked by the publisher.
     */
    public void requireMaster(PublishRequest request) {
        if (this != REPORT && !Files.isRegularFile(request.masterFile())) {
            throw new AuditException("找不到" + chinese + "的主文档（package document not found）："
                    + ProjectPaths.relative(request.projectDir(), request.masterFile()) + "。用 mvn audit:init -Daudit.package="
                    + key + " 把它（及其各部分）加入本项目：只添加缺少的文件，不改动已有文件。");
        }
    }

    /** Parses {@code report}, {@code assessment,acceptance} or {@code all}, each once, in the order written. */
    public static List<DocumentPackage> parseList(String list) {
        List<DocumentPackage> packages = new ArrayList<>();
        for (String raw : (list == null ? "" : list).split("[,，、\\s]+")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("all")) {
                for (DocumentPackage each : values()) {
                    if (!packages.contains(each)) {
                        packages.add(each);
                    }
                }
                continue;
            }
            DocumentPackage found = null;
            for (DocumentPackage each : values()) {
                if (each.key.equals(name)) {
                    found = each;
                }
            }
            if (found == null) {
                throw new AuditException("参数 audit.package 应为 report（审核报告）、assessment（评估材料）、acceptance（验收材料）"
                        + "或 all，多个用逗号分隔（unknown package），实为“" + raw.strip() + "”");
            }
            if (!packages.contains(found)) {
                packages.add(found);
            }
        }
        if (packages.isEmpty()) {
            packages.add(REPORT);
        }
        return List.copyOf(packages);
    }
}
