package io.github.cpaudit.intake;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.ProjectCopy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Returned workbooks that are wrong in one way each, and the message each must give: at the
 * workbook, sheet and cell a person looks at, with what was expected and what was found; and
 * data/ is left as it was.
 */
class BadWorkbookCorpusTest {

    private static final Path EXAMPLE = Path.of("../examples/electroplating");
    private static final String ENERGY = "能源消耗";
    private static final String ROSTER = "企业名录";
    private static final Object[] ENERGY_HEADER = {"企业编号", "年份", "能源品种", "实物量", "单位"};

    /** E01's form with one energy sheet whose data row 5 is {@code row}. */
    private static Consumer<Path> energy(Object... row) {
        return dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                .row(ENERGY, 2, ENERGY_HEADER).row(ENERGY, 4, row).save(dir.resolve("E01.xlsx"));
    }

    private static Consumer<Path> roster(Object... row) {
        return dir -> new ReturnedForm().meta("E01", ROSTER, "roster")
                .row(ROSTER, 2, "企业编号", "企业名称", "行业代码", "所在区县", "规模", "审核类型", "重点排放单位", "统一社会信用代码")
                .row(ROSTER, 4, row).save(dir.resolve("E01.xlsx"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("not a workbook", (Consumer<Path>) dir -> write(dir.resolve("E01.xlsx"), "企业编号,年份\n"),
                        "returned/E01.xlsx: ", "unreadable workbook", "无法作为 .xlsx 打开"),
                arguments("formula without a result", (Consumer<Path>) dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                                .row(ENERGY, 2, ENERGY_HEADER).row(ENERGY, 4, "E01", 2026, "电力", null, "万kWh")
                                .formula(ENERGY, 4, 3, "SUM(F5:F9)").save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 能源消耗!D5：", "formula without result", "实为“=SUM(F5:F9)”"),
                arguments("words in a number", energy("E01", 2026, "电力", "约17", "万kWh"),
                        "returned/E01.xlsx › 能源消耗!D5：", "not a number", "实为“约17”"),
                arguments("negative amount", energy("E01", 2026, "电力", -5, "万kWh"),
                        "returned/E01.xlsx › 能源消耗!D5：", "negative quantity", "实为“-5”"),
                arguments("unknown unit", energy("E01", 2026, "电力", 5, "吨标煤每年"),
                        "returned/E01.xlsx › 能源消耗!E5：", "unknown unit", "实为“吨标煤每年”"),
                arguments("year in words", energy("E01", "25年", "电力", 5, "万kWh"),
                        "returned/E01.xlsx › 能源消耗!B5：", "bad year", "实为“25年”"),
                arguments("required cell empty", energy("E01", 2026, null, 5, "万kWh"),
                        "returned/E01.xlsx › 能源消耗!C5：", "missing value", "应为能源品种"),
                arguments("Excel error value", energy("E01", 2026, "电力", "#DIV/0!", "万kWh"),
                        "returned/E01.xlsx › 能源消耗!D5：", "not a number", "实为“#DIV/0!”"),
                arguments("another enterprise's row", energy("E02", 2026, "电力", 5, "万kWh"),
                        "returned/E01.xlsx › 能源消耗!A5：", "other enterprise", "实为“E02”"),
                arguments("enterprise not in the roster", (Consumer<Path>) dir -> new ReturnedForm()
                                .row(ENERGY, 0, ENERGY_HEADER).row(ENERGY, 1, "E99", 2026, "电力", 5, "万kWh")
                                .save(dir.resolve("全部企业.xlsx")),
                        "returned/全部企业.xlsx › 能源消耗!A2：", "unknown enterprise", "实为“E99”"),
                arguments("the same row twice", (Consumer<Path>) dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                                .row(ENERGY, 2, ENERGY_HEADER).row(ENERGY, 4, "E01", 2026, "电力", 5, "万kWh")
                                .row(ENERGY, 5, "E01", 2026, "电力", 6, "万kWh").save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 能源消耗!A6：", "duplicate key", "与第 5 行相同"),
                arguments("one record, two workbooks, two values", (Consumer<Path>) dir -> {
                    energy("E01", 2026, "电力", 5, "万kWh").accept(dir);
                    new ReturnedForm().row(ENERGY, 0, ENERGY_HEADER).row(ENERGY, 1, "E01", 2026, "电力", 6, "万kWh")
                            .save(dir.resolve("汇总.xlsx"));
                }, "returned/汇总.xlsx › 能源消耗!A2：", "collected twice", "与 returned/E01.xlsx › 能源消耗!5 相同"),
                arguments("a required column deleted", (Consumer<Path>) dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量")
                                .row(ENERGY, 4, "E01", 2026, "电力", 5).save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 能源消耗!3：", "missing required column", "有“单位”（unit）列"),
                arguments("a column the table does not have", (Consumer<Path>) dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量", "单位", "用途")
                                .row(ENERGY, 4, "E01", 2026, "电力", 5, "万kWh", "生产").save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 能源消耗!F3：", "unknown column", "实为“用途”"),
                arguments("a value beside the table", energy("E01", 2026, "电力", 5, "万kWh", null, "见附件"),
                        "returned/E01.xlsx › 能源消耗!G5：", "cell without header", "实为“见附件”"),
                arguments("a header typed twice", (Consumer<Path>) dir -> new ReturnedForm().meta("E01", ENERGY, "energy")
                                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量", "单位", "实物量")
                                .row(ENERGY, 4, "E01", 2026, "电力", 5, "万kWh", 6).save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 能源消耗!F3：", "duplicate header", "实为“实物量”"),
                arguments("water in tonnes where data/water.csv has m³", (Consumer<Path>) dir -> new ReturnedForm()
                                .meta("E01", "水资源消耗", "water")
                                .row("水资源消耗", 2, "企业编号", "年份", "新鲜水量（t）", "重复用水量（m³）")
                                .row("水资源消耗", 4, "E01", 2026, 25000, 40000).save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 水资源消耗!C5：", "unit differs from data", "应为新鲜水量（m³）"),
                arguments("a size the list does not have", roster("E01", "江城华美电镀有限公司", "C3360", "临港区", "中等", "强制"),
                        "returned/E01.xlsx › 企业名录!E5：", "unknown value", "实为“中等”"),
                arguments("yes or no in words", roster("E01", "江城华美电镀有限公司", "C3360", "临港区", "中型", "强制", "可能"),
                        "returned/E01.xlsx › 企业名录!G5：", "not yes or no", "实为“可能”"),
                arguments("an industry code that does not exist", roster("E01", "江城华美电镀有限公司", "C9999", "临港区", "中型", "强制"),
                        "returned/E01.xlsx › 企业名录!C5：", "unknown industry code", "实为“C9999”"),
                arguments("a credit code of the wrong length", roster("E01", "江城华美电镀有限公司", "C3360", "临港区", "中型", "强制", "否",
                                "91990100MXP6759X"),
                        "returned/E01.xlsx › 企业名录!H5：", "bad format", "18 位统一社会信用代码"),
                arguments("a status the checklist does not have", (Consumer<Path>) dir -> new ReturnedForm().meta("E01")
                                .row(FormLayout.INSTRUCTIONS_SHEET, 3, "编号", "资料类别", "资料项", "要求", "填写位置", "提供情况", "提供日期", "说明")
                                .row(FormLayout.INSTRUCTIONS_SHEET, 4, "B1.1", "", "", "", "", "已交").save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 填表说明!F5：", "unknown value", "实为“已交”"),
                arguments("a date that is not one", (Consumer<Path>) dir -> new ReturnedForm().meta("E01")
                                .row(FormLayout.INSTRUCTIONS_SHEET, 3, "编号", "资料类别", "资料项", "要求", "填写位置", "提供情况", "提供日期", "说明")
                                .row(FormLayout.INSTRUCTIONS_SHEET, 4, "B1.1", "", "", "", "", "已提供", "2026年13月5日")
                                .save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › 填表说明!G5：", "bad date", "实为“2026年13月5日”"),
                arguments("a sheet nobody knows", (Consumer<Path>) dir -> new ReturnedForm().meta("E01")
                                .row("Sheet1", 0, "随便写的", "内容").save(dir.resolve("E01.xlsx")),
                        "returned/E01.xlsx › Sheet1：", "unknown sheet", "实为“Sheet1”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadWorkbookGivesItsMessageAndChangesNothing(String name, Consumer<Path> returned, String place, String key,
            String detail, @org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path project = ProjectCopy.of(EXAMPLE, temp.resolve("p"));
        Path dir = Files.createDirectories(project.resolve("returned"));
        returned.accept(dir);
        List<byte[]> before = data(project);

        FormCollection.Result result = new FormCollection().collect(new FormCollection.Request(project, dir, true, false));

        assertThat(result.problems()).as(name).anySatisfy(problem -> {
            assertThat(problem.format()).startsWith(place).contains(detail);
            assertThat(problem.key()).isEqualTo(key);
        });
        assertThat(result.written()).isEmpty();
        assertThat(data(project)).as("data/ unchanged").containsExactlyElementsOf(before);
    }

    private static List<byte[]> data(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("data"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
