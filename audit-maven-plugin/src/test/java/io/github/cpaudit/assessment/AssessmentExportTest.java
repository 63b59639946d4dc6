package io.github.cpaudit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 报送数据 export of the worked example: the header rows are pinned here (a renamed column
 * fails), the figures are recomputed by hand from the raw CSV, the workbook holds what the CSV
 * files hold, and names with CSV's special characters or a formula's look come back as written.
 */
class AssessmentExportTest {

    private static final Path DATA = RenderedTables.EXAMPLE.resolve("data");
    /** GB/T 2589 electricity, kgce/kWh (the example sets no other). */
    private static final BigDecimal ELECTRICITY_KGCE = new BigDecimal("0.1229");

    @TempDir
    static Path out;
    private static Map<String, List<List<String>>> csv;
    private static List<Map<String, String>> options;

    @BeforeAll
    static void export() throws IOException {
        List<Path> written = AssessmentExport.write(ProjectView.load(RenderedTables.EXAMPLE), out.resolve("export"));
        assertThat(written).extracting(path -> path.getFileName().toString())
                .containsExactly("enterprises.csv", "options.csv", "option_effects.csv", "benefits.csv", "assessment.xlsx");
        csv = new java.util.HashMap<>();
        for (String file : List.of("enterprises.csv", "options.csv", "option_effects.csv", "benefits.csv")) {
            csv.put(file, readCsv(out.resolve("export").resolve(file)));
        }
        options = RawCsv.read(DATA.resolve("options.csv"));
    }

    @Test
    void headerRowsAreTheDocumentedOnes() throws IOException {
        assertThat(csv.get("enterprises.csv").get(0)).containsExactly("企业编号", "企业名称", "统一社会信用代码", "行业代码",
                "所在区县", "审核类型", "评价等级", "得分YⅠ", "得分YⅡ", "得分YⅢ", "方案数", "已实施方案数", "单独实施方案数",
                "单独实施方案投资（万元）", "单独实施方案年经济效益（万元/a）", "单独实施方案节能量（tce/a）",
                "单独实施方案减碳量（tCO2/a）", "单独实施方案节水量（m³/a）");
        assertThat(csv.get("options.csv").get(0)).containsExactly("方案编号", "方案名称", "适用范围", "实施企业编号",
                "实施企业数", "类别", "实施状态", "效果已核定", "投资（万元）", "补贴（万元）", "年经济效益（万元/a）",
                "节能量（tce/a）", "减碳量（tCO2/a）", "效益类型", "净现值NPV（万元）", "净现值率NPVR", "内部收益率IRR（%）",
                "投资偿还期N（a）", "可行性");
        assertThat(csv.get("option_effects.csv").get(0)).containsExactly("方案编号", "项目", "单位", "削减量", "效果已核定");
        assertThat(csv.get("benefits.csv").get(0)).containsExactly("项目", "单位", "基准年排放/消耗", "方案实施后削减量",
                "削减率（%）", "其中已实施");
        byte[] bytes = Files.readAllBytes(out.resolve("export/enterprises.csv"));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void oneRowPerEnterpriseOfTheRoster() {
        List<Map<String, String>> roster = RawCsv.read(DATA.resolve("roster.csv"));
        List<List<String>> rows = csv.get("enterprises.csv");
        assertThat(rows).hasSize(roster.size() + 1);
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(roster.stream().map(row -> row.get("企业编号")).toList());
        assertThat(row("enterprises.csv", "E01").get(2)).isEqualTo(roster.get(0).get("统一社会信用代码"));
    }

    @Test
    void anEnterpriseCountsTheOptionsItTakesPartInAndAddsUpTheOnesItCarriesOutAlone() {
        for (String id : List.of("E18", "E05")) {
            List<Map<String, String>> taking = options.stream().filter(o -> o.get("实施企业").equals("全体")
                    || Arrays.asList(o.get("实施企业").split("、")).contains(id)).toList();
            List<Map<String, String>> alone = options.stream().filter(o -> o.get("实施企业").equals(id)).toList();
            List<String> row = row("enterprises.csv", id);
            assertThat(row.get(10)).isEqualTo(String.valueOf(taking.size()));
            assertThat(row.get(11)).isEqualTo(String.valueOf(taking.stream().filter(o -> o.get("实施状态").equals("已实施")).count()));
            assertThat(row.get(12)).isEqualTo(String.valueOf(alone.size()));
            assertThat(row.get(13)).isEqualTo(sum(alone, "投资（万元）").setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            assertThat(row.get(14)).isEqualTo(sum(alone, "年节省（万元）").setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        }
        // E18 carries out F12 alone: 4.5 万kWh and 4200 m³ a year (expected: it is 实施中)
        assertThat(row("enterprises.csv", "E18").get(15)).isEqualTo(tce("45000").toPlainString()); // 5.5305
        assertThat(row("enterprises.csv", "E18").get(17)).isEqualTo("4200");
        // E05 carries out F15 alone, implemented: the verified 9.2 万kWh counts, not the expected 9.6
        assertThat(row("enterprises.csv", "E05").get(15)).isEqualTo(tce("92000").toPlainString()); // 11.3068
        assertThat(row("enterprises.csv", "E05").get(17)).isEqualTo("0");
    }

    @Test
    void anOptionCarriesItsMoneyEffectsAndEconomics() {
        Map<String, String> f03 = options.stream().filter(o -> o.get("方案编号").equals("F03")).findFirst().orElseThrow();
        List<String> row = row("options.csv", "F03");
        assertThat(row.get(3)).isEqualTo(f03.get("实施企业"));
        assertThat(row.get(4)).isEqualTo(String.valueOf(f03.get("实施企业").split("、").length));
        assertThat(row.get(5)).isEqualTo("高费"); // 286 万元 > 50 (audit.yaml medium_max)
        assertThat(row.get(8)).isEqualTo("286.00");
        assertThat(row.get(9)).isEqualTo("30.00");
        assertThat(row.get(10)).isEqualTo("128.00");
        assertThat(row.get(11)).isEqualTo(tce("180000").toPlainString()); // 18.0 万kWh: 22.122 → 22.1
        assertThat(effect("F03", "新鲜水")).containsExactly("F03", "新鲜水", "m³/a", "225000", "否");
        // F02 is implemented and verified: its 新鲜水 is the verified 72000, not the expected 81000
        assertThat(effect("F02", "新鲜水")).containsExactly("F02", "新鲜水", "m³/a", "72000", "是");

        // F04 中费: I 48, P 36, n 8, no residual or subsidy; i 8 %, t 25 % (audit.yaml)
        double depreciation = 48.0 / 8;
        double cashFlow = 36 - 0.25 * (36 - depreciation); // 28.5
        double annuity = (1 - Math.pow(1.08, -8)) / 0.08;
        List<String> f04 = row("options.csv", "F04");
        assertThat(f04.get(5)).isEqualTo("中费");
        assertThat(f04.get(14)).isEqualTo(BigDecimal.valueOf(cashFlow * annuity - 48).setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString()); // 115.78
        assertThat(f04.get(17)).isEqualTo(BigDecimal.valueOf(48 / cashFlow).setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString()); // 1.68
        // a 无/低费 option has no economics
        assertThat(row("options.csv", "F15").subList(14, 18)).containsOnly("");
    }

    @Test
    void theBenefitSummaryAddsUpWhatEachOptionCounts() {
        // 新鲜水: the verified figure of an implemented option where there is one, else the expected one
        List<Map<String, String>> effects = RawCsv.read(DATA.resolve("option_effects.csv"));
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal implemented = BigDecimal.ZERO;
        for (Map<String, String> option : options) {
            String id = option.get("方案编号");
            boolean done = option.get("实施状态").equals("已实施");
            List<Map<String, String>> water = effects.stream().filter(e -> e.get("方案编号").equals(id)
                    && e.get("项目").equals("新鲜水")).toList();
            boolean verified = done && water.stream().anyMatch(e -> e.get("核定").equals("是"));
            BigDecimal amount = water.stream().filter(e -> e.get("核定").equals(verified ? "是" : "否"))
                    .map(e -> new BigDecimal(e.get("削减量"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            all = all.add(amount);
            implemented = done ? implemented.add(amount) : implemented;
        }
        List<String> water = row("benefits.csv", "新鲜水");
        assertThat(water.get(1)).isEqualTo("m³/a");
        assertThat(new BigDecimal(water.get(3))).isEqualByComparingTo(all); // 72000 + 225000 + 88000 + 4200 + 8000
        assertThat(new BigDecimal(water.get(5))).isEqualByComparingTo(implemented);
        // 经济效益: the annual savings, no baseline and no rate
        assertThat(row("benefits.csv", "经济效益")).containsExactly("经济效益", "万元/a", "",
                sum(options, "年节省（万元）").setScale(2, RoundingMode.HALF_EVEN).toPlainString(), "",
                sum(options.stream().filter(o -> o.get("实施状态").equals("已实施")).toList(), "年节省（万元）")
                        .setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    @Test
    void theWorkbookHoldsWhatTheCsvFilesHold() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("export/assessment.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            for (ExportSheet sheet : ExportSheet.values()) {
                List<List<String>> rows = csv.get(sheet.file());
                Sheet read = workbook.getSheet(sheet.title());
                assertThat(read.getLastRowNum()).isEqualTo(rows.size() - 1);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String expected = rows.get(r).get(c);
                        Cell cell = read.getRow(r).getCell(c);
                        if (r > 0 && cell.getCellType() == CellType.NUMERIC) {
                            assertThat(new BigDecimal(expected).doubleValue()).as(sheet + " " + r + ":" + c)
                                    .isEqualTo(cell.getNumericCellValue());
                        } else {
                            assertThat(cell.getCellType()).as(sheet + " " + r + ":" + c).isIn(CellType.STRING, CellType.BLANK);
                            assertThat(cell.getStringCellValue()).as(sheet + " " + r + ":" + c).isEqualTo(expected);
                        }
                    }
                }
            }
            // numbers are numeric cells, shown with the report's decimals
            Row f03 = workbook.getSheet("方案").getRow(3);
            assertThat(f03.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(f03.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void namesWithCsvCharactersOrAFormulasLookComeBackAsWritten(@TempDir Path copy) throws IOException {
        ProjectCopy.of(RenderedTables.EXAMPLE, copy);
        String tricky = "江城,华美\"电镀\"\n有限公司";
        String formula = "=cmd|' /C calc'!A0";
        ProjectCopy.replace(copy.resolve("data/roster.csv"), "E01,江城华美电镀有限公司,",
                "E01,\"" + tricky.replace("\"", "\"\"") + "\",");
        ProjectCopy.replace(copy.resolve("data/roster.csv"), "E02,江城锦华表面处理有限公司,", "E02,\"" + formula + "\",");
        AssessmentExport.write(ProjectView.load(copy), copy.resolve("export"));

        List<List<String>> rows = readCsv(copy.resolve("export/enterprises.csv"));
        assertThat(rows.get(1).get(1)).isEqualTo(tricky);
        // the CSV guard: an apostrophe before a text a spreadsheet would run as a formula
        assertThat(rows.get(2).get(1)).isEqualTo("'" + formula);
        try (InputStream in = Files.newInputStream(copy.resolve("export/assessment.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Cell name = workbook.getSheet("企业").getRow(2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(formula);
            assertThat(workbook.getSheet("企业").getRow(1).getCell(1).getStringCellValue()).isEqualTo(tricky);
        }
    }

    @Test
    void anOutputPlaceThatIsAFileIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("export"), "the writer's own file");
        assertThatThrownBy(() -> AssessmentExport.write(ProjectView.load(RenderedTables.EXAMPLE), file))
                .isInstanceOf(AuditException.class).hasMessageContaining("output blocked")
                .hasMessageContaining("是一个文件，不是文件夹").hasMessageContaining("audit.export.outputDirectory");
        assertThat(Files.readString(file)).isEqualTo("the writer's own file");
    }

    /** tce of this many kWh of electricity, to 0.1 as the report prints it. */
    private static BigDecimal tce(String kwh) {
        return new BigDecimal(kwh).multiply(ELECTRICITY_KGCE).divide(new BigDecimal(1000)).setScale(1, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> row.get(column)).filter(text -> !text.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> row(String file, String first) {
        return csv.get(file).stream().filter(row -> row.get(0).equals(first)).findFirst().orElseThrow();
    }

    private static List<String> effect(String option, String item) {
        return csv.get("option_effects.csv").stream().filter(row -> row.get(0).equals(option) && row.get(1).equals(item))
                .findFirst().orElseThrow();
    }

    /** Every record, the header first, the BOM removed. */
    private static List<List<String>> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(in)) {
                rows.add(record.stream().map(value -> value.replace("\uFEFF", "")).toList());
            }
            return rows;
        }
    }
}
