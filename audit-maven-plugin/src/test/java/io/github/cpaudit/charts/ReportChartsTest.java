package io.github.cpaudit.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Registry;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.fonts.ChartFonts;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report's charts with the worked example's data: the values drawn are the ones computed here
 * by hand from the raw CSV, every label is drawn in the report's font, and the images are print
 * sized, not blank, without alpha and the same bytes every time.
 */
class ReportChartsTest {

    private static final Path DATA = RenderedTables.EXAMPLE.resolve("data");
    private static Charts charts;

    /** The charts of one project, asked for by name as the macro asks the registry. */
    private record Charts(ProjectView view) {
        private static final Registry REGISTRY = new Registry(List.of(ReportCharts.all()));

        ChartSpec chart(String name, TableOptions options) {
            return REGISTRY.compute(Category.CHART, name, view, options);
        }
    }
    private static Font font;
    private static ChartPainter painter;

    @BeforeAll
    static void load() {
        charts = new Charts(view(RenderedTables.EXAMPLE));
        font = new ChartFonts().font(null);
        painter = new ChartPainter(font);
    }

    private static ProjectView view(Path project) {
        return ProjectView.load(project);
    }

    @ParameterizedTest
    @ValueSource(strings = {"levels", "energy", "carbon", "emissions", "issues", "benefit", "round-totals", "round-energy"})
    void everyChartDrawsAPrintSizedImageInTheReportFont(String name) throws IOException {
        ChartSpec chart = charts.chart(name, TableOptions.none());
        assertThat(chart.missing()).isEmpty();
        assertThat(chart.categories()).isNotEmpty();
        // every text is drawn in the report's font and it has every glyph; the axes speak Chinese
        assertThat(chart.texts()).allSatisfy(text -> assertThat(font.canDisplayUpTo(text)).as(text).isEqualTo(-1));
        assertThat(chart.texts()).anyMatch(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN));
        assertThat(painter.missingGlyphs(chart)).isEmpty();

        byte[] png = painter.png(chart);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // 16 cm at 216 dpi, RGB without alpha (Prawn passes it through undecoded)
        assertThat(image.getWidth()).isEqualTo(1361);
        assertThat(image.getHeight()).isBetween(600, 2400);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        long ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                ink += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        double share = ink / (double) (image.getWidth() * image.getHeight());
        assertThat(share).as("share of pixels not white").isBetween(0.02, 0.7);
        assertThat(colours.size()).as("bars, text and antialiasing").isGreaterThan(20);

        // the same chart gives the same bytes, also with the font read again; no time in the PNG
        assertThat(new ChartPainter(new ChartFonts().font(null)).png(charts.chart(name, TableOptions.none())))
                .isEqualTo(png);
        assertThat(chunkTypes(png)).doesNotContain("tIME").contains("IHDR", "IDAT");
    }

    @Test
    void levelsCountEveryEvaluatedEnterpriseByTheSystemsLevels() {
        ChartSpec chart = charts.chart("levels", TableOptions.none());
        assertThat(chart.categories()).containsExactly("Ⅰ级", "Ⅱ级", "Ⅲ级", "未达到Ⅲ级");
        Map<String, BigDecimal> counts = chart.values("企业数");
        // every enterprise of the roster has indicator values, so every one is counted once
        assertThat(counts.values().stream().mapToInt(BigDecimal::intValue).sum())
                .isEqualTo(RawCsv.read(DATA.resolve("roster.csv")).size()).isEqualTo(30);
        // the limiting water indicator above its Ⅲ benchmark (40 L/m², chapter 3) puts an enterprise below Ⅲ
        assertThat(counts.get("未达到Ⅲ级").intValue()).isGreaterThanOrEqualTo(7);
        assertThat(chart.series().get(0).labels()).allMatch(label -> label.matches("\\d+（\\d+\\.\\d%）"));
    }

    @Test
    void energyShowsTheTenLargestConsumersAsComputedByHand() {
        // tce by hand: 万kWh × 1.229 (0.1229 kgce/kWh), GJ steam × 0.03412, gas m³ × NCV / 29307.6 / 1000
        Map<String, Double> tce = new LinkedHashMap<>();
        for (Map<String, String> row : RawCsv.readUpTo(DATA.resolve("energy.csv"), RawCsv.EXAMPLE_BASELINE)) {
            double amount = Double.parseDouble(row.get("实物量"));
            double t = switch (row.get("能源品种")) {
                case "电力" -> amount * 1.229;
                case "蒸汽" -> amount * 0.03412;
                case "天然气" -> amount * 1e4 * Double.parseDouble(row.get("低位发热量（kJ/m³）")) / 29307.6 / 1000;
                default -> throw new AssertionError(row);
            };
            tce.merge(row.get("企业编号"), t, Double::sum);
        }
        List<String> largest = tce.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .limit(10).map(Map.Entry::getKey).map(ReportChartsTest::name).toList();
        ChartSpec chart = charts.chart("energy", TableOptions.none());
        assertThat(chart.categories()).containsExactlyElementsOf(largest);
        assertThat(chart.categories().get(0)).isEqualTo("江城恒坚硬铬科技有限公司");
        // E04: 581.7 万kWh × 1.229 + 5540 GJ × 0.03412 = 714.9093 + 189.0248 = 903.9341 tce
        assertThat(chart.values("综合能耗").get("江城恒坚硬铬科技有限公司").doubleValue()).isCloseTo(903.9341, within(1e-9));
        assertThat(chart.series().get(0).labels().get(0)).isEqualTo("903.9");
        assertThat(chart.valueAxis()).isEqualTo("综合能耗（tce）");

        // what JFreeChart draws is the spec's values
        CategoryDataset drawn = painter.chart(chart).getCategoryPlot().getDataset();
        assertThat(drawn.getColumnKeys()).containsExactlyElementsOf(largest);
        assertThat(drawn.getValue("综合能耗", "江城恒坚硬铬科技有限公司").doubleValue()).isCloseTo(903.9341, within(1e-9));

        assertThat(charts.chart("energy", new TableOptions(Map.of("top", "3"))).categories())
                .containsExactlyElementsOf(largest.subList(0, 3));
    }

    @Test
    void roundChartsShowTheChangeRatesAndBothRoundsAsComputedByHand() {
        Charts rounds = new Charts(view(Path.of("src/test/resources/rounds-project").toAbsolutePath()));
        ChartSpec totals = rounds.chart("round-totals", TableOptions.none());
        // 新鲜水 16000 → 14000 m³: −12.5 %; COD 3.0 → 2.5 t: −16.67 %
        assertThat(totals.values("变化率").get("新鲜水量")).isEqualByComparingTo("-12.5");
        assertThat(totals.values("变化率").get("COD").doubleValue()).isCloseTo(-50.0 / 3, within(1e-9));
        assertThat(totals.series().get(0).labels()).contains("-12.5", "-16.7");
        ChartSpec energy = rounds.chart("round-energy", TableOptions.none());
        // 甲: 100 万kWh × 1.229 = 122.9 tce, then 90 万kWh = 110.61 tce; the larger first
        assertThat(energy.categories()).containsExactly("甲电镀有限公司", "乙电镀有限公司");
        assertThat(energy.values("审核基准年（2025 年）").get("甲电镀有限公司")).isEqualByComparingTo("122.9");
        assertThat(energy.values("方案实施后（2026 年）").get("甲电镀有限公司")).isEqualByComparingTo("110.61");
        assertThat(painter.missingGlyphs(energy)).isEmpty();
        assertThat(painter.png(totals)).isNotEmpty();
        // a project without rounds: the chart says what is missing
        assertThat(new Charts(view(Path.of("src/test/resources/engine-project").toAbsolutePath()))
                .chart("round-totals", TableOptions.none()).missing()).isNotEmpty();
    }

    @Test
    void carbonRanksByCo2() {
        ChartSpec chart = charts.chart("carbon", TableOptions.none());
        // E04: 5817 MWh × 0.5306 (national grid, 2023) + 5540 GJ × 0.11 = 3086.5002 + 609.4 = 3695.9002 tCO2
        assertThat(chart.categories().get(0)).isEqualTo("江城恒坚硬铬科技有限公司");
        assertThat(chart.values("二氧化碳排放量").get("江城恒坚硬铬科技有限公司").doubleValue())
                .isCloseTo(3695.9002, within(1e-9));
        assertThat(chart.series().get(0).labels().get(0)).isEqualTo("3695.9");
        assertThat(chart.valueAxis()).isEqualTo("二氧化碳排放量（tCO2）");
    }

    @Test
    void onePollutantIsAPieOfItsSharesByEnterpriseTheRestAsOneSlice() {
        Map<String, Double> cod = new LinkedHashMap<>();
        for (Map<String, String> row : RawCsv.readUpTo(DATA.resolve("emissions.csv"), RawCsv.EXAMPLE_BASELINE)) {
            if (row.get("污染物").equals("COD")) {
                cod.merge(row.get("企业编号"), Double.parseDouble(row.get("排放量")), Double::sum);
            }
        }
        double total = cod.values().stream().mapToDouble(Double::doubleValue).sum();
        Map.Entry<String, Double> largest = cod.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        ChartSpec chart = charts.chart("emissions", new TableOptions(Map.of("pollutant", "COD")));
        assertThat(chart.type()).isEqualTo(ChartSpec.Type.PIE);
        assertThat(chart.title()).isEqualTo("COD排放量按企业构成");
        assertThat(chart.categories()).hasSize(9).last().isEqualTo("其他22家企业");
        assertThat(chart.categories().get(0)).isEqualTo(name(largest.getKey()));
        assertThat(chart.values("COD").get(name(largest.getKey())).doubleValue()).isCloseTo(largest.getValue(), within(1e-9));
        assertThat(chart.values("COD").values().stream().mapToDouble(BigDecimal::doubleValue).sum())
                .isCloseTo(total, within(1e-9));
        assertThat(chart.series().get(0).labels().get(0))
                .isEqualTo(name(largest.getKey()) + " " + String.format("%.1f%%", largest.getValue() / total * 100));

        ChartSpec byDistrict = charts.chart("emissions", new TableOptions(Map.of("pollutant", "COD", "by", "区县")));
        assertThat(byDistrict.categories()).containsExactlyInAnyOrder("临港区", "江北区", "江南区");
    }

    @Test
    void allPollutantsAreHundredPercentBarsByDistrict() {
        ChartSpec chart = charts.chart("emissions", TableOptions.none());
        assertThat(chart.type()).isEqualTo(ChartSpec.Type.SHARES);
        assertThat(chart.categories()).contains("COD", "氨氮", "总镍", "六价铬", "硫酸雾")
                .doesNotContain("废水排放量", "电镀污泥", "厂界噪声");
        assertThat(chart.series()).extracting(ChartSpec.Series::name).containsExactlyInAnyOrder("临港区", "江北区", "江南区");
        for (String pollutant : chart.categories()) {
            double sum = chart.series().stream().mapToDouble(s -> s.values().get(chart.categories().indexOf(pollutant))
                    .doubleValue()).sum();
            assertThat(sum).as(pollutant).isCloseTo(100, within(1e-9));
        }
    }

    @Test
    void issuesAreAParetoOfTheEnterprisesAffected() {
        List<Map<String, String>> issues = RawCsv.read(DATA.resolve("issues.csv"));
        Map<String, Integer> affected = new LinkedHashMap<>();
        issues.forEach(row -> affected.put(row.get("问题编号"),
                new HashSet<>(Arrays.asList(row.get("涉及企业").split("、"))).size()));
        int all = affected.values().stream().mapToInt(Integer::intValue).sum();
        ChartSpec chart = charts.chart("issues", TableOptions.none());
        assertThat(chart.type()).isEqualTo(ChartSpec.Type.PARETO);
        // P10 affects 22 enterprises, the most
        assertThat(chart.categories().get(0)).isEqualTo("P10");
        List<Integer> counts = chart.series().get(0).values().stream().map(BigDecimal::intValue).toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder()).first().isEqualTo(22);
        for (String id : chart.categories()) {
            assertThat(chart.values("涉及企业数").get(id).intValue()).as(id).isEqualTo(affected.get(id));
        }
        List<BigDecimal> cumulative = chart.series().get(1).values();
        assertThat(cumulative.get(0).doubleValue()).isCloseTo(22 * 100.0 / all, within(1e-9));
        assertThat(cumulative.get(cumulative.size() - 1).doubleValue()).isCloseTo(100, within(1e-9));
        assertThat(chart.secondaryAxis()).isEqualTo("累计百分比（%）");
    }

    @Test
    void benefitShowsEachItemsReductionRate() {
        // COD: (3.4 + 4.2) t/a of options ÷ Σ COD discharged in 2025 × 100
        double discharged = RawCsv.readUpTo(DATA.resolve("emissions.csv"), RawCsv.EXAMPLE_BASELINE).stream().filter(r -> r.get("污染物").equals("COD"))
                .mapToDouble(r -> Double.parseDouble(r.get("排放量"))).sum();
        ChartSpec chart = charts.chart("benefit", TableOptions.none());
        assertThat(chart.values("全部方案").get("COD").doubleValue()).isCloseTo(7.6 / discharged * 100, within(1e-9));
        // neither COD option is implemented yet: no bar, no "0.0"
        assertThat(chart.values("其中已实施").get("COD").doubleValue()).isZero();
        assertThat(chart.series().get(1).labels().get(chart.categories().indexOf("COD"))).isEmpty();
        assertThat(chart.categories()).startsWith("能源", "新鲜水").contains("CO2").doesNotContain("经济效益");
        assertThat(chart.valueAxis()).isEqualTo("削减率（%）");
    }

    @Test
    void unknownNamesAndOptionsSayWhatIsAllowed() {
        assertThatThrownBy(() -> charts.chart("level", TableOptions.none())).isInstanceOf(RenderException.class)
                .hasMessage("未知的图表名称（unknown chart）：level，可用的有：levels、energy、carbon、emissions、issues、benefit、round-totals、round-energy");
        assertThatThrownBy(() -> charts.chart("energy", new TableOptions(Map.of("top", "0"))))
                .hasMessage("top= 应为正整数（positive integer），实为“0”");
        assertThatThrownBy(() -> charts.chart("emissions", new TableOptions(Map.of("pollutant", "CODcr"))))
                .hasMessageStartingWith("pollutant= 指定的污染物没有排放量数据（unknown pollutant）：“CODcr”，可用的有：COD、氨氮");
        assertThatThrownBy(() -> charts.chart("emissions", new TableOptions(Map.of("by", "省"))))
                .hasMessageContaining("（unknown grouping），实为“省”");
    }

    @Test
    void aCharacterTheFontLacksIsReported(@TempDir Path tmp) throws IOException {
        String rare = "ꙮ";
        assertThat(font.canDisplay(rare.codePointAt(0))).as("test premise: Noto Sans SC lacks " + rare).isFalse();
        Path project = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("project"));
        Path roster = project.resolve("data/roster.csv");
        Files.writeString(roster, Files.readString(roster).replace("江城恒坚硬铬科技有限公司", "江城恒坚" + rare + "硬铬科技有限公司"));
        ChartSpec chart = new Charts(view(project)).chart("energy", TableOptions.none());
        assertThat(painter.missingGlyphs(chart)).containsExactly("“ꙮ”（在“江城恒坚ꙮ硬铬科技有限公司”中）");
    }

    @Test
    void theBodyFontFileNamedByThePublisherIsUsed(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("body.ttf");
        try (var in = ChartFonts.class.getClassLoader().getResourceAsStream(ChartFonts.DEFAULT_RESOURCE)) {
            Files.copy(in, file);
        }
        ChartFonts fonts = new ChartFonts();
        assertThat(fonts.font(file.toString()).getFontName(java.util.Locale.ROOT)).isEqualTo("Noto Sans SC");
        assertThat(fonts.font(file.toString())).isSameAs(fonts.font(file.toString()));
        assertThat(fonts.font(file + "#Noto Sans SC").getFamily(java.util.Locale.ROOT)).isEqualTo("Noto Sans SC");
        assertThatThrownBy(() -> fonts.font(file + "#SimSun")).isInstanceOf(RenderException.class)
                .hasMessage("字体集合中没有这个字体（font face not found）：body.ttf#SimSun，其中有：Noto Sans SC");
        assertThatThrownBy(() -> fonts.font(tmp.resolve("missing.ttf").toString()))
                .hasMessage("找不到图表字体文件（font not found）：" + tmp.resolve("missing.ttf"));
    }

    @Test
    void aChartWithoutDataPrintsWhatIsMissing(@TempDir Path tmp) throws IOException {
        Path project = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("project"));
        Path issues = project.resolve("data/issues.csv");
        Files.writeString(issues, Files.readAllLines(issues, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);
        ChartSpec chart = new Charts(view(project)).chart("issues", TableOptions.none());
        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.missing()).containsExactly("共性问题（issues）");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.png(chart)));
        assertThat(image.getWidth()).isEqualTo(1361);
        // the message, in the open items' brown, and the empty axes
        long brown = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                brown += (image.getRGB(x, y) & 0xFFFFFF) == 0x7A2E00 ? 1 : 0;
            }
        }
        assertThat(brown).isGreaterThan(500);
    }

    private static String name(String id) {
        return RawCsv.read(DATA.resolve("roster.csv")).stream().filter(r -> r.get("企业编号").equals(id))
                .map(r -> r.get("企业名称")).findFirst().orElseThrow();
    }

    /** The chunk types of a PNG, in order. */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }
}
