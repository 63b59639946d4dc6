package io.github.cpaudit.intake;

import static io.github.cpaudit.intake.FormReading.index;
import static io.github.cpaudit.intake.FormReading.listAt;
import static io.github.cpaudit.intake.FormReading.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import io.github.cpaudit.testing.SyntheticProject;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collection workbooks of a small synthetic project (three enterprises, one with an id that looks
 * like a number and a name full of characters that are special in file names, HTML and templates),
 * read back with POI.
 */
class CollectionFormsTest {

    private static final Schema SCHEMA = Schema.bundled();
    private static final String ODD_NAME = "华美|电镀*{x}<script>alert(1)</script>有限公司";
    private static final int ROWS = 5;

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        project = dir.resolve("project");
        SyntheticProject.write(project, 3, 11L, RenderedTables.EXAMPLE.resolve("indicators/electroplating.yaml"));
        for (Path csv : List.of(project.resolve("data/energy.csv"), project.resolve("data/production.csv"),
                project.resolve("data/water.csv"), project.resolve("data/indicator_values.csv"))) {
            Files.writeString(csv, Files.readString(csv).replace("E0001,", "0012,"));
        }
        Files.writeString(project.resolve("data/roster.csv"), """
                企业编号,企业名称,行业代码,所在区县,规模,审核类型,重点排放单位
                0012,%s,C3360,临港区,小型,强制,是
                E0002,锦华/表面:处理?有限公司,C3360,江南区,小型,自愿,否
                E0003,  .恒坚硬铬. ,C3360,江北区,中型,自愿,否
                """.formatted(ODD_NAME), StandardCharsets.UTF_8);
        // the fresh water in 万m³: the form's header says m³
        Path water = project.resolve("data/water.csv");
        Files.writeString(water, Files.readString(water).replace("新鲜水量,", "新鲜水量（万m³）,"));
    }

    private List<Path> write(boolean roster) {
        return new CollectionForms(line -> { }).write(new CollectionForms.Request(project,
                project.resolve("target/audit/forms"), ROWS, roster));
    }

    @Test
    void fileNamesAreSafeAndNamesGoInAsPlainText() throws Exception {
        List<Path> written = write(false);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "0012-华美_电镀_{x}_script_alert(1)_script_有限公司.xlsx", "E0002-锦华_表面_处理_有限公司.xlsx",
                "E0003-.恒坚硬铬.xlsx");
        try (XSSFWorkbook book = FormReading.open(written.get(0))) {
            assertThat(FormReading.row(book.getSheet(FormLayout.META_SHEET), 0))
                    .containsExactly(FormLayout.FORMAT, "0012", ODD_NAME);
            assertThat(text(book.getSheet(FormLayout.INSTRUCTIONS_SHEET), 2, 1)).isEqualTo(ODD_NAME);
            Sheet roster = book.getSheet("企业名录");
            assertThat(text(roster, FormLayout.TITLE_ROW, 0)).isEqualTo("企业名录（0012 " + ODD_NAME + "）");
            assertThat(text(roster, FormLayout.FIRST_DATA_ROW, 1)).isEqualTo(ODD_NAME);
            assertThat(roster.getRow(FormLayout.FIRST_DATA_ROW).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void theEnterpriseIdIsPrefilledAndLockedAndTheDataCellsAreOpen() throws Exception {
        try (XSSFWorkbook book = FormReading.open(write(false).get(0))) {
            for (TableSpec table : FormLayout.enterpriseTables(SCHEMA)) {
                XSSFSheet sheet = book.getSheet(table.name());
                assertThat(sheet.getProtect()).as(table.key()).isTrue();
                assertThat(sheet.getCTWorksheet().getSheetProtection().getPassword()).isNull();
                assertThat(sheet.isInsertRowsLocked()).isFalse();
                assertThat(sheet.isDeleteRowsLocked()).isFalse();
                assertThat(sheet.isFormatCellsLocked()).isFalse();
                int enterprise = table.columns().indexOf(FormLayout.enterpriseColumn(table));
                int last = sheet.getLastRowNum();
                for (int r = FormLayout.TITLE_ROW; r <= FormLayout.EXAMPLE_ROW; r++) {
                    assertThat(sheet.getRow(r).getCell(0).getCellStyle().getLocked()).isTrue();
                }
                for (int r = FormLayout.FIRST_DATA_ROW; r <= last; r++) {
                    assertThat(text(sheet, r, enterprise)).as("%s row %d", table.key(), r).isEqualTo("0012");
                    assertThat(sheet.getRow(r).getCell(enterprise).getCellStyle().getLocked()).isTrue();
                    for (int c = 0; c < table.columns().size(); c++) {
                        if (c != enterprise) {
                            assertThat(sheet.getRow(r).getCell(c).getCellStyle().getLocked()).as("%s %d,%d", table.key(), r, c)
                                    .isFalse();
                        }
                    }
                }
                // rows typed below the prepared ones are open too, except the id
                for (int c = 0; c < table.columns().size(); c++) {
                    assertThat(sheet.getColumnStyle(c).getLocked()).isEqualTo(c == enterprise);
                }
                Path csv = project.resolve("data/" + table.key() + ".csv");
                int known = Files.exists(csv) ? (int) Files.readAllLines(csv).stream().filter(l -> l.startsWith("0012,")).count() : 0;
                assertThat(last - FormLayout.FIRST_DATA_ROW + 1).as(table.key())
                        .isEqualTo(table.key().equals("roster") ? 1 : known + ROWS);
            }
        }
    }

    @Test
    void categoricalColumnsOfferTheirValuesFromTheListsSheet() throws Exception {
        try (XSSFWorkbook book = FormReading.open(write(false).get(1))) {
            TableSpec materials = SCHEMA.table("materials").orElseThrow();
            XSSFSheet sheet = book.getSheet(materials.name());
            int row = FormLayout.FIRST_DATA_ROW + 2;
            FormReading.ListAt toxic = listAt(sheet, row, index(materials, "toxic"));
            assertThat(toxic.name()).isEqualTo("L_materials_toxic");
            assertThat(toxic.values()).containsExactly("是", "否");
            assertThat(toxic.errorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            FormReading.ListAt unit = listAt(sheet, FormLayout.FIRST_DATA_ROW + 999, index(materials, "unit"));
            assertThat(unit.values()).containsExactlyElementsOf(Arrays.stream(Unit.values()).map(Unit::symbol).toList());
            assertThat(unit.errorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(listAt(sheet, FormLayout.FIRST_DATA_ROW + 1000, index(materials, "unit"))).isNull();

            TableSpec emissions = SCHEMA.table("emissions").orElseThrow();
            ColumnSpec category = emissions.column("category").orElseThrow();
            FormReading.ListAt categories = listAt(book.getSheet(emissions.name()), row, index(emissions, "category"));
            assertThat(categories.values()).containsExactlyElementsOf(category.values());
            assertThat(categories.errorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

            TableSpec roster = SCHEMA.table("roster").orElseThrow();
            FormReading.ListAt reasons = listAt(book.getSheet(roster.name()), FormLayout.FIRST_DATA_ROW, index(roster, "audit_reasons"));
            assertThat(reasons.values()).containsExactlyElementsOf(roster.column("audit_reasons").orElseThrow().values());
            // several reasons joined by 、 are valid data: only a warning
            assertThat(reasons.errorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

            TableSpec energy = SCHEMA.table("energy").orElseThrow();
            FormReading.ListAt types = listAt(book.getSheet(energy.name()), row, index(energy, "energy_type"));
            assertThat(types.values()).contains("电力", "天然气", "柴油", "蒸汽");
            assertThat(types.errorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

            // every list is a name on the hidden lists sheet, none inline
            for (XSSFSheet each : List.of(sheet, book.getSheet(energy.name()))) {
                each.getDataValidations().stream()
                        .filter(v -> v.getValidationConstraint().getValidationType()
                                == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST)
                        .forEach(v -> assertThat(v.getValidationConstraint().getFormula1()).startsWith("L_"));
            }
        }
    }

    @Test
    void numberFormatsKeepIdsAsTextAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook book = FormReading.open(write(false).get(0))) {
            TableSpec production = SCHEMA.table("production").orElseThrow();
            Sheet sheet = book.getSheet(production.name());
            int row = FormLayout.FIRST_DATA_ROW;
            assertThat(sheet.getRow(row).getCell(index(production, "enterprise")).getStringCellValue()).isEqualTo("0012");
            assertThat(sheet.getRow(row).getCell(index(production, "enterprise")).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getRow(row).getCell(index(production, "year")).getNumericCellValue()).isEqualTo(2025);
            assertThat(sheet.getRow(row).getCell(index(production, "year")).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(sheet.getRow(row + ROWS).getCell(index(production, "output")).getCellStyle().getDataFormatString())
                    .isEqualTo("General");
            assertThat(sheet.getRow(row).getCell(index(production, "unit")).getCellStyle().getDataFormatString()).isEqualTo("@");
            TableSpec permits = SCHEMA.table("permits").orElseThrow();
            assertThat(book.getSheet(permits.name()).getColumnStyle(index(permits, "valid_until")).getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void aQuantityWrittenInAnotherUnitIsConvertedToTheFormsUnit() throws Exception {
        Map<String, String> csv = RawCsv.read(project.resolve("data/water.csv")).stream()
                .filter(r -> r.get("企业编号").equals("E0002")).findFirst().orElseThrow();
        try (XSSFWorkbook book = FormReading.open(write(false).get(1))) {
            TableSpec water = SCHEMA.table("water").orElseThrow();
            Sheet sheet = book.getSheet(water.name());
            assertThat(text(sheet, FormLayout.HEADER_ROW, index(water, "fresh"))).isEqualTo("新鲜水量（m³）");
            assertThat(new BigDecimal(text(sheet, FormLayout.FIRST_DATA_ROW, index(water, "fresh"))))
                    .isEqualByComparingTo(new BigDecimal(csv.get("新鲜水量（万m³）")).multiply(new BigDecimal(10000)));
            assertThat(new BigDecimal(text(sheet, FormLayout.FIRST_DATA_ROW, index(water, "reused"))))
                    .isEqualByComparingTo(new BigDecimal(csv.get("重复用水量")));
        }
    }

    @Test
    void aKeyCarbonEmitterMustProvideItsCarbonItemAndOthersNeedNot() throws Exception {
        List<Path> written = write(false);
        String item = io.github.cpaudit.catalog.Checklist.bundled().items().stream()
                .filter(i -> "重点排放单位".equals(i.condition())).findFirst().orElseThrow().id();
        assertThat(requirement(written.get(0), item)).isEqualTo("必需（重点排放单位）");
        assertThat(requirement(written.get(1), item)).isEqualTo("不需要（仅重点排放单位）");
    }

    @Test
    void anOutputPathThatIsAFileFailsAndNothingIsWritten() throws IOException {
        Path blocked = project.resolve("target/audit/forms");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "not a folder");
        assertThatThrownBy(() -> write(false)).isInstanceOf(AuditException.class)
                .hasMessageContaining("是一个文件，不是文件夹").hasMessageContaining("未写入任何收集表");
        assertThat(Files.readString(blocked)).isEqualTo("not a folder");
        try (Stream<Path> left = Files.list(blocked.getParent())) {
            assertThat(left).containsExactly(blocked);
        }
    }

    @Test
    void aFailedRunLeavesThePreviousWorkbooksAsTheyWere() throws IOException {
        List<Path> first = write(false);
        Path forms = first.get(0).getParent();
        Files.writeString(first.get(0), "previous workbook");
        Files.writeString(forms.resolve("notes.txt"), "the consultant's own file");
        // a folder where the third workbook goes: the run fails before anything moves
        Files.delete(first.get(2));
        Files.createDirectory(first.get(2));
        assertThatThrownBy(() -> write(true)).isInstanceOf(AuditException.class)
                .hasMessageContaining(first.get(2).getFileName().toString()).hasMessageContaining("已有的收集表未改动");
        assertThat(Files.readString(first.get(0))).isEqualTo("previous workbook");
        assertThat(forms.resolve(FormFileNames.WHOLE_ROSTER)).doesNotExist();
        try (Stream<Path> left = Files.list(forms.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("forms");
        }

        // once the way is clear, the run replaces its own workbooks and keeps the other file
        Files.delete(first.get(2));
        write(true);
        try (XSSFWorkbook book = FormReading.open(first.get(0))) {
            assertThat(book.getSheet(FormLayout.META_SHEET)).isNotNull();
        }
        assertThat(Files.readString(forms.resolve("notes.txt"))).isEqualTo("the consultant's own file");
        assertThat(forms.resolve(FormFileNames.WHOLE_ROSTER)).isRegularFile();
    }

    @Test
    void badRowCountsAndAnEmptyRosterAreRefusedInChinese() throws IOException {
        assertThatThrownBy(() -> new CollectionForms(line -> { }).write(new CollectionForms.Request(project,
                dir.resolve("out"), -1, false))).isInstanceOf(AuditException.class).hasMessageContaining("audit.forms.rows");
        Files.writeString(project.resolve("data/roster.csv"), "企业编号,企业名称,行业代码,所在区县,规模,审核类型\n");
        assertThatThrownBy(() -> new CollectionForms(line -> { }).write(new CollectionForms.Request(project,
                dir.resolve("out"), 5, false))).isInstanceOf(AuditException.class).hasMessageContaining("没有可生成收集表的企业");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void formFileNamesStayWithinLimitsAndUnique() {
        FormFileNames names = new FormFileNames();
        assertThat(names.of("E1", "a".repeat(100))).hasSize(60 + ".xlsx".length());
        assertThat(names.of("e1", "x")).isEqualTo("e1-x.xlsx");
        assertThat(names.of("E1", "X")).isEqualTo("E1-X-2.xlsx");
        assertThat(names.of("E9", "..")).isEqualTo("E9-.xlsx");
        assertThat(names.of("E8", "a\tb/c\\d")).isEqualTo("E8-a_b_c_d.xlsx");
    }

    private static String requirement(Path workbook, String item) throws IOException {
        try (XSSFWorkbook book = FormReading.open(workbook)) {
            Sheet sheet = book.getSheet(FormLayout.INSTRUCTIONS_SHEET);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (item.equals(text(sheet, r, 0))) {
                    return text(sheet, r, 3);
                }
            }
        }
        throw new AssertionError(item);
    }
}
