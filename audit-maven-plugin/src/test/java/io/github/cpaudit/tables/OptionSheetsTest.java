package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worksheets 2-16 … 2-22 and 3-1 rendered from the worked example: each equals its reviewed golden
 * file, and cells of each are recomputed here from the raw CSV with the formulas of formulas.md,
 * independently of the engine.
 */
class OptionSheetsTest {

    static final List<String> SHEETS = List.of("2-16", "2-17", "2-18", "2-19", "2-20", "2-21", "2-22", "3-1");
    static final Path DATA = RenderedTables.EXAMPLE.resolve("data");
    /** audit.yaml of the example: 无/低费 ≤ 5 万元, 中费 ≤ 50 万元; payback 中费 3 a, 高费 10 a; i 8 %, t 25 %. */
    static final BigDecimal LOW_MAX = new BigDecimal(5);
    static final BigDecimal MEDIUM_MAX = new BigDecimal(50);

    private static RenderedTables tables;
    private static Document html;
    private static List<Map<String, String>> options;
    private static List<Map<String, String>> effects;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(RenderedTables.EXAMPLE);
        html = tables.html(SheetTestSupport.eachInChapter("方案工作表", SHEETS) + "== 一家企业\n\nworksheet::2-19[enterprise=E18,title=\"E18 的方案实施计划\"]\n");
        options = RawCsv.read(DATA.resolve("options.csv"));
        effects = RawCsv.read(DATA.resolve("option_effects.csv"));
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-16", "2-17", "2-18", "2-19", "2-20", "2-21", "2-22", "3-1"})
    void matchesGolden(String number) {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, number)), "worksheet-" + number + ".txt");
    }

    @Test
    void summaryRecomputed() {
        BigDecimal total = BigDecimal.ZERO;
        int roster = RawCsv.read(DATA.resolve("roster.csv")).size();
        for (Map<String, String> option : options) {
            String id = option.get("方案编号");
            BigDecimal investment = new BigDecimal(option.get("投资（万元）"));
            total = total.add(investment);
            assertThat(cell("2-16", id, "投资（万元）")).isEqualTo(money(investment));
            assertThat(cell("2-16", id, "类型")).isEqualTo(investment.compareTo(LOW_MAX) <= 0 ? "无/低费"
                    : investment.compareTo(MEDIUM_MAX) <= 0 ? "中费" : "高费");
            String who = option.get("实施企业");
            assertThat(cell("2-16", id, "适用企业数")).isEqualTo(String.valueOf(
                    who.equals("全体") ? roster : who.split("、").length));
            assertThat(cell("2-16", id, "预期效果")).isEqualTo(effects.stream()
                    .filter(e -> e.get("方案编号").equals(id) && e.get("核定").equals("否"))
                    .map(e -> e.get("项目") + " " + plain(e.get("削减量")) + " " + e.get("单位"))
                    .collect(Collectors.joining("；")));
        }
        assertThat(row("2-16", "合计").get(5)).isEqualTo(money(total));
        for (String id : List.of("F03", "F05", "F09", "F16")) {
            assertThat(cell("2-16", id, "效益类型")).as(id).isEqualTo(synergy(id));
        }
    }

    /** formulas.md §7 by hand: energy saved reduces carbon, items other than energy, water and materials are pollutants. */
    private static String synergy(String id) {
        Set<String> energy = Set.of("电力", "天然气", "蒸汽", "原煤", "柴油");
        Set<String> materials = RawCsv.readUpTo(DATA.resolve("materials.csv"), RawCsv.EXAMPLE_BASELINE).stream().map(m -> m.get("材料"))
                .collect(Collectors.toSet());
        boolean carbon = false;
        boolean pollution = false;
        for (Map<String, String> effect : counted(id)) {
            String item = effect.get("项目");
            boolean reduces = new BigDecimal(effect.get("削减量")).signum() > 0;
            if (energy.contains(item) || item.equals("CO2")) {
                carbon |= reduces;
            } else if (!item.equals("新鲜水") && !item.equals("经济效益") && !materials.contains(item)) {
                pollution |= reduces;
            }
        }
        return carbon && pollution ? "协同" : carbon ? "降碳" : pollution ? "减污" : "其他";
    }

    /** The effect rows that count: an implemented option's verified figure of an item replaces its expected one. */
    private static List<Map<String, String>> counted(String id) {
        boolean implemented = options.stream().anyMatch(o -> o.get("方案编号").equals(id) && o.get("实施状态").equals("已实施"));
        List<Map<String, String>> rows = effects.stream().filter(e -> e.get("方案编号").equals(id)).toList();
        return rows.stream().filter(e -> e.get("核定").equals("是") || !implemented || rows.stream().noneMatch(v ->
                v.get("核定").equals("是") && v.get("项目").equals(e.get("项目")))).toList();
    }

    @Test
    void screeningRecomputed() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, String> weights = new LinkedHashMap<>();
        for (Map<String, String> score : RawCsv.read(DATA.resolve("scores.csv"))) {
            if (score.get("用途").equals("方案筛选")) {
                totals.merge(score.get("备选对象"), Integer.parseInt(score.get("权重")) * Integer.parseInt(score.get("得分")),
                        Integer::sum);
                weights.put(score.get("因素"), score.get("权重"));
            }
        }
        for (Map.Entry<String, Integer> candidate : totals.entrySet()) {
            String id = candidate.getKey();
            long better = totals.values().stream().filter(t -> t > candidate.getValue()).count();
            assertThat(cell("2-17", id, "总分")).as(id).isEqualTo(String.valueOf(candidate.getValue()));
            assertThat(cell("2-17", id, "排序")).as(id).isEqualTo(String.valueOf(better + 1));
        }
        weights.forEach((factor, weight) -> assertThat(cell("2-17", "权重W", factor)).isEqualTo(weight));
        // the first half of the ranks is recommended unless 2-18 finds the option not feasible
        assertThat(cell("2-17", "F03", "结论")).isEqualTo("推荐");
        assertThat(cell("2-17", "F14", "结论")).isEqualTo("备选（可行性分析不可行）");
    }

    @Test
    void feasibilityRecomputed() {
        int rows = 0;
        for (Map<String, String> option : options) {
            BigDecimal investment = new BigDecimal(option.get("投资（万元）"));
            if (investment.compareTo(LOW_MAX) <= 0) {
                continue;
            }
            rows++;
            String id = option.get("方案编号");
            BigDecimal i = new BigDecimal("0.08");
            BigDecimal net = investment.subtract(decimal(option.get("补贴（万元）")));
            BigDecimal p = new BigDecimal(option.get("年节省（万元）"));
            int n = Integer.parseInt(option.get("使用年限"));
            BigDecimal residual = decimal(option.get("残值（万元）"));
            BigDecimal d = net.subtract(residual).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
            BigDecimal f = p.subtract(new BigDecimal("0.25").multiply(p.subtract(d)).max(BigDecimal.ZERO));
            BigDecimal npv = residual.divide(i.add(BigDecimal.ONE).pow(n), MathContext.DECIMAL64).subtract(net);
            for (int year = 1; year <= n; year++) {
                npv = npv.add(f.divide(i.add(BigDecimal.ONE).pow(year), MathContext.DECIMAL64));
            }
            assertThat(cell("2-18", id, "总投资I（万元）")).as(id).isEqualTo(money(net));
            assertThat(cell("2-18", id, "年净现金流量F（万元/a）")).as(id).isEqualTo(money(f));
            assertThat(cell("2-18", id, "投资偿还期N（a）")).as(id).isEqualTo(money(net.divide(f, MathContext.DECIMAL64)));
            assertThat(cell("2-18", id, "净现值NPV（万元）")).as(id).isEqualTo(money(npv));
            assertThat(cell("2-18", id, "净现值率NPVR")).as(id)
                    .isEqualTo(npv.divide(net, MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_EVEN).toPlainString());
            Double irr = irr(net.doubleValue(), f.doubleValue(), residual.doubleValue(), n);
            assertThat(cell("2-18", id, "内部收益率IRR（%）")).as(id).isEqualTo(irr == null ? "无"
                    : BigDecimal.valueOf(irr * 100).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            BigDecimal accepted = investment.compareTo(MEDIUM_MAX) <= 0 ? new BigDecimal(3) : BigDecimal.TEN;
            boolean feasible = npv.signum() >= 0 && irr != null && irr >= 0.08
                    && net.divide(f, MathContext.DECIMAL64).compareTo(accepted) <= 0;
            assertThat(cell("2-18", id, "结论")).as(id).startsWith(feasible ? "可行" : "不可行");
        }
        assertThat(RenderedTables.cells(RenderedTables.worksheet(html, "2-18"))).hasSize(rows + 2);
    }

    /** The rate where NPV = 0, by bisection; none when the undiscounted cash flows do not exceed I. */
    private static Double irr(double investment, double cashFlow, double residual, int years) {
        if (cashFlow * years + residual <= investment) {
            return null;
        }
        double low = 0;
        double high = 10;
        for (int k = 0; k < 200; k++) {
            double mid = (low + high) / 2;
            double npv = -investment + residual / Math.pow(1 + mid, years);
            for (int year = 1; year <= years; year++) {
                npv += cashFlow / Math.pow(1 + mid, year);
            }
            if (npv > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    @Test
    void planRecomputed() {
        for (Map<String, String> option : options) {
            String id = option.get("方案编号");
            assertThat(cell("2-19", id, "起止时间")).isEqualTo(option.get("开始时间") + " — " + option.get("完成时间"));
            assertThat(cell("2-19", id, "责任人")).isEqualTo(option.get("责任人"));
            assertThat(cell("2-19", id, "资金来源")).isEqualTo(option.get("资金来源"));
        }
        assertThat(cell("2-19", "F12", "实施企业")).isEqualTo("江城南方镀锌厂");
    }

    /** An option several enterprises carry out is kept by enterprise= for each of them; 全体 for all. */
    @Test
    void planOfOneEnterprise() {
        Element table = html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption").text().endsWith("E18 的方案实施计划")).findFirst().orElseThrow();
        List<String> expected = options.stream().filter(o -> o.get("实施企业").equals("全体")
                || List.of(o.get("实施企业").split("、")).contains("E18"))
                .map(o -> o.get("方案编号") + " " + o.get("方案名称")).toList();
        assertThat(RenderedTables.cells(table).stream().skip(1).map(row -> row.get(0)).toList()).isEqualTo(expected);
    }

    @Test
    void materialBalanceRecomputed() {
        List<Map<String, String>> nickel = balance("E03", "镍");
        BigDecimal in = sum(nickel, "输入", row -> true);
        BigDecimal out = sum(nickel, "输出", row -> true);
        BigDecimal product = sum(nickel, "输出", row -> row.get("进入产品").equals("是"));
        String name = "江城鑫达电镀有限公司";
        assertThat(cell("2-20", name, "输入合计")).isEqualTo(plain(in.toPlainString()) + " kg");
        assertThat(cell("2-20", name, "输出合计")).isEqualTo(plain(out.toPlainString()) + " kg");
        assertThat(cell("2-20", name, "平衡偏差率（%）")).isEqualTo(percent(in.subtract(out), in));
        assertThat(cell("2-20", name, "利用率（%）")).isEqualTo(percent(product, in));
    }

    @Test
    void waterBalanceRecomputed() {
        Map<String, String> fresh = RawCsv.readUpTo(DATA.resolve("water.csv"), RawCsv.EXAMPLE_BASELINE).stream()
                .collect(Collectors.toMap(w -> w.get("企业编号"), w -> w.get("重复用水量（m³）")));
        for (String[] enterprise : new String[][] {{"E03", "江城鑫达电镀有限公司"}, {"E23", "江城北辰电镀有限公司"}}) {
            List<Map<String, String>> water = balance(enterprise[0], "水");
            BigDecimal in = sum(water, "输入", row -> true);
            BigDecimal discharge = sum(water, "输出", row -> row.get("项目").matches(".*(排|废水|污水).*"));
            BigDecimal consumed = sum(water, "输出", row -> !row.get("项目").matches(".*(排|废水|污水).*"));
            BigDecimal deviation = in.subtract(discharge).subtract(consumed);
            boolean beyond = deviation.multiply(BigDecimal.valueOf(100)).divide(in, MathContext.DECIMAL64).abs()
                    .compareTo(BigDecimal.valueOf(5)) > 0;
            assertThat(cell("2-21", enterprise[1], "取水量（m³）")).isEqualTo(plain(in.toPlainString()));
            assertThat(cell("2-21", enterprise[1], "重复用水量（m³）")).isEqualTo(fresh.get(enterprise[0]));
            assertThat(cell("2-21", enterprise[1], "排水量（m³）")).isEqualTo(plain(discharge.toPlainString()));
            assertThat(cell("2-21", enterprise[1], "消耗量（m³）")).isEqualTo(plain(consumed.toPlainString()));
            assertThat(cell("2-21", enterprise[1], "平衡偏差率（%）")).isEqualTo(percent(deviation, in) + (beyond ? " ※" : ""));
        }
    }

    @Test
    void verifiedEffectsRecomputed() {
        BigDecimal saving = BigDecimal.ZERO;
        int rows = 0;
        for (Map<String, String> option : options) {
            if (!option.get("实施状态").equals("已实施") || new BigDecimal(option.get("投资（万元）")).compareTo(LOW_MAX) > 0) {
                continue;
            }
            rows++;
            String id = option.get("方案编号");
            saving = saving.add(decimal(option.get("年节省（万元）")));
            List<Map<String, String>> verified = effects.stream()
                    .filter(e -> e.get("方案编号").equals(id) && e.get("核定").equals("是")).toList();
            assertThat(cell("2-22", id, "实测效果")).isEqualTo(verified.stream()
                    .map(e -> e.get("项目") + " " + plain(e.get("削减量")) + " " + e.get("单位")).collect(Collectors.joining("；")));
            assertThat(cell("2-22", id, "核定依据")).isEqualTo(verified.stream().map(e -> e.get("核定依据")).distinct()
                    .collect(Collectors.joining("；")));
            assertThat(cell("2-22", id, "实施日期")).isEqualTo(option.get("完成时间"));
        }
        assertThat(RenderedTables.cells(RenderedTables.worksheet(html, "2-22"))).hasSize(rows + 2);
        assertThat(row("2-22", "合计").get(5)).isEqualTo(money(saving));
    }

    @Test
    void benefitsRecomputed() {
        BigDecimal baseline = RawCsv.readUpTo(DATA.resolve("water.csv"), RawCsv.EXAMPLE_BASELINE).stream()
                .map(w -> new BigDecimal(w.get("新鲜水量（m³）"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reduction = BigDecimal.ZERO;
        BigDecimal implemented = BigDecimal.ZERO;
        BigDecimal cod = BigDecimal.ZERO;
        BigDecimal money = BigDecimal.ZERO;
        for (Map<String, String> option : options) {
            String id = option.get("方案编号");
            boolean done = option.get("实施状态").equals("已实施");
            money = money.add(decimal(option.get("年节省（万元）")));
            for (Map<String, String> effect : counted(id)) {
                BigDecimal value = new BigDecimal(effect.get("削减量"));
                if (effect.get("项目").equals("新鲜水")) {
                    reduction = reduction.add(value);
                    implemented = done ? implemented.add(value) : implemented;
                } else if (effect.get("项目").equals("COD")) {
                    cod = cod.add(value);
                }
            }
        }
        assertThat(row("3-1", "新鲜水")).containsExactly("新鲜水", "m³/a", plain(baseline.toPlainString()),
                plain(reduction.toPlainString()), percent(reduction, baseline), plain(implemented.toPlainString()));
        assertThat(cell("3-1", "COD", "方案实施后削减量")).isEqualTo(plain(cod.toPlainString()));
        assertThat(cell("3-1", "经济效益", "方案实施后削减量")).isEqualTo(money(money));
    }

    /** Without options, effects, scores and balances every worksheet shows the notice and warns. */
    @Test
    void missingDataNoticed(@TempDir Path temp) throws IOException {
        Path project = DiagnosisSheetTest.copy(RenderedTables.EXAMPLE, temp.resolve("example"));
        for (String table : List.of("options", "option_effects", "scores", "balances")) {
            Files.delete(project.resolve("data").resolve(table + ".csv"));
        }
        try (RenderedTables without = new RenderedTables(project)) {
            Document missing = without.html(SheetTestSupport.eachInChapter("方案工作表", SHEETS));
            for (String sheet : SHEETS) {
                List<List<String>> cells = RenderedTables.cells(RenderedTables.worksheet(missing, sheet));
                assertThat(cells).as(sheet).hasSize(2);
                assertThat(cells.get(1)).as(sheet).singleElement().asString().startsWith("【待补充】缺少数据：");
                assertThat(without.log()).as(sheet).anyMatch(record -> record.getSeverity() == Severity.WARN
                        && record.getMessage().contains("worksheet::" + sheet + "[]"));
            }
            assertThat(RenderedTables.row(RenderedTables.worksheet(missing, "2-16"), "【待补充】缺少数据：清洁生产方案（options）"))
                    .isNotEmpty();
            assertThat(without.log().stream().map(LogRecord::getMessage)).anyMatch(message -> message.contains(
                    "缺少数据：物料平衡（balances）中平衡类型为“水”的行（worksheet::2-21[]）"));
        }
    }

    /** The cell under {@code header} of the row whose first cell is {@code first} or starts with {@code first + " "}. */
    static String cell(String sheet, String first, String header) {
        List<List<String>> cells = RenderedTables.cells(RenderedTables.worksheet(html, sheet));
        int column = cells.get(0).indexOf(header);
        assertThat(column).as("column %s of %s", header, sheet).isNotNegative();
        return row(sheet, first).get(column);
    }

    static List<String> row(String sheet, String first) {
        return RenderedTables.cells(RenderedTables.worksheet(html, sheet)).stream()
                .filter(row -> row.get(0).equals(first) || row.get(0).startsWith(first + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + sheet));
    }

    private static List<Map<String, String>> balance(String enterprise, String subject) {
        return RawCsv.read(DATA.resolve("balances.csv")).stream()
                .filter(b -> b.get("企业编号").equals(enterprise) && b.get("平衡对象").equals(subject)).toList();
    }

    private static BigDecimal sum(List<Map<String, String>> rows, String direction,
            Predicate<Map<String, String>> which) {
        return rows.stream().filter(row -> row.get("方向").equals(direction) && which.test(row))
                .map(row -> new BigDecimal(row.get("数量"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    /** 18.0 → 18, as a number prints in a cell. */
    private static String plain(String number) {
        BigDecimal value = new BigDecimal(number);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
