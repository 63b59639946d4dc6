package io.github.cpaudit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.testing.RenderedTables;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export's figures are the report's: worksheets 3-1, 2-10 and 2-18 rendered from the worked
 * example print the same numbers, cell for cell, as the 效益汇总, 企业 and 方案 tables hold.
 */
class AssessmentMatchesReportTest {

    private static RenderedTables rendered;
    private static Document html;
    private static List<ExportTable> tables;

    @BeforeAll
    static void render() {
        rendered = new RenderedTables(RenderedTables.EXAMPLE);
        html = rendered.html("= 报告\n:doctype: book\n\n== 表\n\nworksheet::3-1[]\n\nworksheet::2-10[]\n\nworksheet::2-18[]\n");
        tables = AssessmentTables.of(ProjectView.load(RenderedTables.EXAMPLE));
    }

    @AfterAll
    static void close() {
        rendered.close();
    }

    @Test
    void theBenefitSummaryIsWorksheet31() {
        List<List<String>> report = RenderedTables.cells(RenderedTables.worksheet(html, "3-1"));
        List<List<String>> printed = report.subList(1, report.size()).stream()
                .map(row -> row.stream().map(cell -> cell.equals("—") ? "" : cell).toList()).toList();
        assertThat(shown(ExportSheet.BENEFITS)).isEqualTo(printed);
    }

    @Test
    void theLevelsAndScoresAreWorksheet210s() {
        Element sheet = RenderedTables.worksheet(html, "2-10");
        List<List<String>> enterprises = shown(ExportSheet.ENTERPRISES);
        assertThat(enterprises).hasSize(30);
        for (List<String> enterprise : enterprises) {
            List<String> report = RenderedTables.row(sheet, enterprise.get(1));
            assertThat(List.of(enterprise.get(7), enterprise.get(8), enterprise.get(9), enterprise.get(6)))
                    .as(enterprise.get(0)).isEqualTo(List.of(report.get(1), report.get(2), report.get(3), report.get(5)));
        }
    }

    @Test
    void theEconomicsAreWorksheet218s() {
        Element sheet = RenderedTables.worksheet(html, "2-18");
        int compared = 0;
        for (List<String> option : shown(ExportSheet.OPTIONS)) {
            if (option.get(5).equals("无/低费")) {
                continue;
            }
            List<String> report = RenderedTables.row(sheet, option.get(0) + " " + option.get(1) + "（" + option.get(5) + "）");
            // 2-18 prints I net of the subsidy: 投资 − 补贴
            assertThat(new BigDecimal(report.get(3))).isEqualByComparingTo(new BigDecimal(option.get(8))
                    .subtract(new BigDecimal(option.get(9))));
            assertThat(List.of(option.get(17), option.get(14), option.get(15), option.get(16))).as(option.get(0))
                    .isEqualTo(report.subList(5, 9));
            assertThat(report.get(9)).startsWith(option.get(18));
            compared++;
        }
        assertThat(compared).isEqualTo(11); // F03–F12 (ten) and F14: the 中费 and 高费 options
    }

    private static List<List<String>> shown(ExportSheet sheet) {
        return tables.stream().filter(table -> table.sheet() == sheet).findFirst().orElseThrow().rows().stream()
                .map(row -> row.stream().map(Cell::shown).toList()).toList();
    }
}
