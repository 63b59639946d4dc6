package io.github.cpaudit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.PoiLogging;
import io.github.cpaudit.testing.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@code audit:forms} in a real Maven build ({@code src/it/forms-goal}, 3 blank rows, with the
 * whole-roster workbook): one workbook per enterprise, file names safe, the log line, and the
 * consultant's own file in the output folder kept; then {@code audit:collect} in the same build
 * reads the forms back as they were sent and applies what they deliver.
 */
class FormsGoalIT {

    private static final String PROJECT = "forms-goal";

    @Test
    void writesOneWorkbookPerEnterpriseAndKeepsOtherFiles() throws IOException {
        Path project = InvokerProjects.project(PROJECT);
        BuildLog log = BuildLog.of(project);
        assertThat(log.text()).contains("BUILD SUCCESS", "已生成资料收集表（forms）：3 个工作簿，2 家企业（含全部企业汇总表）");
        Path forms = project.resolve("forms");
        try (Stream<Path> files = Files.list(forms)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "E01-甲电镀有限公司.xlsx", "E02-乙_丙电镀有限公司.xlsx", "全部企业.xlsx", "回执.txt");
        }
        assertThat(forms.resolve("回执.txt")).hasSameTextualContentAs(InvokerProjects.source(PROJECT).resolve("forms/回执.txt"));
        PoiLogging.quiet();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(forms.resolve("E01-甲电镀有限公司.xlsx")))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("填表说明");
            assertThat(book.getSheet("_cpaudit").getRow(0).getCell(1).getStringCellValue()).isEqualTo("E01");
            // the known row, then 3 blank rows with the id
            assertThat(book.getSheet("水资源消耗").getLastRowNum()).isEqualTo(4 + 1 + 3 - 1);
        }
    }

    @Test
    void collectingTheFormsAsSentChangesNoDataAndRecordsTheDeliveredItems() throws IOException {
        Path project = InvokerProjects.project(PROJECT);
        BuildLog log = BuildLog.of(project);
        assertThat(log.at("INFO")).contains(
                "从 forms/ 读取 3 个工作簿（2 家企业的采集表）：",
                "  企业名录（data/roster.csv）：新增 0 行，补充空白 0 行，与已有数据不同 0 处，相同 2 行",
                "  水资源消耗（data/water.csv）：新增 0 行，补充空白 0 行，与已有数据不同 0 处，相同 1 行",
                "  资料收集情况（data/checklist_status.csv）：新增 4 行，补充空白 0 行，与已有数据不同 0 处，相同 0 行",
                "已写入 1 个文件：data/checklist_status.csv");
        assertThat(log.at("ERROR")).isEmpty();
        // B1.1 (roster) for both, B1.3 (强制审核原因, roster) only for the 强制 E01, B5.1 (water) only where water rows came
        assertThat(project.resolve("data/checklist_status.csv")).content(java.nio.charset.StandardCharsets.UTF_8).isEqualTo(
                "\uFEFF企业编号,资料项,提供情况,提供日期,说明\nE01,B1.1,已提供,,\nE01,B1.3,已提供,,\nE01,B5.1,已提供,,\nE02,B1.1,已提供,,\n");
        for (String table : java.util.List.of("roster.csv", "water.csv")) {
            assertThat(project.resolve("data/" + table)).hasSameBinaryContentAs(InvokerProjects.source(PROJECT).resolve("data/" + table));
        }
    }
}
