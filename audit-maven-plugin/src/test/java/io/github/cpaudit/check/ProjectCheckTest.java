package io.github.cpaudit.check;

import io.github.cpaudit.testing.CollectingLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.calc.ReviewFinding;
import io.github.cpaudit.checklist.ChecklistGap;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit:check} on the project of the {@code check-gaps} IT: the engine project with a
 * {@code checklist_status} table, a key emitter in the roster and a short document, each gap put
 * there on purpose (see the CSV's rows named below). The check must report exactly those gaps, at
 * their files and lines, and nothing else open.
 */
class ProjectCheckTest {

    static final Path GAPS = Path.of("src/it/check-gaps");
    private static final String STATUS = "data/checklist_status.csv";

    private static CheckReport report;

    @BeforeAll
    static void check(@TempDir Path tmp) {
        Path project = ProjectCopy.of(GAPS, tmp.resolve("project"));
        report = new ProjectCheck(new CollectingLog()).check(request(project, AuditMode.FINAL));
    }

    @Test
    void checklistGapsAreExactlyTheKnownOnes() {
        assertThat(report.checklistGaps()).extracting(ChecklistGap::enterprise, g -> g.item().id(), ChecklistGap::kind,
                ChecklistGap::place).containsExactly(
                        // F02 (已实施) is E01's: B9.3 is required of it, and 不适用 needs a reason
                        tuple("E01", "B9.3", ChecklistGap.Kind.NO_REASON, STATUS + ":23 列“理由”"),
                        tuple("E02", "B4.2", ChecklistGap.Kind.NOT_PROVIDED, STATUS + ":34 列“提供情况”"),
                        tuple("E03", "B4.2", ChecklistGap.Kind.NO_ROW, STATUS),
                        // E03 is a key greenhouse-gas emitter (roster 重点排放单位 是)
                        tuple("E03", "B7.1", ChecklistGap.Kind.NO_ROW, STATUS));
        assertThat(report.enterprisesWithGaps()).isEqualTo(3);
    }

    @Test
    void conditionalAndOptionalItemsAreNoGapsWhereTheyDoNotApply() {
        // no rows for E01 B7.1 (not a key emitter), E02 B1.3 (voluntary), E02/E03 B9.3 (no implemented
        // option); 未提供 of the optional E01 B4.3 and 不适用 without reason of the optional E02 B8.1
        assertThat(report.checklistGaps()).extracting(g -> g.enterprise() + " " + g.item().id())
                .doesNotContain("E01 B7.1", "E02 B1.3", "E02 B9.3", "E03 B9.3", "E01 B4.3", "E02 B8.1");
    }

    @Test
    void gapsSayWhatIsExpectedAndWhatWasFound() {
        assertThat(report.checklistGaps().get(1).message()).isEqualTo(
                "B4.2 近三年能源消耗台账（电、煤、天然气、油品、蒸汽／热力）（必需）：未提供（not provided）："
                        + "应为“已提供”，或“不适用”并写明理由，实为“未提供”");
        assertThat(report.checklistGaps().get(3).message()).isEqualTo(
                "B7.1 碳排放报告或核查报告（条件必需（重点排放单位））：未登记（no row）："
                        + "应在资料收集情况（checklist_status）中有一行“已提供”，或“不适用”并写明理由，实为没有这一行");
    }

    @Test
    void anItemOutsideAppendixBIsADataProblemAtItsCell() {
        assertThat(report.dataProblems()).extracting(Problem::format).containsExactly(STATUS
                + ":68 列“资料项”: 资料项编号不在附录B清单中（unknown checklist item）：应为附录B清单中的编号（B1.1 … B10.1），实为“B4.9”");
    }

    @Test
    void openItemsOfTheDocumentWithFileAndLine() {
        assertThat(report.openItems()).extracting(Problem::format).containsExactly(
                "src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]",
                "src/docs/asciidoc/report.adoc:8: 缺少数据：审核活动（activities）（worksheet::1-5[]）");
        assertThat(report.documentProblems()).extracting(Problem::format).containsExactly(
                "src/docs/asciidoc/report.adoc:14: 引用了未定义的文档属性（missing attribute）：{audit-compiler}");
        assertThat(report.open()).isEqualTo(1 + 4 + 2 + 1);
    }

    @Test
    void findingsAReviewerMustNotMiss() {
        // worked out from the CSV files: 氰化镀锌 淘汰, 手工镀镍线 限制, 氰化钠 without a plan; 总镍 18 kg + 0.012 t
        // = 30 kg > 25 kg/a, COD 1.25 > 1.0 t/a; 镀锌件 (122.9 + 133) tce / 50 万m² = 0.5118 > 0.5 kgce/m²;
        // E02's water: 2 万m³ in, 1.6 万 + 2000 m³ out: 10 % > 5 %
        assertThat(report.findings()).extracting(ReviewFinding::enterprise, ReviewFinding::kind,
                f -> f.sources().get(0).format()).containsExactly(
                        tuple("E01", "淘汰类", "data/equipment.csv:2"),
                        tuple("E02", "限制类", "data/equipment.csv:3"),
                        tuple("E01", "有毒有害原料无替代计划", "data/materials.csv:3"),
                        tuple("E01", "超许可", "data/emissions.csv:2"),
                        tuple("E01", "超许可", "data/emissions.csv:4"),
                        tuple("E01", "超能耗限额", "data/production.csv:2"),
                        tuple("E02", "平衡偏差超限", "data/balances.csv:7"));
        assertThat(report.findings()).extracting(ReviewFinding::text).contains(
                "总镍排放量超过许可排放量 20.0%", "镀锌件单位产品综合能耗 0.5118 kgce/m²，限额 0.5");
    }

    @Test
    void theJsonHoldsTheSameListsAndParses() throws IOException {
        String json = CheckJson.text(report);
        Golden.assertMatches(json, "check-gaps.json");
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                // reads every token: throws on anything that is not JSON
            }
        }
    }

    @Test
    void theSummaryStartsWithAnAlignedTable() {
        List<String> lines = CheckSummary.lines(report).stream().map(CheckSummary.Line::text).toList();
        assertThat(lines.subList(0, 9)).containsExactly(
                "审核检查（audit:check）：3 家企业，定稿（final）模式",
                "类别                                | 数量",
                "------------------------------------+-----",
                "数据问题（invalid data）            |    1",
                "资料缺项（missing checklist items） |    4",
                "文档待补充项（open items）          |    2",
                "文档问题（document problems）       |    1",
                "未完成合计（open）                  |    8",
                "审核发现（findings）                |    7");
        // every row's bar at the same terminal column: a Chinese character takes two
        assertThat(lines.subList(1, 9)).allSatisfy(line -> assertThat(CheckSummary.width(line.substring(0,
                line.indexOf(line.startsWith("-") ? '+' : '|'))) + 1).isEqualTo(37));
        assertThat(lines).contains("  E03 丙电镀有限公司：",
                "    data/checklist_status.csv:34 列“提供情况”: " + report.checklistGaps().get(1).message(),
                "  src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]",
                "定稿模式：以上 8 项未完成，检查不通过。");
    }

    @Test
    void inDraftItReportsWarningsWritesOnlyCheckJsonAndSucceeds(@TempDir Path tmp) throws IOException {
        Path project = ProjectCopy.of(GAPS, tmp.resolve("project"));
        byte[] published = Files.readAllBytes(project.resolve("published/html/index.html"));
        CollectingLog log = new CollectingLog();

        CheckReport draft = new ProjectCheck(log).run(request(project, AuditMode.DRAFT));

        assertThat(draft.open()).isEqualTo(8);
        assertThat(log.errors).isEmpty();
        assertThat(log.warnings).contains("  src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]");
        assertThat(log.infos).contains("检查结果已写入（written）：published/check.json",
                "草稿模式：以上 8 项未完成，定稿前须逐项处理（定稿模式 audit.mode=final 下检查不通过）。");
        assertThat(Files.readString(project.resolve("published/check.json"), StandardCharsets.UTF_8))
                .startsWith("{\n  \"mode\": \"draft\",\n  \"enterprises\": 3,\n  \"open\": 8,");
        assertThat(Files.readAllBytes(project.resolve("published/html/index.html"))).isEqualTo(published);
        try (var files = Files.list(project.resolve("published"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("html", "check.json");
        }
    }

    @Test
    void inFinalModeItWritesCheckJsonThenFailsWithOneChineseParagraph(@TempDir Path tmp) {
        Path project = ProjectCopy.of(GAPS, tmp.resolve("project"));
        CollectingLog log = new CollectingLog();

        assertThatThrownBy(() -> new ProjectCheck(log).run(request(project, AuditMode.FINAL)))
                .isInstanceOf(AuditException.class)
                .hasMessage("审核检查未通过（check failed）：定稿模式（final）下仍有 8 项未完成：数据问题（invalid data） 1 处，"
                        + "资料缺项（missing checklist items） 4 项（3 家企业），文档待补充项（open items） 2 处，"
                        + "文档问题（document problems） 1 处。逐条位置见上方日志和 published/check.json；改正后重新运行 audit:check。");
        assertThat(log.errors).contains("  src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]");
        assertThat(log.warnings).isEmpty();
        assertThat(project.resolve("published/check.json")).content(StandardCharsets.UTF_8)
                .startsWith("{\n  \"mode\": \"final\",");
    }

    @Test
    void aBrokenIncludeFailsEvenInDraftSinceWholeChaptersGoUnchecked(@TempDir Path tmp) throws IOException {
        Path project = withLine(tmp, "include::chapters/missing.adoc[]");

        assertThatThrownBy(() -> new ProjectCheck(new CollectingLog()).run(request(project, AuditMode.DRAFT)))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("审核检查未通过（check failed）：报告文档本身有 1 处错误（document errors），例如 "
                        + "src/docs/asciidoc/report.adoc:16: 找不到被包含的文件（include file not found）："
                        + "src/docs/asciidoc/chapters/missing.adoc。");
        assertThat(project.resolve("published/check.json")).exists();
    }

    @Test
    void invalidDataIsListedOnceAtItsCellNotAgainAsAnOpenItemOfTheDocument(@TempDir Path tmp) throws IOException {
        Path project = ProjectCopy.of(GAPS, tmp.resolve("project"));
        Path energy = project.resolve("data/energy.csv");
        Files.writeString(energy, Files.readString(energy, StandardCharsets.UTF_8).replace("E02,2025,电力,2000,MWh",
                "E02,2025,电力,-2000,MWh"), StandardCharsets.UTF_8);

        CheckReport draft = new ProjectCheck(new CollectingLog()).check(request(project, AuditMode.DRAFT));

        assertThat(draft.dataProblems()).extracting(Problem::format).containsExactly(
                "data/energy.csv:5 列“实物量”: 数量不能为负（negative quantity）：应为不小于 0 的数，实为“-2000”",
                STATUS + ":68 列“资料项”: 资料项编号不在附录B清单中（unknown checklist item）：应为附录B清单中的编号（B1.1 … B10.1），实为“B4.9”");
        // the macros would log it again without a place (OpenItems.reportData): audit:check tells them not to
        assertThat(draft.openItems()).extracting(Problem::format).containsExactly(
                "src/docs/asciidoc/report.adoc:6: 未填写的空白（unfilled blank）：fill:[组织单位]",
                "src/docs/asciidoc/report.adoc:8: 缺少数据：审核活动（activities）（worksheet::1-5[]）");
    }

    /** The 验收证明材料清单 shows the gaps as open items; the check lists them once, as gaps at their cells. */
    @Test
    void checklistGapsTheEvidenceTableShowsAreNotCountedAgainAsOpenItems(@TempDir Path tmp) throws IOException {
        Path project = withLine(tmp, "audit-table::evidence[]");

        CheckReport withTable = new ProjectCheck(new CollectingLog()).check(request(project, AuditMode.FINAL));

        assertThat(withTable.checklistGaps()).extracting(ChecklistGap::openItem)
                .containsExactlyElementsOf(report.checklistGaps().stream().map(ChecklistGap::openItem).toList());
        assertThat(withTable.openItems()).extracting(Problem::format)
                .containsExactlyElementsOf(report.openItems().stream().map(Problem::format).toList());
        assertThat(withTable.open()).isEqualTo(report.open());
    }

    /** A copy of the project whose document ends with one more line. */
    private static Path withLine(Path tmp, String line) throws IOException {
        Path project = ProjectCopy.of(GAPS, tmp.resolve("project"));
        Path master = project.resolve("src/docs/asciidoc/report.adoc");
        Files.writeString(master, Files.readString(master, StandardCharsets.UTF_8) + "\n" + line + "\n",
                StandardCharsets.UTF_8);
        return project;
    }

    private static CheckRequest request(Path project, AuditMode mode) {
        return new CheckRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("published"), Map.of(), mode);
    }

}
