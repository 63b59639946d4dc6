package io.github.cpaudit.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit:init}'s engine: a new project that publishes at once (draft, HTML and PDF) with every
 * chapter of the report outline, and a second init into the same folder that changes nothing.
 */
class ProjectScaffoldTest {

    /** The chapters of spec/report-outline.md, as the report numbers them. */
    static final List<String> CHAPTERS = List.of("1 总论", "2 行业概况", "3 行业清洁生产现状", "4 行业清洁生产水平诊断",
            "5 行业共性问题诊断", "6 清洁生产方案", "7 减污降碳效益预测", "8 保障措施与持续清洁生产", "9 结论与建议");

    @TempDir
    static Path tmp;
    private static Path project;
    private static List<String> written;
    private static final CollectingLog log = new CollectingLog();

    @BeforeAll
    static void scaffoldAndPublish() {
        project = tmp.resolve("新项目");
        written = new ProjectScaffold().create(request(project, List.of("2-4")));
        // the report and, with the same runtime, the 评估 and 验收 materials (HTML only: their PDFs are the example's to check)
        new ReportPublisher(log).publish(List.of(new PublishRequest(project, project.resolve("src/docs/asciidoc"),
                "report.adoc", project.resolve("target/audit"), Set.of(Format.HTML, Format.PDF), Map.of(), null, null,
                FailLevel.ERROR, tmp.resolve("cache")), new PublishRequest(project, project.resolve("src/docs/asciidoc"),
                "assessment.adoc", project.resolve("target/audit/assessment"), Set.of(Format.HTML), Map.of(), null, null,
                FailLevel.ERROR, tmp.resolve("cache")), new PublishRequest(project, project.resolve("src/docs/asciidoc"),
                "acceptance.adoc", project.resolve("target/audit/acceptance"), Set.of(Format.HTML), Map.of(), null, null,
                FailLevel.ERROR, tmp.resolve("cache"))));
    }

    static ScaffoldRequest request(Path directory, List<String> worksheets) {
        return new ScaffoldRequest(directory, "audit", "jiangcheng-plating", "9.9.9", "江城市", "电镀", "C3360", 2025,
                worksheets);
    }

    @Test
    void theNewProjectPublishesInDraftWithEveryChapterInHtmlAndPdf() throws IOException {
        assertThat(log.errors).isEmpty();
        // a fresh project is all blanks and empty tables: warnings, each an open item, nothing else
        assertThat(log.warnings).isNotEmpty().allSatisfy(w -> assertThat(w).contains("待补充（open item）"));
        Document html = Jsoup.parse(project.resolve("target/audit/html/index.html").toFile(), "UTF-8");
        List<String> titles = html.select("#content h2").eachText();
        assertThat(titles).containsSubsequence(CHAPTERS);
        for (int n = 1; n <= 5; n++) {
            int attachment = n;
            assertThat(titles).anySatisfy(title -> assertThat(title).startsWith("附件" + attachment + " "));
        }
        assertThat(html.select(".audit-open")).isNotEmpty();
        String pdf = PdfReport.read(project.resolve("target/audit/pdf/report.pdf")).compactText();
        for (String chapter : CHAPTERS) {
            assertThat(pdf).contains(chapter.replace(" ", ""));
        }
    }

    @Test
    void theNewProjectsAssessmentPublishesBesideTheReportWithItsTitleFromTheReportsHeader() throws IOException {
        Document html = Jsoup.parse(project.resolve("target/audit/assessment/html/index.html").toFile(), "UTF-8");
        // region and industry answered at init, in report.adoc only
        assertThat(html.title()).isEqualTo("江城市电镀行业整体清洁生产审核评估材料");
        assertThat(html.select("#content h2").eachText()).containsExactly("1 审核概要", "2 已实施的无/低费方案及其效果",
                "3 清洁生产目标", "4 中/高费方案可行性分析与实施计划", "附件1 专家预审指标表", "附件2 清洁生产审核评估评分表",
                "附件3 技术审查意见");
        assertThat(project.resolve("target/audit/html/index.html")).isRegularFile();
        Document acceptance = Jsoup.parse(project.resolve("target/audit/acceptance/html/index.html").toFile(), "UTF-8");
        assertThat(acceptance.title()).isEqualTo("江城市电镀行业整体清洁生产审核验收材料");
        // a new project has no second round and no implemented option: the acceptance's tables are open items
        assertThat(acceptance.select("#content h2").eachText()).containsExactly("1 验收概况", "2 中/高费方案实施情况",
                "3 清洁生产目标完成情况", "4 清洁生产绩效", "5 验收证明材料");
        assertThat(acceptance.select(".audit-open")).isNotEmpty();
        assertThat(written).contains("src/docs/asciidoc/assessment.adoc", "src/docs/asciidoc/acceptance.adoc",
                "src/docs/asciidoc/assessment/附件3-技术审查意见.adoc");
    }

    @Test
    void anExistingProjectGainsAPackagesMissingDocumentsAndKeepsItsOwn(@TempDir Path other) throws IOException {
        Path existing = other.resolve("旧项目");
        new ProjectScaffold().create(request(existing, List.of()));
        Path form = existing.resolve("src/docs/asciidoc/assessment/附件1-专家预审指标表.adoc");
        Files.delete(existing.resolve("src/docs/asciidoc/assessment.adoc"));
        Files.delete(existing.resolve("src/docs/asciidoc/assessment/附件2-评估评分表.adoc"));
        Files.writeString(form, "== 本省的预审表\n", StandardCharsets.UTF_8);

        List<String> added = new ProjectScaffold().addPackage(existing, "assessment");

        assertThat(added).containsExactly("src/docs/asciidoc/assessment.adoc",
                "src/docs/asciidoc/assessment/附件2-评估评分表.adoc");
        assertThat(Files.readString(form, StandardCharsets.UTF_8)).isEqualTo("== 本省的预审表\n");
        assertThat(new ProjectScaffold().addPackage(existing, "assessment")).isEmpty();
        assertThatThrownBy(() -> new ProjectScaffold().addPackage(other, "assessment")).isInstanceOf(AuditException.class)
                .hasMessageContaining("没有 audit.yaml，不是审核项目");
    }

    @Test
    void thePomUsesThePluginAndTheDataTablesHaveTheirHeaders() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<artifactId>jiangcheng-plating</artifactId>", "<groupId>io.github.cpaudit</groupId>",
                "<artifactId>audit-maven-plugin</artifactId>", "<version>9.9.9</version>", "<audit.mode>draft</audit.mode>",
                "<name>江城市电镀行业整体清洁生产审核报告</name>");
        assertThat(Files.readString(project.resolve("audit.yaml"), StandardCharsets.UTF_8))
                .contains("code: C3360", "region: 江城市", "baseline_year: 2025");
        assertThat(Files.readString(project.resolve("src/docs/asciidoc/report.adoc"), StandardCharsets.UTF_8))
                .contains(":audit-region: 江城市\n:audit-industry: 电镀\n");
        Document html = Jsoup.parse(project.resolve("target/audit/html/index.html").toFile(), "UTF-8");
        assertThat(html.title()).isEqualTo("江城市电镀行业整体清洁生产审核报告");
        byte[] roster = Files.readAllBytes(project.resolve("data/roster.csv"));
        assertThat(new String(roster, StandardCharsets.UTF_8)).startsWith("\uFEFF企业编号,企业名称,统一社会信用代码,行业代码")
                .contains("工业总产值（万元）").endsWith("\n").hasLineCount(1);
        // Maven reads its JVM options from .mvn/jvm.config: one line, no comment that java would choke on
        assertThat(Files.readString(project.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8))
                .isEqualTo("-XX:+UseSerialGC\n");
        assertThat(written).contains(".gitignore", ".mvn/jvm.config", "data/energy.csv", "data/checklist_status.csv",
                "src/docs/asciidoc/report.adoc", "src/docs/asciidoc/worksheets/2-04.adoc");
        assertThat(Files.readString(project.resolve("src/docs/asciidoc/worksheets/2-04.adoc"), StandardCharsets.UTF_8))
                .startsWith("= 工作表2-4 能源消耗及折标").contains("|企业 |能源品种 |实物量");
    }

    @Test
    void aSecondInitChangesNothingAndListsEveryFileInTheWay() throws IOException {
        Path yaml = project.resolve("audit.yaml");
        String before = Files.readString(yaml, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ProjectScaffold().create(request(project, List.of("2-4"))))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("没有创建项目（init refused）：" + project + " 中已有下列 " + written.size() + " 个文件")
                .hasMessageContaining("\n  pom.xml\n  audit.yaml\n  .gitignore\n  .mvn/jvm.config\n");
        assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void oneExistingFileIsEnoughToStopAndOnlyItIsListed(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("audit.yaml"), "region: 已有\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ProjectScaffold().create(request(other, List.of())))
                .hasMessageContaining("已有下列 1 个文件").hasMessageContaining("\n  audit.yaml\n");
        try (var files = Files.list(other)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aProjectScaffoldedWithoutAnyAnswerStillPublishesItsDraft(@TempDir Path other) {
        Path bare = other.resolve("空项目");
        new ProjectScaffold().create(new ScaffoldRequest(bare, "audit", "audit-report", "9.9.9", null, null, null, null,
                List.of()));
        CollectingLog bareLog = new CollectingLog();
        new ReportPublisher(bareLog).publish(new PublishRequest(bare, bare.resolve("src/docs/asciidoc"), "report.adoc", bare.resolve("target/audit"),
                Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR, other.resolve("cache")));
        // audit.yaml's 待填写 industry code and region are open items, not a failed document
        assertThat(bareLog.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("WARN").contains("待补充（open item）"));
        assertThat(bareLog.problems()).anySatisfy(p -> assertThat(p).contains("audit.yaml", "待填写"));
        assertThat(bare.resolve("target/audit/html/index.html")).exists();
    }

    @Test
    void anUnknownWorksheetIsRefusedBeforeAnythingIsWritten(@TempDir Path other) throws IOException {
        assertThatThrownBy(() -> new ProjectScaffold().create(request(other.resolve("p"), List.of("2-40"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("未知的工作表编号（unknown worksheet）：2-40");
        assertThat(other.resolve("p")).doesNotExist();
    }
}
