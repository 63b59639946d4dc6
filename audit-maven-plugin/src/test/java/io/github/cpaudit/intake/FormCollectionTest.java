package io.github.cpaudit.intake;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.ProjectCopy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit:collect} on a copy of the example project, with workbooks filled the awkward ways people fill them. */
class FormCollectionTest {

    private static final Path EXAMPLE = Path.of("../examples/electroplating");
    private static final String ENERGY = "能源消耗";
    private static final String WATER = "水资源消耗";

    @TempDir
    Path temp;

    /**
     * E01's returned form: renamed, sheets re-ordered, a number typed as "1,234.5", full-width
     * digits, a calculated formula, a blank row, a row with only the pre-filled id, a two-row header
     * with merged cells, and Appendix B statuses on the instruction sheet.
     */
    private static void awkwardForm(Path file) {
        new ReturnedForm()
                .meta("E01", ENERGY, "energy", WATER, "water")
                .row(ENERGY, 0, "能源消耗（江城华美电镀有限公司）")
                .row(ENERGY, 1, "每种能源一行")
                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量", "单位", "低位发热量（kJ/m³）")
                .row(ENERGY, 3, "示例", 2025, "电力", 100, "万kWh")
                .row(ENERGY, 4, "E01", 2027, "电力", "1,234.5", "万kWh")
                .row(ENERGY, 6, "E01", "２０２７", "天然气", null, "万m³", "３５５８８")
                .formula(ENERGY, 6, 3, "17.17*1")
                .row(ENERGY, 7, "E01")
                .row(WATER, 0, "水资源消耗")
                .row(WATER, 2, "企业编号", "年份", "用水量")
                .row(WATER, 3, null, null, "新鲜水量（m³）", "重复用水量（m³）")
                .merge(WATER, "A3:A4").merge(WATER, "B3:B4").merge(WATER, "C3:D3")
                .row(WATER, 4, null, 2027, 25000, 40000)
                .row(FormLayout.INSTRUCTIONS_SHEET, 0, "填表说明")
                .row(FormLayout.INSTRUCTIONS_SHEET, 5, "编号", "资料类别", "资料项", "要求", "填写位置", "提供情况", "提供日期", "说明")
                .row(FormLayout.INSTRUCTIONS_SHEET, 6, "B1.1", "基本情况", "营业执照", "必需", "随表提交文件", "已提供", "2026-05-01")
                .row(FormLayout.INSTRUCTIONS_SHEET, 7, "B4.1", "原辅材料与能源", "原辅材料", "必需", "原辅材料消耗", "不适用", null, "无外购原料")
                .row(FormLayout.INSTRUCTIONS_SHEET, 8, "B4.3", "原辅材料与能源", "…", "可选", "随表提交文件")
                .order(WATER, 0)
                .evaluate()
                .save(file);
    }

    private Path project(String name) {
        return ProjectCopy.of(EXAMPLE, temp.resolve(name));
    }

    private static FormCollection.Result collect(Path project, boolean apply, boolean overwrite) {
        return new FormCollection().collect(new FormCollection.Request(project, project.resolve("returned"), apply, overwrite));
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void summaryFirstAndNothingWrittenUnlessApplied() throws IOException {
        Path project = project("p");
        awkwardForm(project.resolve("returned/华美-已填（最终版）.xlsx"));
        byte[] energy = Files.readAllBytes(project.resolve("data/energy.csv"));

        FormCollection.Result result = collect(project, false, false);

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        assertThat(result.summary()).anyMatch(l -> l.startsWith("  能源消耗（data/energy.csv）：新增 2 行，补充空白 0 行，与已有数据不同 0 处，相同 0 行"));
        assertThat(result.summary()).anyMatch(l -> l.startsWith("  水资源消耗（data/water.csv）：新增 1 行"));
        assertThat(result.summary().get(result.summary().size() - 1)).startsWith("未写入任何文件");
        assertThat(result.written()).isEmpty();
        assertThat(Files.readAllBytes(project.resolve("data/energy.csv"))).isEqualTo(energy);
    }

    @Test
    void appliedRowsAreAppendedAndTheRestStaysByteForByte() throws IOException {
        Path project = project("p");
        awkwardForm(project.resolve("returned/E01.xlsx"));
        String energy = text(project.resolve("data/energy.csv"));
        String water = text(project.resolve("data/water.csv"));
        String statuses = text(project.resolve("data/checklist_status.csv"));

        FormCollection.Result result = collect(project, true, false);

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        // "1,234.5" as text, 17.17 from the formula's result, ３５５８８ and ２０２７ typed full-width
        assertThat(text(project.resolve("data/energy.csv")))
                .isEqualTo(energy + "E01,2027,电力,1234.5,万kWh,\nE01,2027,天然气,17.17,万m³,35588\n");
        // the two-row header with merged cells; the id the person left out is the form's enterprise
        assertThat(text(project.resolve("data/water.csv"))).isEqualTo(water + "E01,2027,25000,40000\n");
        // statuses are tracking: the form's date and 不适用 replace the old rows in place; B4.3 left blank is not read
        String expected = statuses.replace("E01,B1.1,已提供,2026-04-10,\n", "E01,B1.1,已提供,2026-05-01,\n")
                .replace("E01,B4.1,已提供,2026-04-10,\n", "E01,B4.1,不适用,2026-04-10,无外购原料\n");
        assertThat(text(project.resolve("data/checklist_status.csv"))).isEqualTo(expected);
        assertThat(result.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("energy.csv", "water.csv", "checklist_status.csv");
    }

    @Test
    void aValueUnderAnotherUnitOfTheSameKindIsConvertedToTheFilesUnit() throws IOException {
        Path project = project("p");
        new ReturnedForm().meta("E01", WATER, "water")
                .row(WATER, 2, "企业编号", "年份", "新鲜水量（万m³）", "重复用水量（万m³）")
                .row(WATER, 4, "E01", 2027, 2.515, "4.1")
                .save(project.resolve("returned/E01.xlsx"));
        String water = text(project.resolve("data/water.csv"));

        FormCollection.Result result = collect(project, true, false);

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        // 2.515 万m³ = 25150 m³, 4.1 万m³ = 41000 m³: data/water.csv's header says m³
        assertThat(text(project.resolve("data/water.csv"))).isEqualTo(water + "E01,2027,25150,41000\n");
    }

    @Test
    void aHeaderWithoutAUnitMeansTheSchemasUnit() throws IOException {
        Path project = project("p");
        // the project's CSV says 新鲜水量 without a unit: the data loader reads it as the schema's m³
        ProjectCopy.replace(project.resolve("data/water.csv"), "企业编号,年份,新鲜水量（m³）,重复用水量（m³）",
                "企业编号,年份,新鲜水量,重复用水量");
        new ReturnedForm().meta("E01", WATER, "water")
                .row(WATER, 2, "企业编号", "年份", "新鲜水量（m³）", "重复用水量（万m³）")
                .row(WATER, 4, "E01", 2027, 25150, 4.1)
                .save(project.resolve("returned/E01.xlsx"));
        String water = text(project.resolve("data/water.csv"));

        FormCollection.Result result = collect(project, true, false);

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        assertThat(text(project.resolve("data/water.csv"))).isEqualTo(water + "E01,2027,25150,41000\n");
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Path first = project("a");
        Path second = project("b");
        awkwardForm(first.resolve("returned/E01.xlsx"));
        Files.createDirectories(second.resolve("returned"));
        Files.copy(first.resolve("returned/E01.xlsx"), second.resolve("returned/E01.xlsx"));
        for (Path project : List.of(first, second)) {
            collect(project, true, false);
        }
        for (String table : List.of("energy", "water", "checklist_status")) {
            assertThat(Files.readAllBytes(second.resolve("data/" + table + ".csv")))
                    .isEqualTo(Files.readAllBytes(first.resolve("data/" + table + ".csv")));
        }
    }

    @Test
    void aValueThatDiffersIsListedAndReplacedOnlyWhenAsked() throws IOException {
        Path project = project("p");
        // data/energy.csv has E01,2025,电力,259.9,万kWh
        new ReturnedForm().meta("E01", ENERGY, "energy")
                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量", "单位")
                .row(ENERGY, 4, "E01", 2025, "电力", 260.4, "万kWh")
                .save(project.resolve("returned/E01.xlsx"));
        String energy = text(project.resolve("data/energy.csv"));

        FormCollection.Result kept = collect(project, true, false);
        assertThat(kept.summary()).contains("    不同 E01 · 2025 · 电力 列“实物量”：data/energy.csv:2 为“259.9”，returned/E01.xlsx › 能源消耗!D5 为“260.4”");
        assertThat(text(project.resolve("data/energy.csv"))).isEqualTo(energy);

        collect(project, true, true);
        assertThat(text(project.resolve("data/energy.csv")))
                .isEqualTo(energy.replace("E01,2025,电力,259.9,万kWh,", "E01,2025,电力,260.4,万kWh,"));
    }

    @Test
    void everyProblemIsReportedAtItsCellAndNothingIsWritten() throws IOException {
        Path project = project("p");
        awkwardForm(project.resolve("returned/E01.xlsx"));
        new ReturnedForm().meta("E02", ENERGY, "energy")
                .row(ENERGY, 2, "企业编号", "年份", "能源品种", "实物量", "单位")
                .row(ENERGY, 4, "E02", 2027, "电力", null, "万kWh")
                .formula(ENERGY, 4, 3, "B5*2")
                .row(ENERGY, 5, "E02", 2027, "天然气", "约17", "万m³")
                .row(ENERGY, 6, "E07", 2027, "柴油", 3, "t")
                .save(project.resolve("returned/E02.xlsx"));
        String energy = text(project.resolve("data/energy.csv"));

        FormCollection.Result result = collect(project, true, false);

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "returned/E02.xlsx › 能源消耗!D5：公式没有计算结果（formula without result）：应为数值（请在 Excel/WPS 中打开并保存，"
                        + "使公式算出结果，或改填数值），实为“=B5*2”",
                "returned/E02.xlsx › 能源消耗!D6：不是数字（not a number）：应为不小于 0 的数，实为“约17”",
                "returned/E02.xlsx › 能源消耗!A7：企业编号与本采集表不符（other enterprise）：应为E02（本工作簿的企业），实为“E07”");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.written()).isEmpty();
        assertThat(text(project.resolve("data/energy.csv"))).isEqualTo(energy);
    }
}
