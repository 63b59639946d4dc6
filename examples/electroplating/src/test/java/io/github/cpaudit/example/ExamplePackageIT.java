package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.RenderedTables;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's 评估材料 and 验收材料, published with the report in the package phase (the example's
 * pom asks for {@code report,assessment,acceptance}): their tables are the report's cell for cell,
 * their figures are recomputed from the raw CSV or counted from the report's own tables, the expert
 * forms are blank, and the export lies beside each.
 */
class ExamplePackageIT {

    private static final Path OUT = Path.of("target/audit/assessment");
    private static final Path ACCEPTANCE = Path.of("target/audit/acceptance");
    private static final Path DATA = Path.of("data");
    private static Document assessment;
    private static Document acceptance;

    @BeforeAll
    static void read() throws IOException {
        assessment = Jsoup.parse(OUT.resolve("html/index.html").toFile(), "UTF-8");
        acceptance = Jsoup.parse(ACCEPTANCE.resolve("html/index.html").toFile(), "UTF-8");
    }

    @Test
    void theAssessmentIsPublishedInEveryFormatOfTheReport() {
        assertThat(assessment.title()).isEqualTo("江城市电镀行业整体清洁生产审核评估材料");
        assertThat(assessment.select("#content h2").eachText()).containsExactly("1 审核概要", "2 已实施的无/低费方案及其效果",
                "3 清洁生产目标", "4 中/高费方案可行性分析与实施计划", "附件1 专家预审指标表", "附件2 清洁生产审核评估评分表",
                "附件3 技术审查意见");
        PdfReport pdf = PdfReport.read(OUT.resolve("pdf/assessment.pdf"));
        assertThat(pdf.compactText()).contains("江城市电镀行业整体清洁生产审核评估材料", "专家预审指标表", "技术审查意见",
                "无/低费方案实施效果核定");
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfReport.FontUse::embedded);
        assertThat(OUT.resolve("docx/assessment.docx")).isRegularFile();
        // the report's own output is not touched by the package beside it
        assertThat(Path.of("target/audit/pdf/report.pdf")).isRegularFile();
    }

    @Test
    void itsWorksheetsAreTheReportsCellForCell() {
        Document report = PublishedExample.html();
        for (String number : List.of("2-12", "2-15", "2-16", "2-18", "2-19", "2-22", "3-1")) {
            assertThat(RenderedTables.cells(RenderedTables.worksheet(assessment, number))).as(number)
                    .isEqualTo(RenderedTables.cells(RenderedTables.worksheet(report, number)));
        }
        Element levels = assessment.getElementById("asm-levels");
        assertThat(levels).isNotNull();
        assertThat(RenderedTables.cells(levels)).isEqualTo(RenderedTables.cells(report.getElementById("tbl-levels")));
    }

    @Test
    void itsFiguresAreTheDatasRecomputedHere() throws IOException {
        List<String> options = Files.readAllLines(DATA.resolve("options.csv"), StandardCharsets.UTF_8);
        List<String> rows = options.subList(1, options.size()).stream().filter(line -> !line.isBlank()).toList();
        BigDecimal investment = rows.stream().map(line -> new BigDecimal(line.split(",", -1)[6]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long implemented = rows.stream().filter(line -> line.split(",", -1)[11].equals("已实施")).count();
        String text = assessment.getElementById("asm-summary").parent().text();
        assertThat(text).contains("共提出清洁生产方案 " + rows.size() + " 项，投资合计 "
                + investment.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " 万元，其中已实施 " + implemented + " 项");
        List<String> roster = Files.readAllLines(DATA.resolve("roster.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains("审核覆盖 " + (roster.size() - 1) + " 家企业");
    }

    @Test
    void theExpertFormsAreBlankForTheExperts() {
        Element scoring = assessment.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption") != null && t.selectFirst("caption").text().endsWith("评分项目"))
                .findFirst().orElseThrow();
        List<List<String>> cells = RenderedTables.cells(scoring);
        assertThat(cells.get(0)).containsExactly("序号", "评分项目", "评分要点", "分值", "得分", "扣分原因");
        // no score, no weight and no conclusion is made up: the authority and its experts fill them in
        assertThat(cells.subList(1, cells.size())).allSatisfy(row ->
                assertThat(row.subList(row.size() - 3, row.size())).containsOnly(""));
        assertThat(assessment.getElementById("asm-form-opinion").parent().text()).contains("□ 通过", "□ 修改后通过",
                "□ 不通过");
    }

    @Test
    void theExportLiesBesideIt() throws IOException {
        List<String> roster = Files.readAllLines(DATA.resolve("roster.csv"), StandardCharsets.UTF_8);
        List<String> exported = Files.readAllLines(OUT.resolve("export/enterprises.csv"), StandardCharsets.UTF_8);
        assertThat(exported.get(0)).startsWith("\uFEFF企业编号,企业名称");
        assertThat(exported).hasSameSizeAs(roster);
        assertThat(OUT.resolve("export/assessment.xlsx")).isRegularFile();
    }

    @Test
    void theAcceptanceIsPublishedWithTheReportsRoundTables() {
        assertThat(acceptance.title()).isEqualTo("江城市电镀行业整体清洁生产审核验收材料");
        assertThat(acceptance.select("#content h2").eachText()).containsExactly("1 验收概况", "2 中/高费方案实施情况",
                "3 清洁生产目标完成情况", "4 清洁生产绩效", "5 验收证明材料");
        assertThat(PdfReport.read(ACCEPTANCE.resolve("pdf/acceptance.pdf")).fonts()).isNotEmpty()
                .allMatch(PdfReport.FontUse::embedded);
        assertThat(ACCEPTANCE.resolve("export/options.csv")).isRegularFile();
        Document report = PublishedExample.html();
        for (String[] pair : new String[][] {{"acc-round-options", "tbl-round-options"},
                {"acc-round-targets", "tbl-round-targets"}, {"acc-round-totals", "tbl-round-totals"}}) {
            assertThat(RenderedTables.cells(acceptance.getElementById(pair[0]))).as(pair[0])
                    .isEqualTo(RenderedTables.cells(report.getElementById(pair[1])));
        }
        assertThat(RenderedTables.cells(acceptance.getElementById("acc-performance-table")).get(0))
                .containsExactly("项目", "单位", "无/低费方案", "中/高费方案", "合计", "方案数");
        assertThat(acceptance.getElementById("acc-before-after")).isNotNull();
        // every enterprise of the roster has its evidence rows, and the example lacks none
        List<List<String>> evidence = RenderedTables.cells(acceptance.getElementById("acc-evidence-table"));
        assertThat(evidence.stream().skip(1).map(row -> row.get(0)).distinct()).hasSize(30);
        assertThat(acceptance.getElementById("acc-evidence-table").select(".audit-open")).isEmpty();
    }

    @Test
    void theAcceptancesCountsAreThoseOfTheReportsOptionCheck() {
        // 核对结果 is the last column of round-options; an option with one 未核实 item is not verified
        // (the example has no item the rounds cannot measure, which would count apart)
        List<List<String>> checks = RenderedTables.cells(PublishedExample.html().getElementById("tbl-round-options"));
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (List<String> row : checks.subList(1, checks.size())) {
            assertThat(row.get(row.size() - 1)).satisfiesAnyOf(
                    r -> assertThat(r).startsWith("已核实"), r -> assertThat(r).startsWith("未核实"));
            verdicts.merge(row.get(0), row.get(row.size() - 1).startsWith("已核实"), Boolean::logicalAnd);
        }
        long verified = verdicts.values().stream().filter(v -> v).count();
        String text = acceptance.getElementById("acc-summary").parent().text();
        assertThat(text).contains("两轮数据核对的已实施方案 " + verdicts.size() + " 项中，效果经实测核实的 " + verified
                + " 项、未核实的 " + (verdicts.size() - verified) + " 项");
    }
}
