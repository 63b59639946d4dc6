package io.github.cpaudit.tables;

import io.github.cpaudit.testing.ProjectCopy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Worksheets 1-4 (summary and matrix) and 2-10 to 2-15 of the worked example: the tables as
 * reviewed (golden files), cells recomputed here from the raw CSV by the formulas of formulas.md,
 * and the notice row when their data are missing.
 */
class EvaluationSheetsTest {

    private static final Path DATA = RenderedTables.EXAMPLE.resolve("data");
    private static final List<String> NUMBERS = List.of("1-4", "2-10", "2-11", "2-12", "2-13", "2-14", "2-15");
    private static final String MATRIX_TITLE = "各企业资料提供情况";
    private static final String TWO_TITLE = "两家企业资料收集情况";

    private static RenderedTables tables;
    private static Document html;
    private static List<LogRecord> log;

    @BeforeAll
    static void render() {
        tables = new RenderedTables(RenderedTables.EXAMPLE);
        html = tables.html(document());
        log = tables.log();
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    /** Every worksheet of the group in a chapter of its own, and 1-4's matrix under its own title. */
    private static String document() {
        StringBuilder source = new StringBuilder(SheetTestSupport.eachInChapter("工作表", NUMBERS));
        return source.append("== 资料收集矩阵\n\nworksheet::1-4[form=matrix,title=").append(MATRIX_TITLE)
                .append("]\n\n== 两家企业\n\nworksheet::1-4[enterprise=\"E02、江城恒坚硬铬科技有限公司\",title=")
                .append(TWO_TITLE).append("]\n").toString();
    }

    /** The matrix's tables: the one under the title and the untitled ones that continue it. */
    private static List<Element> matrix(Document document) {
        List<Element> parts = new ArrayList<>();
        Element table = document.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption") != null && t.selectFirst("caption").text().contains(MATRIX_TITLE))
                .findFirst().orElseThrow();
        for (; table != null && table.is("table.tableblock"); table = table.nextElementSibling()) {
            parts.add(table);
        }
        return parts;
    }

    /** An enterprise's cells across the matrix's tables: its name once, then every mark and its rate. */
    private static List<String> matrixRow(String enterprise) {
        List<String> cells = new ArrayList<>(List.of(enterprise));
        matrix(html).forEach(part -> {
            List<String> row = RenderedTables.row(part, enterprise);
            cells.addAll(row.subList(1, row.size()));
        });
        return cells;
    }

    // --- golden files -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1-4", "2-10", "2-11", "2-12", "2-13", "2-14", "2-15"})
    void worksheetMatchesItsGoldenFile(String number) {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, number)), "worksheet-" + number + ".txt");
    }

    @Test
    void matrixMatchesItsGoldenFile() {
        List<Element> parts = matrix(html);
        assertThat(parts).hasSize(3);
        Golden.assertMatches(parts.stream().map(RenderedTables::text).collect(Collectors.joining()),
                "worksheet-1-4-matrix.txt");
    }

    @Test
    void noEscapingArtefactsAndNoWarnings() {
        for (String number : NUMBERS) {
            String text = RenderedTables.text(RenderedTables.worksheet(html, number));
            assertThat(text).as(number).doesNotContain("pass:c", "null", "$r.", "${");
        }
        assertThat(html.text()).doesNotContain("pass:c", "【待补充】");
        assertThat(log).as("log of the example's worksheets").noneMatch(record ->
                record.getSeverity().ordinal() >= Severity.WARN.ordinal());
    }

    @Test
    void notesExplainTheTables() {
        assertThat(String.join("\n", html.select("p").eachText())).contains("注：Y", "评价等级按《电镀行业清洁生产评价指标体系（示例）》的定级规则",
                "企业比例以提供该指标数据的企业数为基数", "* 为限定性指标",
                "注：√ 已提供，× 未提供，/ 不适用。", "B7.1 不适用：非温室气体重点排放单位（30家）");
    }

    // --- cells recomputed from the raw CSV ----------------------------------------------------------

    /** 1-4: 应提供 = enterprises − 不适用, 已提供, 完成率 = 已提供 ÷ 应提供 × 100; the total over required items. */
    @Test
    void checklistSummaryRecomputed() {
        List<Map<String, String>> status = RawCsv.read(DATA.resolve("checklist_status.csv"));
        int enterprises = RawCsv.read(DATA.resolve("roster.csv")).size();
        Element table = RenderedTables.worksheet(html, "1-4");
        for (String item : List.of("B1.3", "B4.3", "B8.1", "B7.1")) {
            long notApplicable = count(status, item, "不适用");
            long provided = count(status, item, "已提供");
            long expected = enterprises - notApplicable;
            List<String> row = rowContaining(table, item + " ");
            assertThat(row.subList(3, 6)).as(item).containsExactly(String.valueOf(expected), String.valueOf(provided),
                    expected == 0 ? "—" : percent(provided, expected));
        }
        Set<String> optional = Set.of("B4.3", "B5.2", "B8.1");
        long expected = 0;
        long provided = 0;
        for (String item : items(status)) {
            if (!optional.contains(item)) {
                expected += enterprises - count(status, item, "不适用");
                provided += count(status, item, "已提供");
            }
        }
        assertThat(RenderedTables.row(table, "必需项合计")).endsWith(String.valueOf(expected), String.valueOf(provided),
                percent(provided, expected));
    }

    /** 1-4 restricted to two enterprises: every count is over those two only. */
    @Test
    void checklistSummaryOfChosenEnterprises() {
        List<Map<String, String>> status = RawCsv.read(DATA.resolve("checklist_status.csv")).stream()
                .filter(r -> Set.of("E02", "E04").contains(r.get("企业编号"))).toList();
        Element table = html.select("table.tableblock").stream()
                .filter(t -> t.selectFirst("caption") != null && t.selectFirst("caption").text().contains(TWO_TITLE))
                .findFirst().orElseThrow();
        for (String item : List.of("B1.3", "B5.2", "B10.1")) {
            long expected = 2 - count(status, item, "不适用");
            long provided = count(status, item, "已提供");
            assertThat(rowContaining(table, item + " ").subList(3, 6)).as(item).containsExactly(String.valueOf(expected),
                    String.valueOf(provided), expected == 0 ? "—" : percent(provided, expected));
        }
    }

    /** 1-4 matrix: an enterprise's marks and its rate over the required items. */
    @Test
    void checklistMatrixRecomputed() {
        List<Map<String, String>> status = RawCsv.read(DATA.resolve("checklist_status.csv"));
        List<String> items = items(status);
        Map<String, String> marks = Map.of("已提供", "√", "未提供", "×", "不适用", "/");
        for (String id : List.of("E04", "E10", "E14")) {
            List<String> expectedMarks = new ArrayList<>();
            long expected = 0;
            long provided = 0;
            for (String item : items) {
                String given = status.stream().filter(r -> r.get("企业编号").equals(id) && r.get("资料项").equals(item))
                        .map(r -> r.get("提供情况")).findFirst().orElse("未提供");
                expectedMarks.add(marks.get(given));
                if (!Set.of("B4.3", "B5.2", "B8.1").contains(item)) {
                    expected += given.equals("不适用") ? 0 : 1;
                    provided += given.equals("已提供") ? 1 : 0;
                }
            }
            expectedMarks.add(percent(provided, expected));
            List<String> row = matrixRow(name(id));
            assertThat(row.subList(1, row.size())).as(id).containsExactlyElementsOf(expectedMarks);
        }
    }

    /** 2-10: Y_gk = Σ w_i Σ ω_ij Y_gk(x_ij) with 不适用 re-weighted, and the 2013 通则's rules. */
    @Test
    void levelsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-10");
        for (String id : List.of("E01", "E04", "E16", "E29")) {
            HandLevel level = new HandLevel(indicatorValues(id));
            List<String> row = RenderedTables.row(table, name(id));
            assertThat(row.subList(1, 4)).as(id).containsExactly(level.score(0), level.score(1), level.score(2));
            assertThat(row.get(5)).as(id).isEqualTo(level.level());
        }
    }

    /** 2-11: best, median and worst value (4 significant digits) and the share meeting each level. */
    @Test
    void benchmarksRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-11");
        quantitative(table, "B1", "单位产品每次清洗取水量*", true, List.of("8", "24", "40"));
        quantitative(table, "C4", "镍利用率", false, List.of("95", "85", "80"));
        List<String> levels = indicatorColumn("A1");
        String counts = "Ⅰ级 " + levels.stream().filter(v -> v.startsWith("Ⅰ")).count() + "家、Ⅱ级 "
                + levels.stream().filter(v -> v.startsWith("Ⅱ")).count() + "家、Ⅲ级 "
                + levels.stream().filter(v -> v.startsWith("Ⅲ")).count() + "家、未达到Ⅲ级 "
                + levels.stream().filter(v -> v.startsWith("未达到")).count() + "家";
        assertThat(RenderedTables.row(table, "电镀生产线自动化程度")).contains(counts)
                .endsWith(percent(levels.stream().filter(v -> v.startsWith("Ⅰ")).count(), levels.size()),
                        percent(levels.stream().filter(v -> v.startsWith("Ⅰ") || v.startsWith("Ⅱ")).count(), levels.size()),
                        percent(levels.stream().filter(v -> !v.startsWith("未达到")).count(), levels.size()));
    }

    private static void quantitative(Element table, String indicator, String name, boolean lowerIsBetter,
            List<String> benchmarks) {
        List<BigDecimal> values = indicatorColumn(indicator).stream().filter(v -> !v.equals("不适用"))
                .map(BigDecimal::new).sorted(lowerIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder()).toList();
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2));
        List<String> expected = new ArrayList<>(benchmarks);
        expected.addAll(List.of(significant(values.get(0)), significant(median), significant(values.get(n - 1))));
        for (String benchmark : benchmarks) {
            BigDecimal b = new BigDecimal(benchmark);
            expected.add(percent(values.stream().filter(v -> lowerIsBetter ? v.compareTo(b) <= 0 : v.compareTo(b) >= 0)
                    .count(), n));
        }
        List<String> row = RenderedTables.row(table, name);
        assertThat(row.subList(2, row.size())).as(name).containsExactlyElementsOf(expected);
    }

    /** 2-12: distinct enterprises of a problem, their share of the 30 audited, their names. */
    @Test
    void issuesRecomputed() {
        int enterprises = RawCsv.read(DATA.resolve("roster.csv")).size();
        Element table = RenderedTables.worksheet(html, "2-12");
        for (Map<String, String> issue : RawCsv.read(DATA.resolve("issues.csv"))) {
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(List.of(issue.get("涉及企业").split("、"))));
            List<String> row = RenderedTables.row(table, issue.get("问题编号"));
            assertThat(row.subList(2, 6)).as(issue.get("问题编号")).containsExactly(issue.get("所属方面"),
                    String.valueOf(ids.size()), percent(ids.size(), enterprises),
                    ids.stream().map(EvaluationSheetsTest::name).collect(Collectors.joining("、")));
        }
    }

    /** 2-13: each problem's causes, aspect by aspect, as the issues table writes them. */
    @Test
    void causesAsWritten() {
        Element table = RenderedTables.worksheet(html, "2-13");
        List<String> aspects = List.of("原辅材料和能源", "技术工艺", "设备", "过程控制", "产品", "废弃物", "管理", "员工");
        for (Map<String, String> issue : RawCsv.read(DATA.resolve("issues.csv"))) {
            List<String> row = RenderedTables.row(table, issue.get("问题编号") + " " + issue.get("问题描述"));
            assertThat(row.subList(1, 9)).containsExactlyElementsOf(aspects.stream()
                    .map(aspect -> issue.getOrDefault("原因（" + aspect + "）", "")).toList());
        }
    }

    /** 2-14: W×R per factor, Σ W·R per candidate and the rank, from the scores table. */
    @Test
    void auditFocusRecomputed() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        List<Map<String, String>> scores = RawCsv.read(DATA.resolve("scores.csv")).stream()
                .filter(r -> r.get("用途").equals("审核重点")).toList();
        for (Map<String, String> score : scores) {
            totals.merge(score.get("备选对象"), new BigDecimal(score.get("权重")).multiply(new BigDecimal(score.get("得分"))),
                    BigDecimal::add);
        }
        List<BigDecimal> descending = totals.values().stream().sorted(Comparator.reverseOrder()).toList();
        Element table = RenderedTables.worksheet(html, "2-14");
        assertThat(RenderedTables.row(table, "总分").subList(2, totals.size() + 2))
                .containsExactlyElementsOf(totals.values().stream().map(BigDecimal::toPlainString).toList());
        assertThat(RenderedTables.row(table, "排序").subList(2, totals.size() + 2)).containsExactlyElementsOf(
                totals.values().stream().map(t -> String.valueOf(descending.indexOf(t) + 1)).toList());
        Map<String, String> first = scores.get(0);
        List<List<String>> cells = RenderedTables.cells(table);
        // the first header row names the candidates over their R and W×R columns, the second names those
        int column = 2 + 2 * (cells.get(0).indexOf(first.get("备选对象")) - 2) + 1;
        assertThat(cells.get(1).get(column)).isEqualTo("W×R");
        assertThat(RenderedTables.row(table, first.get("因素")).get(column))
                .isEqualTo(new BigDecimal(first.get("权重")).multiply(new BigDecimal(first.get("得分"))).toPlainString());
    }

    /**
     * 2-15: 完成情况 of each target with a value after implementation: the gap to each target. The
     * example's later round (2026) gives the values its targets table leaves blank, recomputed here
     * from the 2026 rows (a percentage to 0.1, others to 4 significant digits); the others stay "—".
     */
    @Test
    void targetsRecomputed() {
        Element table = RenderedTables.worksheet(html, "2-15");
        Map<String, BigDecimal> fromRound = laterRoundTargets();
        for (Map<String, String> target : RawCsv.read(DATA.resolve("targets.csv"))) {
            List<String> row = RenderedTables.row(table, target.get("指标"));
            BigDecimal computed = fromRound.get(target.get("指标"));
            if (target.get("实施后值").isEmpty() && computed == null) {
                assertThat(row.get(7)).isEqualTo("—");
                continue;
            }
            boolean percent = target.get("单位").equals("%");
            BigDecimal achieved = computed == null ? new BigDecimal(target.get("实施后值"))
                    : rounded(computed, percent);
            if (computed != null) {
                assertThat(row.get(6)).isEqualTo(achieved.toPlainString());
            }
            boolean lower = target.get("方向").equals("越低越好");
            List<String> parts = new ArrayList<>();
            for (String[] term : new String[][] {{"近期", "近期目标"}, {"远期", "远期目标"}}) {
                BigDecimal goal = new BigDecimal(target.get(term[1]));
                BigDecimal gap = lower ? achieved.subtract(goal) : goal.subtract(achieved);
                parts.add(term[0] + (gap.signum() <= 0 ? "达到" : "未达到（差 " + (computed != null
                        ? rounded(lower ? computed.subtract(goal) : goal.subtract(computed), percent).toPlainString()
                        : gap.stripTrailingZeros().toPlainString()) + "）"));
            }
            assertThat(row.get(7)).isEqualTo(String.join("，", parts));
        }
        assertThat(fromRound).hasSize(3);
    }

    /**
     * The 2026 values of the three targets the rounds can form: 单位产品每次清洗取水量 (B1 weighted by
     * each enterprise's area), 水的重复利用率 (Σ reused ÷ Σ all water) and 单位电镀面积综合能耗 (Σ kgce ÷ Σ m²;
     * 万kWh × 1.229 tce, GJ steam × 0.03412 tce, 万m³ gas × NCV ÷ 29307.6 × 10 tce).
     */
    private static Map<String, BigDecimal> laterRoundTargets() {
        Map<String, BigDecimal> area = new LinkedHashMap<>();
        for (Map<String, String> row : RawCsv.read(DATA.resolve("production.csv"))) {
            if (row.get("年份").equals("2026")) {
                area.merge(row.get("企业编号"), new BigDecimal(row.get("产量")), BigDecimal::add);
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map<String, String> row : RawCsv.read(DATA.resolve("indicator_values.csv"))) {
            if (row.get("年份").equals("2026") && row.get("指标").equals("B1")) {
                weighted = weighted.add(new BigDecimal(row.get("数值")).multiply(area.get(row.get("企业编号"))));
                weights = weights.add(area.get(row.get("企业编号")));
            }
        }
        BigDecimal fresh = BigDecimal.ZERO;
        BigDecimal reused = BigDecimal.ZERO;
        for (Map<String, String> row : RawCsv.read(DATA.resolve("water.csv"))) {
            if (row.get("年份").equals("2026")) {
                fresh = fresh.add(new BigDecimal(row.get("新鲜水量（m³）")));
                reused = reused.add(new BigDecimal(row.get("重复用水量（m³）")));
            }
        }
        BigDecimal tce = BigDecimal.ZERO;
        for (Map<String, String> row : RawCsv.read(DATA.resolve("energy.csv"))) {
            if (!row.get("年份").equals("2026")) {
                continue;
            }
            BigDecimal amount = new BigDecimal(row.get("实物量"));
            tce = tce.add(switch (row.get("能源品种")) {
                case "电力" -> amount.multiply(new BigDecimal("1.229"));
                case "蒸汽" -> amount.multiply(new BigDecimal("0.03412"));
                case "天然气" -> amount.multiply(new BigDecimal(row.get("低位发热量（kJ/m³）"))).multiply(BigDecimal.TEN)
                        .divide(new BigDecimal("29307.6"), MathContext.DECIMAL128);
                default -> throw new AssertionError(row);
            });
        }
        BigDecimal allArea = area.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Map.of("单位产品每次清洗取水量", weighted.divide(weights, MathContext.DECIMAL128),
                "水的重复利用率", reused.multiply(BigDecimal.valueOf(100)).divide(reused.add(fresh), MathContext.DECIMAL128),
                "单位电镀面积综合能耗", tce.multiply(BigDecimal.valueOf(1000))
                        .divide(allArea.multiply(BigDecimal.valueOf(10000)), MathContext.DECIMAL128));
    }

    /** A percentage to 0.1, else 4 significant digits; GB/T 8170 half to even, trailing zeros kept. */
    private static BigDecimal rounded(BigDecimal value, boolean percent) {
        if (percent) {
            return value.setScale(1, RoundingMode.HALF_EVEN);
        }
        BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_EVEN));
        return rounded.precision() < 4 ? rounded.setScale(rounded.scale() + 4 - rounded.precision()) : rounded;
    }

    // --- missing data --------------------------------------------------------------------------------

    /** Without their data tables the worksheets print a notice row and the build warns at the macro. */
    @Test
    void missingDataIsANoticeAndAWarning(@TempDir Path dir) throws IOException {
        for (String part : List.of("audit.yaml", "data", "indicators", "reference")) {
            ProjectCopy.of(RenderedTables.EXAMPLE.resolve(part), dir.resolve(part));
        }
        for (String table : List.of("checklist_status", "indicator_values", "issues", "scores", "targets")) {
            Files.delete(dir.resolve("data/" + table + ".csv"));
        }
        try (RenderedTables bare = new RenderedTables(dir)) {
            Document out = bare.html(document());
            Map<String, String> expected = Map.of("1-4", "资料收集情况（checklist_status）", "2-10", "指标数据（indicator_values）",
                    "2-11", "指标数据（indicator_values）", "2-12", "共性问题（issues）", "2-13", "共性问题（issues）",
                    "2-14", "权重评分（scores）", "2-15", "清洁生产目标（targets）");
            expected.forEach((number, source) -> {
                List<List<String>> cells = RenderedTables.cells(RenderedTables.worksheet(out, number));
                assertThat(cells).as(number).hasSize(2);
                assertThat(cells.get(1)).as(number).singleElement().asString().startsWith("【待补充】缺少数据：" + source);
                assertThat(bare.log()).as(number).anyMatch(record -> record.getSeverity() == Severity.WARN
                        && record.getMessage().contains("worksheet::" + number + "[]")
                        && record.getMessage().contains(source));
            });
            assertThat(matrix(out)).singleElement().satisfies(table -> assertThat(RenderedTables.cells(table)).hasSize(2));
        }
    }

    /** A missing indicator value scores 0 (formulas.md §3): named under 2-10 and an open item. */
    @Test
    void missingIndicatorValueIsNamedAndOpen(@TempDir Path dir) throws IOException {
        for (String part : List.of("audit.yaml", "data", "indicators", "reference")) {
            ProjectCopy.of(RenderedTables.EXAMPLE.resolve(part), dir.resolve(part));
        }
        Path values = dir.resolve("data/indicator_values.csv");
        List<String> lines = Files.readAllLines(values);
        lines.removeIf(line -> line.startsWith("E05,2025,B1,"));
        Files.write(values, lines);
        try (RenderedTables bare = new RenderedTables(dir)) {
            Document out = bare.html("= 表\n\nworksheet::2-10[]\n");
            assertThat(String.join("\n", out.select("p").eachText()))
                    .contains("以下企业缺少指标数据，按 0 分计（待补充）：" + name("E05") + "（单位产品每次清洗取水量）");
            assertThat(bare.log()).anyMatch(record -> record.getSeverity() == Severity.WARN
                    && record.getMessage().contains("缺少指标“单位产品每次清洗取水量”的数据"));
        }
    }

    /** An unknown form of 1-4 is an error in the document. */
    @Test
    void unknownFormIsAnError() {
        tables.html("= 表\n\nworksheet::1-4[form=grid]\n");
        assertThat(tables.log()).anyMatch(record -> record.getSeverity() == Severity.ERROR
                && record.getMessage().contains("form= 应为 summary、matrix 或 blank，实为“grid”"));
    }

    // --- helpers: the raw data and the hand formulas ----------------------------------------------

    private static long count(List<Map<String, String>> status, String item, String value) {
        return status.stream().filter(r -> r.get("资料项").equals(item) && r.get("提供情况").equals(value)).count();
    }

    private static List<String> items(List<Map<String, String>> status) {
        return status.stream().map(r -> r.get("资料项")).distinct().toList();
    }

    private static List<String> rowContaining(Element table, String text) {
        return RenderedTables.cells(table).stream().filter(row -> row.stream().anyMatch(c -> c.startsWith(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + text));
    }

    private static String name(String id) {
        return RawCsv.read(DATA.resolve("roster.csv")).stream().filter(r -> r.get("企业编号").equals(id))
                .map(r -> r.get("企业名称")).findFirst().orElseThrow();
    }

    /** part ÷ whole × 100 to 0.1, half to even (GB/T 8170). */
    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Four significant digits, trailing zeros kept. */
    private static String significant(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_EVEN));
        return rounded.setScale(Math.max(rounded.scale() + 4 - rounded.precision(), rounded.scale())).toPlainString();
    }

    /** The values of one indicator over the enterprises, as written. */
    private static List<String> indicatorColumn(String indicator) {
        return RawCsv.readUpTo(DATA.resolve("indicator_values.csv"), RawCsv.EXAMPLE_BASELINE).stream().filter(r -> r.get("指标").equals(indicator))
                .map(r -> r.get("数值")).toList();
    }

    private static Map<String, String> indicatorValues(String enterprise) {
        Map<String, String> values = new LinkedHashMap<>();
        RawCsv.readUpTo(DATA.resolve("indicator_values.csv"), RawCsv.EXAMPLE_BASELINE).stream().filter(r -> r.get("企业编号").equals(enterprise))
                .forEach(r -> values.put(r.get("指标"), r.get("数值")));
        return values;
    }

    /**
     * An enterprise's level by hand, from the system file read as plain YAML (formulas.md §3): a
     * value meets level k when it is at least as good as the benchmark (qualitative: the level
     * written or better); 不适用 indicators drop out and their siblings' weights scale up.
     */
    private static final class HandLevel {

        private static final MathContext MC = MathContext.DECIMAL128;
        private final BigDecimal[] scores = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        private final boolean[] limitingMet = {true, true, true};

        HandLevel(Map<String, String> values) {
            List<Map<String, Object>> firsts = system();
            BigDecimal firstSum = BigDecimal.ZERO;
            for (Map<String, Object> first : firsts) {
                if (applicableWeight(first, values).signum() > 0) {
                    firstSum = firstSum.add(decimal(first.get("weight")));
                }
            }
            for (Map<String, Object> first : firsts) {
                BigDecimal items = applicableWeight(first, values);
                if (items.signum() == 0) {
                    continue;
                }
                BigDecimal w = decimal(first.get("weight")).divide(firstSum, MC);
                for (Map<String, Object> item : list(first.get("indicators"))) {
                    List<Map<String, Object>> members = item.containsKey("members") ? list(item.get("members")) : List.of(item);
                    List<Map<String, Object>> applicable = members.stream()
                            .filter(m -> !"不适用".equals(values.get(m.get("id")))).toList();
                    if (applicable.isEmpty()) {
                        continue;
                    }
                    BigDecimal each = w.multiply(decimal(item.get("weight")).divide(items, MC), MC)
                            .divide(BigDecimal.valueOf(applicable.size()), MC);
                    for (Map<String, Object> indicator : applicable) {
                        for (int k = 0; k < 3; k++) {
                            boolean meets = meets(indicator, values.get(indicator.get("id")), k);
                            if (meets) {
                                scores[k] = scores[k].add(each.multiply(BigDecimal.valueOf(100), MC), MC);
                            }
                            if (Boolean.TRUE.equals(indicator.get("limiting")) && !meets) {
                                limitingMet[k] = false;
                            }
                        }
                    }
                }
            }
        }

        String score(int k) {
            return scores[k].setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        }

        /** Ⅰ: Y_Ⅰ ≥ 85 and limiting meet Ⅰ; Ⅱ: Y_Ⅱ ≥ 85 and limiting meet Ⅱ; Ⅲ: Y_Ⅲ = 100. */
        String level() {
            BigDecimal tolerance = new BigDecimal("1e-9");
            if (scores[0].compareTo(new BigDecimal(85).subtract(tolerance)) >= 0 && limitingMet[0]) {
                return "Ⅰ级";
            }
            if (scores[1].compareTo(new BigDecimal(85).subtract(tolerance)) >= 0 && limitingMet[1]) {
                return "Ⅱ级";
            }
            return scores[2].compareTo(new BigDecimal(100).subtract(tolerance)) >= 0 ? "Ⅲ级" : "未达到Ⅲ级";
        }

        private static boolean meets(Map<String, Object> indicator, String value, int k) {
            if ("定性".equals(indicator.get("direction"))) {
                int written = value.startsWith("Ⅰ") ? 0 : value.startsWith("Ⅱ") ? 1 : value.startsWith("Ⅲ") ? 2 : 3;
                return written <= k;
            }
            BigDecimal x = new BigDecimal(value);
            BigDecimal benchmark = decimal(((List<?>) indicator.get("benchmarks")).get(k));
            return "≤".equals(indicator.get("direction")) ? x.compareTo(benchmark) <= 0 : x.compareTo(benchmark) >= 0;
        }

        private static BigDecimal applicableWeight(Map<String, Object> first, Map<String, String> values) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> item : list(first.get("indicators"))) {
                List<Map<String, Object>> members = item.containsKey("members") ? list(item.get("members")) : List.of(item);
                if (members.stream().anyMatch(m -> !"不适用".equals(values.get(m.get("id"))))) {
                    sum = sum.add(decimal(item.get("weight")));
                }
            }
            return sum;
        }

        private static List<Map<String, Object>> system() {
            try (InputStream in = Files.newInputStream(RenderedTables.EXAMPLE.resolve("indicators/electroplating.yaml"))) {
                Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                return list(root.get("first_level"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> list(Object value) {
            return value == null ? List.of() : (List<Map<String, Object>>) value;
        }

        private static BigDecimal decimal(Object value) {
            return new BigDecimal(String.valueOf(value));
        }
    }

    @Test
    void aProblemOfHundredsOfEnterprisesNamesThirtyAndCountsTheRest() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            names.add("企业" + i);
        }
        String cell = NameList.upTo(names, 30);
        assertThat(cell).startsWith("企业1、企业2、").endsWith("、企业30等 500 家").doesNotContain("企业31");
        assertThat(cell.split("、")).hasSize(30);
        assertThat(NameList.upTo(names.subList(0, 30), 30)).endsWith("企业29、企业30");
    }
}
