package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An enterprise without energy rows: its energy figures are open items (never 0.0 tce, 0.0 tCO2 or
 * 0 kgce/m²), a warning names it and the table, and every total over it says it is incomplete.
 * Two enterprises; only E01 reports energy: 100 万kWh of electricity.
 */
class MissingEnergyTest {

    /** 100 万kWh = 1,000,000 kWh × 0.1229 kgce/kWh = 122,900 kgce. */
    private static final String TCE = "122.9";
    /** 1,000 MWh × 0.5306 tCO2/MWh (national grid, data year 2023, the newest not after 2025). */
    private static final String CO2 = "530.6";
    private static final String OPEN = "【待补充】未报送能源消耗数据（energy）";

    @TempDir
    static Path project;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() throws IOException {
        Path data = Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("audit.yaml"), """
                industry: {name: 电镀, code: C3360}
                region: 合成市
                baseline_year: 2025
                organizer: 合成市生态环境局
                consultant: 合成清洁生产技术服务有限公司
                """, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("roster.csv"), "企业编号,企业名称,行业代码,所在区县,规模,审核类型\n"
                + "E01,甲电镀有限公司,C3360,临港区,小型,强制\nE02,乙电镀有限公司,C3360,临港区,小型,强制\n",
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("energy.csv"), "企业编号,年份,能源品种,实物量,单位\nE01,2025,电力,100,万kWh\n",
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("production.csv"), "企业编号,年份,产品,单位,设计产能,产量\n"
                + "E01,2025,镀锌件,万m²,20,10\nE02,2025,镀锌件,万m²,20,10\n", StandardCharsets.UTF_8);
        tables = new RenderedTables(project);
        html = tables.html("= 报告\n:doctype: book\n\n== 能源\n\nworksheet::2-4[]\n\nworksheet::2-8[]\n\n"
                + "audit-table::carbon[]\n\n能耗合计 audit:value[energy.total.tce] tce，"
                + "排放合计 audit:value[co2.total.t] tCO2。\n\n[appendix]\n== 一企一策\n\n"
                + "audit-enterprises::[enterprise=E02]\n");
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void worksheet24ShowsTheEnterpriseAsAnOpenItemAndMarksItsTotal() {
        Element table = RenderedTables.worksheet(html, "2-4");
        List<String> e02 = RenderedTables.row(table, "乙电镀有限公司");
        assertThat(e02.get(5)).isEqualTo(OPEN);
        assertThat(table.select("td .audit-open").eachText()).containsExactly(OPEN);
        assertThat(RenderedTables.row(table, "甲电镀有限公司", "小计").get(5)).isEqualTo(TCE);
        assertThat(RenderedTables.row(table, "合计（不完整，1 行缺数据）").get(5)).isEqualTo(TCE);
    }

    @Test
    void worksheet28ShowsTheEnterpriseAsAnOpenItemAndMarksItsTotal() {
        Element table = RenderedTables.worksheet(html, "2-8");
        assertThat(RenderedTables.row(table, "乙电镀有限公司").get(5)).isEqualTo(OPEN);
        assertThat(RenderedTables.row(table, "甲电镀有限公司").get(5)).isEqualTo(CO2);
        assertThat(RenderedTables.row(table, "合计（不完整，1 行缺数据）").get(5)).isEqualTo(CO2);
    }

    @Test
    void theCarbonTablePrintsNoZeros() {
        Element table = html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption").text().contains("企业能源消耗与二氧化碳排放")).findFirst().orElseThrow();
        assertThat(RenderedTables.row(table, "乙电镀有限公司").subList(1, 4)).containsExactly(OPEN, OPEN, OPEN);
        assertThat(RenderedTables.row(table, "合计（不完整，1 行缺数据）").subList(1, 3)).containsExactly(TCE, CO2);
    }

    @Test
    void theIndustryTotalsInTheTextAreMarkedIncomplete() {
        Element paragraph = html.select("div.paragraph").stream().filter(p -> p.text().startsWith("能耗合计"))
                .findFirst().orElseThrow();
        assertThat(paragraph.select(".audit-open").eachText()).containsExactly(TCE + "（不完整）", CO2 + "（不完整）");
    }

    @Test
    void theDiagnosisSheetShowsTheMissingEnergyAsAnOpenItem() {
        Element sheet = html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption").text().contains("3-2")).findFirst().orElseThrow();
        assertThat(sheet.select("td .audit-open").eachText()).contains(OPEN);
    }

    @Test
    void eachTableWarnsNamingTheEnterprise() {
        for (String table : List.of("worksheet::2-4[]", "worksheet::2-8[]", "audit-table::carbon[]")) {
            assertThat(tables.log()).as(table).anySatisfy(record -> {
                assertThat(record.getSeverity()).isEqualTo(Severity.WARN);
                assertThat(record.getMessage()).contains("E02 乙电镀有限公司", "未报送能源消耗数据", table);
            });
        }
        assertThat(tables.log()).anySatisfy(record -> assertThat(record.getMessage())
                .contains("audit:value[energy.total.tce]", "E02 乙电镀有限公司"));
    }
}
