package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.explain.FigureExplainer;
import io.github.cpaudit.testing.ListedRows;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asciidoctor.log.LogRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two tables of the acceptance package — 清洁生产审核绩效表 ({@code performance}) and
 * 中/高费方案实施前后对比 ({@code acceptance-options}) — rendered through the real extensions from
 * the worked example and from a copy of the two-round test project whose F2 is a 中费 option; every
 * figure is recomputed here from the CSV rows.
 */
class AcceptanceTablesTest {

    private static final Path DATA = RenderedTables.EXAMPLE.resolve("data");
    private static final Path ROUNDS = Path.of("src/test/resources/rounds-project").toAbsolutePath();
    private static final String SOURCE = """
            = 验收
            :doctype: book

            == 绩效

            .绩效
            audit-table::performance[]

            .中高费
            audit-table::acceptance-options[]

            worksheet::3-1[]
            """;
    private static final MathContext MC = MathContext.DECIMAL128;
    /** GB/T 2589 当量值 of electricity, kgce/kWh. */
    private static final BigDecimal ELECTRICITY_KGCE = new BigDecimal("0.1229");
    /** The national grid factor for 2023, the newest not after the example's baseline 2025, tCO2/MWh. */
    private static final BigDecimal GRID = new BigDecimal("0.5306");

    private static RenderedTables tables;
    private static Document html;
    private static List<LogRecord> log;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(RenderedTables.EXAMPLE);
        html = tables.html(SOURCE);
        log = tables.log();
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void performanceSumsTheImplementedOptionsCountedEffectsByCostClass() {
        assertThat(log).isEmpty();
        Element table = RenderedTables.titled(html, "绩效");
        assertThat(RenderedTables.cells(table).get(0)).containsExactly("项目", "单位", "无/低费方案", "中/高费方案", "合计",
                "方案数");
        Counted counted = Counted.of(DATA, OptionSheetsTest.LOW_MAX);

        assertThat(counted.implemented).containsExactly("F01", "F02", "F13", "F14", "F15");
        BigDecimal[] water = counted.sum("新鲜水");
        assertThat(water[2]).isEqualByComparingTo("72000"); // F02's verified 72000 replaces its expected 81000
        assertThat(RenderedTables.row(table, "节水量")).containsExactly("节水量", "m³/a", plain(water[0]),
                plain(water[1]), plain(water[2]), String.valueOf(counted.count("新鲜水")));
        // 总镍: F01 (无/低费, verified 0.0026) and F14 (中费, verified 0.0034)
        BigDecimal[] nickel = counted.sum("总镍");
        assertThat(nickel[1]).isEqualByComparingTo("0.0034");
        assertThat(RenderedTables.row(table, "总镍削减量")).containsExactly("总镍削减量", "t/a", plain(nickel[0]),
                plain(nickel[1]), plain(nickel[2]), "2");

        // electricity saved (万kWh) × 10⁴ × 0.1229 kgce ÷ 1000, and × 0.5306 tCO2/MWh
        BigDecimal[] power = counted.sum("电力");
        List<String> energy = RenderedTables.row(table, "节能量");
        List<String> carbon = RenderedTables.row(table, "减碳量");
        for (int column = 0; column < 3; column++) {
            BigDecimal kwh = power[column].multiply(new BigDecimal(10_000));
            assertThat(energy.get(2 + column)).isEqualTo(tenth(kwh.multiply(ELECTRICITY_KGCE).divide(new BigDecimal(1000))));
            assertThat(carbon.get(2 + column)).isEqualTo(tenth(kwh.divide(new BigDecimal(1000)).multiply(GRID)));
        }
        assertThat(energy.get(5)).isEqualTo("2"); // F02 and F15
        // the 合计 is what worksheet 3-1 shows as 其中已实施
        Element benefits = RenderedTables.worksheet(html, "3-1");
        assertThat(energy.get(4)).isEqualTo(last(RenderedTables.row(benefits, "能源")));
        assertThat(water[2].toPlainString()).isEqualTo(last(RenderedTables.row(benefits, "新鲜水")));

        BigDecimal[] investment = counted.option("投资（万元）");
        BigDecimal[] saving = counted.option("年节省（万元）");
        assertThat(RenderedTables.row(table, "投资")).containsExactly("投资", "万元", money(investment[0]),
                money(investment[1]), money(investment[2]), "5");
        assertThat(RenderedTables.row(table, "年经济效益")).containsExactly("年经济效益", "万元/a", money(saving[0]),
                money(saving[1]), money(saving[2]), "5");
        assertThat(investment[1]).isEqualByComparingTo("28"); // F14, the only implemented 中/高费 option
    }

    @Test
    void performanceCellsExplainTheirSumsByTheRowsCounted() {
        Element table = RenderedTables.titled(html, "绩效");
        Element water = table.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals("节水量"))
                .findFirst().orElseThrow();
        // 无/低费 | 中/高费 | 合计 hover their 计算说明
        assertThat(List.of(2, 3, 4)).allSatisfy(i -> assertThat(water.child(i).select(".audit-trace")).hasSize(1));

        FigureExplainer explainer = new FigureExplainer(ProjectView.load(RenderedTables.EXAMPLE));
        List<String> lines = explainer.cell("performance:节水量:合计");
        // option_effects.csv: 方案编号,项目,削减量,单位,核定 — only F02's verified row is counted
        List<String[]> rows = ListedRows.of(RenderedTables.EXAMPLE, lines);
        assertThat(rows).extracting(row -> String.join(",", List.of(row).subList(0, 5)))
                .containsExactly("F02,新鲜水,72000,m³/a,是");
        assertThat(lines.get(1)).startsWith("节水量 合计 = 72000 m³/a");

        List<String[]> investments = ListedRows.of(RenderedTables.EXAMPLE, explainer.cell("performance:投资:中/高费方案"));
        assertThat(investments).extracting(row -> row[0] + " " + row[6]).containsExactly("F14 28");
    }

    @Test
    void theExamplesImplementedMediumCostOptionIsComparedAcrossTheRounds() {
        Element table = RenderedTables.titled(html, "中高费");
        assertThat(RenderedTables.cells(table).get(0)).containsExactly("方案编号", "方案名称", "实施企业", "投资（万元）", "项目",
                "申报（核定）削减量", "实施前", "实施后", "实测削减量", "合并核对", "核对结果");
        // F14 (E27, 中费) claims 总镍 only; F01 (全体) claims it too, so the check covers every enterprise
        List<List<String>> body = RenderedTables.cells(table).subList(1, RenderedTables.cells(table).size());
        assertThat(body).extracting(row -> row.get(0) + " " + row.get(4)).containsExactly("F14 总镍（t）");
        List<String> row = body.get(0);
        BigDecimal[] nickel = {BigDecimal.ZERO, BigDecimal.ZERO};
        Set<String> both = enterprisesInBothYears(RawCsv.read(DATA.resolve("emissions.csv")), "总镍");
        for (Map<String, String> emission : RawCsv.read(DATA.resolve("emissions.csv"))) {
            if (emission.get("污染物").equals("总镍") && both.contains(emission.get("企业编号"))) {
                int round = emission.get("年份").equals("2025") ? 0 : 1;
                nickel[round] = nickel[round].add(new BigDecimal(emission.get("排放量")));
            }
        }
        String e27 = RawCsv.read(DATA.resolve("roster.csv")).stream().filter(r -> r.get("企业编号").equals("E27"))
                .map(r -> r.get("企业名称")).findFirst().orElseThrow();
        assertThat(row.subList(2, 8)).containsExactly(e27, "28.00", "总镍（t）", "0.0034", plain(nickel[0]), plain(nickel[1]));
        assertThat(row.get(9)).isEqualTo("与 F01 合计 0.006");
    }

    @Test
    void aMediumCostOptionOfTheRoundProjectShowsItsEnterprisesBeforeAndAfter(@TempDir Path dir) {
        Path project = mediumCostF2(dir);
        Document page = tables.html(SOURCE, project);
        Element table = RenderedTables.titled(page, "中高费");
        List<List<String>> cells = RenderedTables.cells(table);
        // F2 (全体) claims COD and 新鲜水 (pollutants first, as round-options checks them); with F1 (A1) on
        // both items the check covers A1 and A2
        assertThat(cells.subList(1, cells.size())).extracting(row -> row.get(4)).containsExactly("COD（t）", "新鲜水（m³）");

        Map<String, BigDecimal[]> water = byRound(RawCsv.read(project.resolve("data/water.csv")), "新鲜水量（m³）");
        Map<String, BigDecimal[]> output = byRound(RawCsv.read(project.resolve("data/production.csv")), "产量");
        BigDecimal before = water.get("A1")[0].add(water.get("A2")[0]);
        BigDecimal after = water.get("A1")[1].add(water.get("A2")[1]);
        BigDecimal measured = BigDecimal.ZERO;
        for (String id : List.of("A1", "A2")) {
            measured = measured.add(water.get(id)[0].multiply(output.get(id)[1]).divide(output.get(id)[0], MC)
                    .subtract(water.get(id)[1]));
        }
        assertThat(before).isEqualByComparingTo("16000");
        assertThat(measured).isEqualByComparingTo("4000"); // A1: 10000 × 12 ÷ 10 − 8000; A2: 6000 − 6000
        assertThat(RenderedTables.row(table, "F2", "员工节水减排培训", "全体", "1.00", "新鲜水（m³）")).containsExactly(
                "F2", "员工节水减排培训", "全体", "1.00", "新鲜水（m³）", "5000", plain(before), plain(after),
                plain(measured), "与 F1 合计 8000", "未核实");

        Map<String, BigDecimal[]> cod = byRound(RawCsv.read(project.resolve("data/emissions.csv")), "排放量");
        BigDecimal codBefore = cod.get("A1")[0].add(cod.get("A2")[0]);
        BigDecimal codAfter = cod.get("A1")[1].add(cod.get("A2")[1]);
        assertThat(RenderedTables.row(table, "F2", "员工节水减排培训", "全体", "1.00", "COD（t）").subList(6, 8))
                .containsExactly(plain(codBefore), plain(codAfter));
        // the 无/低费 F1 is not in this table, nor the planned F3
        assertThat(cells).noneMatch(row -> row.get(0).equals("F1") || row.get(0).equals("F3"));

        // 实施前 lists the water rows of A1 and A2 of the earlier round, and nothing else
        FigureExplainer explainer = new FigureExplainer(ProjectView.load(project));
        List<String> lines = explainer.cell("acceptance-options:F2:新鲜水实施前");
        assertThat(ListedRows.of(project, lines)).extracting(row -> row[0] + " " + row[1] + " " + row[2])
                .containsExactly("A1 2025 10000", "A2 2025 6000");
        assertThat(lines.get(1)).startsWith("F2 新鲜水 实施前 = 16000 m³");
        assertThat(ListedRows.of(project, explainer.cell("acceptance-options:F2:新鲜水实施后")))
                .extracting(row -> row[0] + " " + row[1]).containsExactly("A1 2026", "A2 2026");

        // the 绩效 table splits the two implemented options by class
        List<String> waterRow = RenderedTables.row(RenderedTables.titled(page, "绩效"), "节水量");
        assertThat(waterRow.subList(2, 6)).containsExactly("3000", "5000", "8000", "2");
        List<String> investment = RenderedTables.row(RenderedTables.titled(page, "绩效"), "投资");
        assertThat(investment.subList(2, 6)).containsExactly("4.00", "1.00", "5.00", "2");
    }

    @Test
    void withoutRoundsTheBeforeAndAfterColumnsAskForThem(@TempDir Path dir) {
        Path project = mediumCostF2(dir);
        ProjectCopy.replace(project.resolve("audit.yaml"), "rounds:\n  after: 2026\n  tolerance: 10\n", "");
        Element table = RenderedTables.titled(tables.html(SOURCE, project), "中高费");
        List<String> water = RenderedTables.row(table, "F2", "员工节水减排培训", "全体", "1.00", "新鲜水（m³）");
        assertThat(water.get(5)).isEqualTo("5000");
        assertThat(List.of(6, 7, 8, 10)).allSatisfy(i -> assertThat(water.get(i))
                .startsWith("【待补充】两轮审核数据（audit.yaml 中的 rounds"));
        assertThat(tables.log()).extracting(record -> record.getMessage())
                .anyMatch(message -> message.contains("两轮审核数据") && message.contains("acceptance-options"));
    }

    @Test
    void withoutAnImplementedOptionThePerformanceTableIsAnOpenItem(@TempDir Path dir) {
        Path project = ProjectCopy.of(ROUNDS, dir.resolve("p"));
        ProjectCopy.replace(project.resolve("data/options.csv"), ",已实施", ",计划");
        Element table = RenderedTables.titled(tables.html(SOURCE, project), "绩效");
        assertThat(table.text()).contains("【待补充】缺少数据：已实施的清洁生产方案");
        assertThat(tables.log()).extracting(record -> record.getMessage())
                .anyMatch(message -> message.contains("已实施的清洁生产方案") && message.contains("performance"));
    }

    /** The two-round project with F2 a 中费 option (which then needs its life for the economics). */
    private static Path mediumCostF2(Path dir) {
        Path project = ProjectCopy.of(ROUNDS, dir.resolve("p"));
        ProjectCopy.replace(project.resolve("data/options.csv"), "F2,员工节水减排培训,行业共性,全体,员工,无低费,1,2,,",
                "F2,员工节水减排培训,行业共性,全体,员工,中费,1,2,5,");
        return project;
    }

    /**
     * The implemented options of a project and the effect rows their figures count: an option's
     * verified rows of an item replace its expected rows of that item.
     */
    private record Counted(List<String> implemented, Map<String, Boolean> low, List<Map<String, String>> options,
            List<Map<String, String>> effects) {

        static Counted of(Path data, BigDecimal lowMax) {
            List<Map<String, String>> options = RawCsv.read(data.resolve("options.csv"));
            List<String> implemented = options.stream().filter(o -> o.get("实施状态").equals("已实施"))
                    .map(o -> o.get("方案编号")).toList();
            Map<String, Boolean> low = new HashMap<>();
            options.forEach(o -> low.put(o.get("方案编号"), new BigDecimal(o.get("投资（万元）")).compareTo(lowMax) <= 0));
            return new Counted(implemented, low, options, RawCsv.read(data.resolve("option_effects.csv")));
        }

        /** {无/低费, 中/高费, 合计} of an item's counted effects. */
        BigDecimal[] sum(String item) {
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Map<String, String> row : rows(item)) {
                BigDecimal amount = new BigDecimal(row.get("削减量"));
                sums[low.get(row.get("方案编号")) ? 0 : 1] = sums[low.get(row.get("方案编号")) ? 0 : 1].add(amount);
                sums[2] = sums[2].add(amount);
            }
            return sums;
        }

        long count(String item) {
            return rows(item).stream().map(row -> row.get("方案编号")).distinct().count();
        }

        private List<Map<String, String>> rows(String item) {
            return effects.stream().filter(row -> row.get("项目").equals(item) && implemented.contains(row.get("方案编号")))
                    .filter(row -> row.get("核定").equals("是") || effects.stream().noneMatch(other -> other.get("方案编号")
                            .equals(row.get("方案编号")) && other.get("项目").equals(item) && other.get("核定").equals("是")))
                    .toList();
        }

        /** {无/低费, 中/高费, 合计} of a money column of the implemented options' rows. */
        BigDecimal[] option(String column) {
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Map<String, String> option : options) {
                if (implemented.contains(option.get("方案编号")) && !option.get(column).isEmpty()) {
                    BigDecimal amount = new BigDecimal(option.get(column));
                    int index = low.get(option.get("方案编号")) ? 0 : 1;
                    sums[index] = sums[index].add(amount);
                    sums[2] = sums[2].add(amount);
                }
            }
            return sums;
        }
    }

    /** Each enterprise's {2025, 2026} sum of a column (one product, one pollutant per project here). */
    private static Map<String, BigDecimal[]> byRound(List<Map<String, String>> rows, String column) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (Map<String, String> row : rows) {
            BigDecimal[] both = sums.computeIfAbsent(row.get("企业编号"), k -> new BigDecimal[] {BigDecimal.ZERO,
                    BigDecimal.ZERO});
            int round = row.get("年份").equals("2025") ? 0 : 1;
            both[round] = both[round].add(new BigDecimal(row.get(column)));
        }
        return sums;
    }

    private static Set<String> enterprisesInBothYears(List<Map<String, String>> rows, String pollutant) {
        Set<String> before = new LinkedHashSet<>();
        Set<String> after = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            if (row.get("污染物").equals(pollutant)) {
                (row.get("年份").equals("2025") ? before : after).add(row.get("企业编号"));
            }
        }
        before.retainAll(after);
        return before;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String tenth(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String last(List<String> row) {
        return row.get(row.size() - 1);
    }
}
