package io.github.cpaudit.intake;

import static io.github.cpaudit.intake.FormReading.listAt;
import static io.github.cpaudit.intake.FormReading.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collection workbooks of the worked example (30 enterprises), read back with POI. */
class CollectionFormsExampleTest {

    private static final Schema SCHEMA = Schema.bundled();
    private static final List<TableSpec> TABLES = FormLayout.enterpriseTables(SCHEMA);

    @TempDir
    static Path out;
    static List<Path> written;
    static final List<String> log = new ArrayList<>();

    @BeforeAll
    static void writeForms() {
        written = new CollectionForms(log::add).write(new CollectionForms.Request(RenderedTables.EXAMPLE,
                out.resolve("forms"), 20, true));
    }

    @Test
    void oneWorkbookPerEnterpriseAndOneForTheWholeRoster() throws Exception {
        List<Map<String, String>> roster = RawCsv.read(RenderedTables.EXAMPLE.resolve("data/roster.csv"));
        List<String> expected = new ArrayList<>(roster.stream().map(r -> r.get("企业编号") + "-" + r.get("企业名称") + ".xlsx").toList());
        expected.add("全部企业.xlsx");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(expected);
        try (Stream<Path> files = Files.list(out.resolve("forms"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("forms");
        }
        assertThat(log).anySatisfy(line -> assertThat(line).contains("31 个工作簿", "30 家企业"));
    }

    @Test
    void sheetsInOrderWithTheSchemasHeadersAndTheMetaSheet() throws Exception {
        try (XSSFWorkbook book = FormReading.open(workbook("E01"))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of(FormLayout.INSTRUCTIONS_SHEET));
            TABLES.forEach(t -> expected.add(t.name()));
            expected.addAll(List.of(FormLayout.LISTS_SHEET, FormLayout.META_SHEET));
            assertThat(names).containsExactlyElementsOf(expected);
            // an enterprise's Appendix B statuses are the instruction sheet's list, not a sheet
            assertThat(TABLES).extracting(TableSpec::key).contains("roster", "energy")
                    .doesNotContain("checklist_status", "options", "issues", "targets");
            assertThat(book.getSheetVisibility(book.getSheetIndex(FormLayout.LISTS_SHEET))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(book.getSheetVisibility(book.getSheetIndex(FormLayout.META_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(book.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);

            for (TableSpec table : TABLES) {
                XSSFSheet sheet = book.getSheet(table.name());
                assertThat(FormReading.row(sheet, FormLayout.HEADER_ROW)).as(table.key())
                        .containsExactlyElementsOf(table.columns().stream().map(ColumnSpec::header).toList());
                assertThat(text(sheet, FormLayout.TITLE_ROW, 0)).startsWith(table.name()).contains("E01", "江城华美电镀有限公司");
                assertThat(text(sheet, FormLayout.NOTE_ROW, 0)).isNotBlank().doesNotContain("工作表");
                int enterprise = table.columns().indexOf(FormLayout.enterpriseColumn(table));
                assertThat(text(sheet, FormLayout.EXAMPLE_ROW, enterprise)).isEqualTo(FormLayout.EXAMPLE_MARK);
                assertThat(book.getFontAt(sheet.getRow(FormLayout.EXAMPLE_ROW).getCell(enterprise).getCellStyle().getFontIndex())
                        .getItalic()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (FormLayout.HEADER_ROW + 1));
                for (int c = 0; c < table.columns().size(); c++) {
                    ColumnSpec column = table.columns().get(c);
                    var header = sheet.getRow(FormLayout.HEADER_ROW).getCell(c);
                    String prompt = FormReading.promptAt(sheet, FormLayout.HEADER_ROW, c);
                    assertThat(prompt).as(column.key()).startsWith(column.required() ? "必填" : "选填")
                            .hasSizeLessThanOrEqualTo(250);
                    assertThat(FormReading.promptAt(sheet, FormLayout.FIRST_DATA_ROW + 999, c)).isEqualTo(
                            c == enterprise ? null : prompt);
                    if (column.description() != null && column.description().length() < 150) {
                        assertThat(prompt).contains(column.description().replaceAll("。+$", ""));
                    }
                    assertThat(book.getFontAt(header.getCellStyle().getFontIndex()).getColor())
                            .isEqualTo(column.required() ? org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex()
                                    : org.apache.poi.ss.usermodel.IndexedColors.BLACK.getIndex());
                    if (column.example() != null && c != enterprise) {
                        assertThat(text(sheet, FormLayout.EXAMPLE_ROW, c)).as(column.key())
                                .isEqualTo(normalised(column, column.example()));
                    }
                }
            }

            Sheet meta = book.getSheet(FormLayout.META_SHEET);
            assertThat(FormReading.row(meta, 0)).containsExactly(FormLayout.FORMAT, "E01", "江城华美电镀有限公司");
            for (int i = 0; i < TABLES.size(); i++) {
                assertThat(FormReading.row(meta, i + 1)).containsExactly(TABLES.get(i).name(), TABLES.get(i).key());
            }
            assertThat(meta.getLastRowNum()).isEqualTo(TABLES.size());
        }
    }

    @Test
    void knownRowsArePrefilledAsTheCsvHasThem() throws Exception {
        int compared = 0;
        for (String id : List.of("E01", "E16")) {
            try (XSSFWorkbook book = FormReading.open(workbook(id))) {
                for (TableSpec table : TABLES) {
                    Path csv = RenderedTables.EXAMPLE.resolve("data/" + table.key() + ".csv");
                    if (!Files.exists(csv)) {
                        continue;
                    }
                    String idHeader = FormLayout.enterpriseColumn(table).name();
                    List<Map<String, String>> rows = RawCsv.read(csv).stream().filter(r -> id.equals(r.get(idHeader))).toList();
                    Sheet sheet = book.getSheet(table.name());
                    for (int r = 0; r < rows.size(); r++) {
                        for (Map.Entry<String, String> cell : rows.get(r).entrySet()) {
                            ColumnSpec column = FormReading.column(table, cell.getKey());
                            int c = table.columns().indexOf(column);
                            assertThat(text(sheet, FormLayout.FIRST_DATA_ROW + r, c))
                                    .as("%s %s row %d %s", id, table.key(), r + 1, cell.getKey())
                                    .isEqualTo(normalised(column, cell.getValue()));
                            compared++;
                        }
                    }
                    int after = FormLayout.FIRST_DATA_ROW + rows.size();
                    int enterprise = table.columns().indexOf(FormLayout.enterpriseColumn(table));
                    if (table.key().equals("roster")) {
                        assertThat(rows).hasSize(1);
                        assertThat(sheet.getRow(after)).isNull();
                    } else {
                        // then the blank rows, the enterprise's id already in them
                        assertThat(text(sheet, after + 19, enterprise)).isEqualTo(id);
                        assertThat(FormReading.row(sheet, after + 19).subList(enterprise + 1, table.columns().size()))
                                .allMatch(String::isEmpty);
                        assertThat(sheet.getRow(after + 20)).isNull();
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theAppendixBListSaysWhatThisEnterpriseMustProvide() throws Exception {
        // E01 is a mandatory audit (强制), E02 voluntary (自愿); B1.3 is 条件必需（强制审核企业）
        Map<String, List<String>> mandatory = checklistRows("E01");
        Map<String, List<String>> voluntary = checklistRows("E02");
        Checklist checklist = Checklist.bundled();
        assertThat(mandatory.keySet()).containsExactlyElementsOf(checklist.items().stream().map(Checklist.Item::id).toList());
        assertThat(mandatory.get("B1.3").get(3)).isEqualTo("必需（强制审核企业）");
        assertThat(voluntary.get("B1.3").get(3)).isEqualTo("不需要（仅强制审核企业）");
        assertThat(mandatory.get("B1.1").subList(3, 5)).containsExactly("必需", "企业名录");
        assertThat(mandatory.get("B1.2").get(4)).isEqualTo("随表提交文件");
        checklist.items().stream().filter(item -> "可选".equals(item.required())).forEach(item ->
                assertThat(voluntary.get(item.id()).get(3)).isEqualTo("可选"));

        // the statuses the project has for the enterprise, as checklist_status.csv has them
        Map<String, String> e02 = new java.util.HashMap<>();
        RawCsv.read(RenderedTables.EXAMPLE.resolve("data/checklist_status.csv")).stream()
                .filter(r -> r.get("企业编号").equals("E02")).forEach(r -> e02.put(r.get("资料项"), r.get("提供情况")));
        assertThat(e02).isNotEmpty();
        e02.forEach((item, status) -> assertThat(voluntary.get(item).get(5)).as(item).isEqualTo(status));
    }

    @Test
    void theChecklistsStatusCellsOfferTheThreeStatuses() throws Exception {
        try (XSSFWorkbook book = FormReading.open(workbook("E01"))) {
            XSSFSheet sheet = book.getSheet(FormLayout.INSTRUCTIONS_SHEET);
            int first = headerRow(sheet) + 1;
            FormReading.ListAt list = listAt(sheet, first, 5);
            assertThat(list.values()).containsExactly("已提供", "未提供", "不适用");
            assertThat(list.errorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(sheet.getRow(first).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(first).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(text(sheet, 1, 1)).isEqualTo("E01");
            assertThat(text(sheet, 2, 1)).isEqualTo("江城华美电镀有限公司");
            String instructions = String.join("\n", java.util.stream.IntStream.range(0, first)
                    .mapToObj(r -> text(sheet, r, 0)).toList());
            assertThat(instructions).contains("白色单元格", "表头", "单位", "示例", "交回", "不是保密措施");
        }
    }

    @Test
    void theWholeRosterWorkbookLeavesTheEnterpriseToFill() throws Exception {
        try (XSSFWorkbook book = FormReading.open(out.resolve("forms/全部企业.xlsx"))) {
            assertThat(FormReading.row(book.getSheet(FormLayout.META_SHEET), 0)).containsExactly(FormLayout.FORMAT, "", "");
            TableSpec energy = SCHEMA.table("energy").orElseThrow();
            XSSFSheet sheet = book.getSheet(energy.name());
            long csvRows = RawCsv.read(RenderedTables.EXAMPLE.resolve("data/energy.csv")).size();
            int firstBlank = FormLayout.FIRST_DATA_ROW + (int) csvRows;
            assertThat(text(sheet, firstBlank - 1, 0)).isEqualTo("E30");
            assertThat(text(sheet, firstBlank, 0)).isEmpty();
            assertThat(sheet.getRow(firstBlank).getCell(0).getCellStyle().getLocked()).isFalse();
            FormReading.ListAt ids = listAt(sheet, firstBlank, 0);
            assertThat(ids.values()).hasSize(30).startsWith("E01", "E02").endsWith("E30");
            assertThat(ids.errorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            Sheet roster = book.getSheet(SCHEMA.table("roster").orElseThrow().name());
            assertThat(text(roster, FormLayout.FIRST_DATA_ROW + 29, 0)).isEqualTo("E30");
            assertThat(book.getSheet(FormLayout.INSTRUCTIONS_SHEET).getRow(headerRow(book.getSheet(FormLayout.INSTRUCTIONS_SHEET)))
                    .getLastCellNum()).isEqualTo((short) 5);
        }
    }

    /** The Appendix B rows of an enterprise's instruction sheet, by item id: the cells as text. */
    private static Map<String, List<String>> checklistRows(String id) throws Exception {
        try (XSSFWorkbook book = FormReading.open(workbook(id))) {
            Sheet sheet = book.getSheet(FormLayout.INSTRUCTIONS_SHEET);
            Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
            for (int r = headerRow(sheet) + 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = FormReading.row(sheet, r);
                rows.put(cells.get(0), cells);
            }
            return rows;
        }
    }

    private static int headerRow(Sheet sheet) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if ("编号".equals(text(sheet, r, 0))) {
                assertThat(FormReading.row(sheet, r)).startsWith("编号", "资料类别", "资料项", "要求", "填写位置");
                return r;
            }
        }
        throw new AssertionError("no checklist header");
    }

    private static Path workbook(String id) {
        return written.stream().filter(p -> p.getFileName().toString().startsWith(id + "-")).findFirst().orElseThrow();
    }

    /** A CSV cell as the form shows it: numbers compared as numbers. */
    static String normalised(ColumnSpec column, String csv) {
        boolean numeric = switch (column.type()) {
            case DECIMAL, SIGNED_DECIMAL, PERCENT, INTEGER, YEAR -> true;
            default -> false;
        };
        return numeric && !csv.isEmpty() ? FormReading.plain(new BigDecimal(csv)) : csv;
    }
}
