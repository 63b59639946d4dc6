package io.github.cpaudit.tables;

import static io.github.cpaudit.tables.SheetTestSupport.dec;
import static io.github.cpaudit.tables.SheetTestSupport.fixed;
import static io.github.cpaudit.tables.SheetTestSupport.plain;
import static io.github.cpaudit.tables.SheetTestSupport.significant;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worksheets 2-7 to 2-9 rendered from the worked example: golden tables, cells recomputed from the
 * raw CSV by the formulas of formulas.md (not the engine's code), concentrations above their limits,
 * and the notice of missing data.
 */
class PollutionSheetsTest {

    private static final SheetTestSupport DATA = new SheetTestSupport(RenderedTables.EXAMPLE);
    /** The national grid factor of 2023, the newest published, for the example's baseline year 2025. */
    private static final BigDecimal GRID = new BigDecimal("0.5306");
    private static final BigDecimal HEAT = new BigDecimal("0.11");

    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(RenderedTables.EXAMPLE);
        html = tables.html(SheetTestSupport.inChapter("诊断审核", "2-7", "2-8", "2-9"));
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-7", "2-8", "2-9"})
    void matchesGolden(String number) {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, number)), "worksheet-" + number + ".txt");
    }

    @Test
    void renderingLogsNothing() {
        assertThat(tables.log()).isEmpty();
    }

    @Test
    void emissionsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-7");
        String name = DATA.name("E01");
        Map<String, String> cod = emission("E01", "COD");
        assertThat(RenderedTables.row(table, name, "废水", "COD")).containsExactly(name, "废水", "COD",
                cod.get("产生量") + " t", cod.get("排放量") + " t", cod.get("排放浓度") + " mg/L",
                "80 mg/L", permit("E01", "COD").get("许可排放量") + " t", "达标");
        List<String> noise = RenderedTables.row(table, name, "噪声");
        assertThat(noise.subList(5, 7)).containsExactly(
                "昼 " + noiseRow("E01", "昼间").get("排放浓度") + "；夜 " + noiseRow("E01", "夜间").get("排放浓度") + " dB(A)",
                "昼 " + noiseRow("E01", "昼间").get("标准限值") + "；夜 " + noiseRow("E01", "夜间").get("标准限值") + " dB(A)");
    }

    /** Every permitted pollutant by hand: Σ discharged against the permit, 超许可 with excess and share. */
    @Test
    void permitVerdictsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-7");
        int exceeded = 0;
        for (Map<String, String> permit : DATA.csv("permits")) {
            String enterprise = permit.get("企业编号");
            String pollutant = permit.get("污染物");
            BigDecimal permitted = dec(permit.get("许可排放量"));
            String unit = permit.get("单位").replace("/a", "");
            BigDecimal discharged = BigDecimal.ZERO;
            for (Map<String, String> row : DATA.csv("emissions")) {
                if (row.get("企业编号").equals(enterprise) && row.get("污染物").equals(pollutant)
                        && row.get("年份").equals("2025")) {
                    discharged = discharged.add(inUnit(dec(row.get("排放量")), row.get("单位"), unit));
                }
            }
            BigDecimal excess = discharged.subtract(permitted);
            List<String> row = RenderedTables.row(table, DATA.name(enterprise), category(enterprise, pollutant), pollutant);
            assertThat(row.get(7)).isEqualTo(plain(permitted) + " " + unit);
            if (excess.signum() > 0) {
                exceeded++;
                assertThat(row.get(8)).isEqualTo("超许可（超出 " + plain(excess) + " " + unit + "，"
                        + fixed(excess.multiply(BigDecimal.valueOf(100)).divide(permitted, MathContext.DECIMAL128), 1)
                        + "%）");
            } else {
                assertThat(row.get(8)).isEqualTo("达标");
            }
        }
        assertThat(exceeded).isPositive();
        assertThat(table.select("td strong")).hasSize(exceeded);
    }

    private static BigDecimal inUnit(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return value;
        }
        return from.equals("t") && to.equals("kg") ? value.movePointRight(3) : value.movePointLeft(3);
    }

    private static String category(String enterprise, String pollutant) {
        return emission(enterprise, pollutant).get("类别");
    }

    private static Map<String, String> emission(String enterprise, String pollutant) {
        return DATA.csv("emissions").stream().filter(r -> r.get("企业编号").equals(enterprise)
                && r.get("污染物").equals(pollutant)).findFirst().orElseThrow();
    }

    private static Map<String, String> noiseRow(String enterprise, String period) {
        return DATA.csv("emissions").stream().filter(r -> r.get("企业编号").equals(enterprise)
                && r.get("类别").equals("噪声") && r.get("时段").equals(period)).findFirst().orElseThrow();
    }

    private static Map<String, String> permit(String enterprise, String pollutant) {
        return DATA.csv("permits").stream().filter(r -> r.get("企业编号").equals(enterprise)
                && r.get("污染物").equals(pollutant)).findFirst().orElseThrow();
    }

    @Test
    void carbonRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-8");
        // fuel: natural gas of the example's NCV, NCV[GJ/10⁴m³] × 15.3 tC/TJ × 99 % × 44/12 (formulas.md §2)
        BigDecimal gasFactor = new BigDecimal("355.88").multiply(new BigDecimal("15.3")).multiply(new BigDecimal("0.99"))
                .multiply(new BigDecimal("44")).divide(new BigDecimal("12000"), MathContext.DECIMAL128);
        BigDecimal fuel = DATA.energy("E01", "天然气").multiply(gasFactor);
        BigDecimal electricity = DATA.energy("E01", "电力").movePointRight(1).multiply(GRID); // 万kWh → MWh
        BigDecimal total = fuel.add(electricity);
        String name = DATA.name("E01");
        assertThat(RenderedTables.row(table, name)).containsExactly(name, fixed(fuel, 1), fixed(electricity, 1),
                "0.0", "—", fixed(total, 1), significant(total.divide(DATA.baselineOutput("E01"),
                        MathContext.DECIMAL128), 4));
        BigDecimal steam = DATA.energy("E02", "蒸汽").multiply(HEAT);
        assertThat(RenderedTables.row(table, DATA.name("E02")).get(3)).isEqualTo(fixed(steam, 1));
        BigDecimal allElectricity = DATA.sum("energy", "实物量", r -> r.get("能源品种").equals("电力")
                && r.get("年份").equals("2025")).movePointRight(1).multiply(GRID);
        List<String> totals = RenderedTables.row(table, "合计");
        assertThat(totals.get(2)).isEqualTo(fixed(allElectricity, 1));
        assertThat(totals.get(4)).isEqualTo("—");
        assertThat(table.nextElementSibling().text()).startsWith("注：").contains("0.5306 tCO2/MWh");
    }

    @Test
    void managementRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-9");
        Map<String, String> m = DATA.csv("management").stream().filter(r -> r.get("企业编号").equals("E03"))
                .findFirst().orElseThrow();
        Map<String, String> permit = permit("E03", "COD");
        String name = DATA.name("E03");
        assertThat(RenderedTables.row(table, name)).containsExactly(name,
                m.get("环评批复") + "；" + m.get("竣工验收"),
                permit.get("管理类别") + "；" + (permit.get("执行报告").equals("是") ? "已提交执行报告" : "执行报告未全部提交"),
                m.get("自行监测") + "；" + m.get("在线监测"), m.get("危废规范化管理"), m.get("重污染天气绩效分级"),
                m.get("管理体系认证"), m.get("以往审核"));
        assertThat(RenderedTables.cells(table)).hasSize(DATA.csv("management").size() + 1);
    }

    /** A concentration above its limit is 超标 (with its outlet, or 夜 for noise), together with 超许可. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Exceedances {

        private RenderedTables rendered;
        private Element table;

        @BeforeAll
        void render(@TempDir Path project) throws IOException {
            SheetTestSupport.copyExampleWithout(project);
            Path emissions = project.resolve("data/emissions.csv");
            List<String> lines = new ArrayList<>(Files.readAllLines(emissions, StandardCharsets.UTF_8));
            lines.replaceAll(line -> line.startsWith("E02,2025,噪声,厂界噪声,厂界（夜间）,,,,50,")
                    ? line.replace(",,,,50,", ",,,,58,") : line);
            Files.write(emissions, lines, StandardCharsets.UTF_8);
            Files.writeString(emissions, "E01,2025,废水,总镍,DW009,0.1,0.003,t,0.8,mg/L,,,,\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            rendered = new RenderedTables(project);
            table = RenderedTables.worksheet(rendered.html("worksheet::2-7[]\n"), "2-7");
        }

        @AfterAll
        void close() {
            rendered.close();
        }

        @Test
        void concentrationAboveLimit() {
            Map<String, String> nickel = emission("E01", "总镍");
            BigDecimal discharged = dec(nickel.get("排放量")).add(new BigDecimal("0.003")).movePointRight(3);
            BigDecimal permitted = dec(permit("E01", "总镍").get("许可排放量"));
            BigDecimal excess = discharged.subtract(permitted);
            assertThat(RenderedTables.row(table, DATA.name("E01"), "废水", "总镍").subList(5, 9)).containsExactly(
                    nickel.get("排放口") + " " + nickel.get("排放浓度") + "；DW009 0.8 mg/L", "0.5 mg/L",
                    plain(permitted) + " kg",
                    "超标（DW009）；超许可（超出 " + plain(excess) + " kg，" + fixed(excess.multiply(BigDecimal.valueOf(100))
                            .divide(permitted, MathContext.DECIMAL128), 1) + "%）");
        }

        @Test
        void noiseAboveLimitAtNight() {
            assertThat(RenderedTables.row(table, DATA.name("E02"), "噪声").subList(5, 9)).containsExactly(
                    "昼 62；夜 58 dB(A)", "昼 65；夜 55 dB(A)", "—", "超标（夜）");
        }
    }

    /** Every worksheet of the group over a project without its data: the notice row and a warning. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MissingData {

        private RenderedTables empty;
        private Document emptyHtml;

        @BeforeAll
        void render(@TempDir Path project) {
            SheetTestSupport.copyExampleWithout(project, "emissions", "permits", "energy", "management");
            empty = new RenderedTables(project);
            emptyHtml = empty.html("worksheet::2-7[]\n\nworksheet::2-8[]\n\nworksheet::2-9[]\n");
        }

        @AfterAll
        void close() {
            empty.close();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2-7 污染物排放（emissions）、排污许可（permits）", "2-8 能源消耗（energy）",
                "2-9 环境管理（management）"})
        void noticeAndWarning(String numberAndTable) {
            String[] parts = numberAndTable.split(" ");
            SheetTestSupport.assertMissing(empty, emptyHtml, parts[0], parts[1]);
        }
    }
}
