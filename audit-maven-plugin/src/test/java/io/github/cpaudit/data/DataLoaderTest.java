package io.github.cpaudit.data;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataLoaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/data-corpus");
    private static DataLoader loader;

    @BeforeAll
    static void schema() {
        loader = new DataLoader(Schema.bundled(), IndustryCodes.bundled());
    }

    @Test
    void readsFullWidthDigitsAndGroupedNumbersExactly() {
        ProjectTables tables = loader.load(CORPUS.resolve("full-width-digits-ok"));

        List<TypedTable.Row> energy = tables.table("energy").orElseThrow().rows();
        assertThat(energy.get(0).get("year", Integer.class)).contains(2025);
        assertThat(energy.get(0).get("quantity", BigDecimal.class)).contains(new BigDecimal("1865.5"));
        assertThat(energy.get(1).get("quantity", BigDecimal.class)).contains(new BigDecimal("12.5"));
        // the roster writes 3360 without its section letter
        assertThat(tables.table("roster").orElseThrow().rows().get(1).get("industry_code", String.class)).contains("C3360");
    }

    @Test
    void readsXlsxNumbersAsTheirShortestDecimalAndKeysAsHeaders() {
        ProjectTables tables = loader.load(CORPUS.resolve("xlsx-not-a-number"));

        TypedTable production = tables.table("production").orElseThrow();
        assertThat(production.sheet()).isEqualTo("production");
        TypedTable.Row e02 = production.rows().get(1);
        assertThat(e02.source().format()).isEqualTo("data/audit.xlsx[production]:3");
        assertThat(e02.get("year", Integer.class)).contains(2025);          // stored by Excel as 2025.0
        assertThat(e02.get("output", BigDecimal.class)).contains(new BigDecimal("0.1")); // not 0.1000000000000000055…
        assertThat(production.rows().get(0).values()).doesNotContainKey("output"); // "约40" was refused
    }

    @Test
    void aColumnTheTableNamesIsDataEvenWhenItsNameStartsLikeANoteColumn(@TempDir Path project) throws IOException {
        Path data = Files.createDirectories(project.resolve("data"));
        Files.writeString(data.resolve("roster.csv"), "企业编号,企业名称,行业代码,所在区县,规模,审核类型\n"
                + "E01,甲电镀有限公司,C3360,临港区,小型,强制\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("checklist_status.csv"), "企业编号,资料项,提供情况,说明,备注（内部）\n"
                + "E01,B4.3,不适用,未做能源审计,李慧核实\n", StandardCharsets.UTF_8);
        ProjectTables tables = loader.load(project);
        TypedTable.Row row = tables.table("checklist_status").orElseThrow().rows().get(0);
        // 说明 is checklist_status's own column; 备注（内部） is a note and stays out
        assertThat(row.get("remark", String.class)).contains("未做能源审计");
        assertThat(row.values()).hasSize(4);
        assertThat(tables.problems().list()).isEmpty();
    }

    @Test
    void takesTheUnitWrittenInAHeaderAndAcceptsGb18030AndUtf16(@TempDir Path project) throws IOException {
        Path data = Files.createDirectories(project.resolve("data"));
        Files.write(data.resolve("roster.csv"), ("企业编号,企业名称,行业代码,所在区县,规模,审核类型\n"
                + "E01,江城华美电镀有限公司,C3360,临港区,小型,强制\n").getBytes("GB18030"));
        byte[] utf16 = "企业编号,年份,新鲜水量（万m³）,reused\nE01,2025,5.28,12600\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(data.resolve("水资源消耗.csv"), withBom);

        ProjectTables tables = loader.load(project);

        assertThat(tables.problems().list()).isEmpty();
        assertThat(tables.table("roster").orElseThrow().rows().get(0).get("name", String.class))
                .contains("江城华美电镀有限公司");
        TypedTable water = tables.table("water").orElseThrow();
        assertThat(water.headerUnits()).containsEntry("fresh", "万m³");
        assertThat(water.rows().get(0).get("fresh", BigDecimal.class)).contains(new BigDecimal("5.28"));
        assertThat(water.rows().get(0).get("reused", BigDecimal.class)).contains(new BigDecimal("12600"));
    }

    @Test
    void aFormulaWithoutACachedResultIsALocatedProblemAndNeverAZero(@TempDir Path project) throws IOException {
        Path data = Files.createDirectories(project.resolve("data"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet water = workbook.createSheet("water");
            header(water.createRow(0), "企业编号", "年份", "新鲜水量", "重复用水量");
            // E01: the fresh water is a formula POI wrote and nobody calculated (no <v> in the file)
            org.apache.poi.ss.usermodel.Row e01 = water.createRow(1);
            e01.createCell(0).setCellValue("E01");
            e01.createCell(1).setCellValue(2025);
            e01.createCell(2).setCellFormula("B2*3");
            e01.createCell(3).setCellValue(100);
            // E02: the same kind of formula, calculated, so the file holds its result 40 × 3 = 120
            org.apache.poi.ss.usermodel.Row e02 = water.createRow(2);
            e02.createCell(0).setCellValue("E02");
            e02.createCell(1).setCellValue(2025);
            e02.createCell(3).setCellValue(40);
            Cell computed = e02.createCell(2);
            computed.setCellFormula("D3*3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(computed);
            try (OutputStream out = Files.newOutputStream(data.resolve("audit.xlsx"))) {
                workbook.write(out);
            }
        }

        ProjectTables tables = loader.load(project);

        assertThat(tables.problems().list()).singleElement().satisfies(problem -> {
            assertThat(problem.location().format()).isEqualTo("data/audit.xlsx[water]:2 列“新鲜水量”");
            assertThat(problem.key()).isEqualTo("formula without result");
            assertThat(problem.message()).isEqualTo("公式没有计算结果（formula without result）："
                    + "应为数值（请在 Excel/WPS 中打开并保存，使公式算出结果，或改填数值），实为“=B2*3”");
        });
        List<TypedTable.Row> rows = tables.table("water").orElseThrow().rows();
        assertThat(rows.get(0).values()).doesNotContainKey("fresh"); // refused: not 0
        assertThat(rows.get(0).get("reused", BigDecimal.class)).contains(new BigDecimal("100"));
        assertThat(rows.get(1).get("fresh", BigDecimal.class)).contains(new BigDecimal("120"));
    }

    private static void header(org.apache.poi.ss.usermodel.Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    @Test
    void aProjectWithoutDataHasNoTablesAndNoProblems(@TempDir Path project) {
        ProjectTables tables = loader.load(project);
        assertThat(tables.tables()).isEmpty();
        assertThat(tables.problems().isEmpty()).isTrue();
    }
}
