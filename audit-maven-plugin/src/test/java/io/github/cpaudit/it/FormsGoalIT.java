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
 * consultant's own file in the output folder kept.
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
}
