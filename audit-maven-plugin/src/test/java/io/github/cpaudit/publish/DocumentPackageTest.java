package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.problem.AuditException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit.package}: which document sets a publish makes, and where each lands. */
class DocumentPackageTest {

    @Test
    void packagesAreParsedInTheOrderWrittenEachOnce() {
        assertThat(DocumentPackage.parseList("")).containsExactly(DocumentPackage.REPORT);
        assertThat(DocumentPackage.parseList("acceptance, assessment，acceptance")).containsExactly(
                DocumentPackage.ACCEPTANCE, DocumentPackage.ASSESSMENT);
        assertThat(DocumentPackage.parseList("all")).containsExactly(DocumentPackage.REPORT, DocumentPackage.ASSESSMENT,
                DocumentPackage.ACCEPTANCE);
        assertThatThrownBy(() -> DocumentPackage.parseList("report,验收")).isInstanceOf(AuditException.class)
                .hasMessageContaining("参数 audit.package 应为 report（审核报告）、assessment（评估材料）、acceptance（验收材料）")
                .hasMessageContaining("实为“验收”");
    }

    @Test
    void aPackageHasItsOwnMasterAndFolderAndNamesHowToAddAMissingOne(@TempDir Path project) {
        PublishRequest report = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Set.of(Format.HTML), Map.of("audit-mode", "final"), null, null,
                FailLevel.WARN, project.resolve("cache"));

        PublishRequest assessment = DocumentPackage.ASSESSMENT.request(report);

        assertThat(DocumentPackage.REPORT.request(report)).isSameAs(report);
        assertThat(assessment.masterFile()).isEqualTo(project.resolve("src/docs/asciidoc/assessment.adoc"));
        assertThat(assessment.outputDir()).isEqualTo(project.resolve("target/audit/assessment"));
        assertThat(assessment.documentBaseName()).isEqualTo("assessment");
        assertThat(List.of(assessment.formats(), assessment.attributes(), assessment.failLevel()))
                .isEqualTo(List.of(report.formats(), report.attributes(), report.failLevel()));
        assertThatThrownBy(() -> DocumentPackage.ASSESSMENT.requireMaster(assessment)).isInstanceOf(AuditException.class)
                .hasMessage("找不到评估材料的主文档（package document not found）：src/docs/asciidoc/assessment.adoc。"
                        + "用 mvn audit:init -Daudit.package=assessment 把它（及其各部分）加入本项目：只添加缺少的文件，不改动已有文件。");
    }
}
