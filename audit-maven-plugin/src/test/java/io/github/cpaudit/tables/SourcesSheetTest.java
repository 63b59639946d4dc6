package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.log.LogRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 数据来源与计算说明 ({@code audit-table::sources[]}) over the engine's test project, whose raw coal
 * coefficient is set in audit.yaml with a basis that looks like AsciiDoc and HTML: one row per
 * worksheet with data, its files and row counts as counted here, its formulas, and its coefficients
 * with their origins, printed literally.
 */
class SourcesSheetTest {

    private static final String BASIS = "项目测定 A|B *粗体* {attr} include::/etc/passwd[] <script>alert(1)</script>";

    @TempDir
    static Path tmp;
    private static Path project;
    private static RenderedTables tables;
    private static Document html;
    private static List<LogRecord> log;
    private static Document placed;

    @BeforeAll
    static void render() {
        project = ProjectCopy.engineProjectWithCoalBasis(tmp.resolve("project"), BASIS);
        tables = new RenderedTables(project);
        html = tables.html("= 报告\n:doctype: book\n\n[appendix]\n== 审核工作表\n\n=== 数据来源与计算说明\n\n"
                + "audit-table::sources[]\n\n=== 只列两张\n\naudit-table::sources[tables=2-4、2-5]\n\n"
                + "=== 写错\n\naudit-table::sources[tables=2-4、9-9]\n");
        log = List.copyOf(tables.log());
        // a document that places worksheets: a computed one, a blank form (no data, no sources) and 3-2
        placed = tables.html("= 报告\n:doctype: book\n\n== 能源\n\nworksheet::2-4[]\n\nworksheet::2-8[form=blank]\n\n"
                + "[appendix]\n== 一企一策\n\naudit-enterprises::[enterprise=E01]\n\n"
                + "[appendix]\n== 审核工作表\n\naudit-table::sources[]\n\naudit-table::sources[tables=2-5]\n");
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    private static long dataRows(String file) throws IOException {
        return Files.readAllLines(project.resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank()).count();
    }

    private static List<String> row(Element table, String sheet) {
        return RenderedTables.cells(table).stream().filter(cells -> cells.get(0).equals(sheet)).findFirst().orElseThrow();
    }

    @Test
    void eachWorksheetNamesItsFilesWithTheirRowCountsItsFormulaAndItsCoefficients() throws IOException {
        Element table = html.select("table").first();
        assertThat(table.selectFirst("caption").text()).endsWith("数据来源与计算说明");
        List<String> energy = row(table, "工作表2-4 能源消耗及折标");
        assertThat(energy.get(1)).isEqualTo("data/energy.csv（" + dataRows("data/energy.csv") + " 行） data/production.csv（"
                + dataRows("data/production.csv") + " 行）");
        assertThat(energy.get(2)).contains("折标准煤（tce）= 实物量", "单位产品综合能耗 = 综合能耗（kgce）÷ 产品产量");
        assertThat(energy.get(3)).contains("电力折标系数 0.1229 kgce/kWh（GB/T 2589 参考折标系数（当量值））",
                "天然气折标系数 1.3300 kgce/m³（GB/T 2589 参考折标系数）", "原煤折标系数 0.7143 kgce/kg（" + BASIS + "）");
        // one coefficient a line
        assertThat(table.select("tr").stream().filter(tr -> tr.text().startsWith("工作表2-4")).findFirst().orElseThrow()
                .select("td").get(3).select("br")).hasSize(2);
        List<String> carbon = row(table, "工作表2-8 温室气体排放核算");
        assertThat(carbon.get(3)).contains("电网排放因子 0.5306 tCO2/MWh（生态环境部、国家统计局公布的电力二氧化碳排放因子（2023 全国））",
                "原煤二氧化碳排放因子 1.9003 tCO2/t（企业温室气体排放核算指南缺省值）");
        List<String> water = row(table, "工作表2-5 水资源消耗");
        assertThat(water.get(2)).isEqualTo("重复利用率（%）= 重复用水量 ÷（重复用水量 + 新鲜水量）× 100%");
        assertThat(water.get(3)).isEqualTo("—");
        // a worksheet whose data the project lacks (activities) has no row
        assertThat(RenderedTables.cells(table)).extracting(cells -> cells.get(0)).doesNotContain("工作表1-5 宣传培训与现场调研记录");
    }

    @Test
    void dataInTheOriginsPrintsAsTextAndRunsNothing() {
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("table strong")).isEmpty();
        assertThat(html.text()).contains(BASIS);
    }

    @Test
    void tablesKeepsTheWorksheetsNamedAndAnUnknownOneIsADocumentError() {
        Element two = html.select("table").get(1);
        assertThat(RenderedTables.cells(two)).extracting(cells -> cells.get(0))
                .containsExactly("工作表", "工作表2-4 能源消耗及折标", "工作表2-5 水资源消耗");
        assertThat(html.select("table")).hasSize(2);
        assertThat(log).extracting(LogRecord::getMessage)
                .anyMatch(message -> message.startsWith("tables= 中有不是计算工作表的编号（unknown worksheet）：9-9"));
    }

    @Test
    void inADocumentTheSourcesAreThoseOfTheWorksheetsItPlaced() {
        Element sources = placed.select("table").stream()
                .filter(table -> table.selectFirst("caption").text().endsWith("数据来源与计算说明")).findFirst().orElseThrow();
        assertThat(RenderedTables.cells(sources)).extracting(cells -> cells.get(0))
                .containsExactly("工作表", "工作表2-4 能源消耗及折标"); // not the blank 2-8; 3-2 reads every table, no row
        // tables= still names others
        Element named = placed.select("table").last();
        assertThat(RenderedTables.cells(named)).extracting(cells -> cells.get(0)).containsExactly("工作表", "工作表2-5 水资源消耗");
    }

    @Test
    void outsideADocumentEveryWorksheetWithDataIsListed() {
        TableRows rows = SourcesSheet.rows(io.github.cpaudit.engine.ProjectView.load(project),
                io.github.cpaudit.catalog.TableOptions.none());
        assertThat(rows.rows()).extracting(row -> row.plain("sheet")).contains("工作表2-4 能源消耗及折标", "工作表2-5 水资源消耗",
                "工作表2-8 温室气体排放核算", "工作表2-10 清洁生产水平评价").hasSizeGreaterThan(3);
    }
}
