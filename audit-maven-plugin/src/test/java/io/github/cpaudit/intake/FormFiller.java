package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.ColumnType;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Fills a collection form the way a person does, from the rows of CSV tables: numbers typed as
 * numbers, some as text with thousands separators, some with full-width digits, one as a formula;
 * dates typed as text; and, by the enterprise's number, the awkward habits of item 2 of issue 15
 * (a blank row between rows, rows typed below the prepared ones without the id, a title row added
 * above the header, the sheets re-ordered). Excel calculates the formulas when it saves.
 */
final class FormFiller {

    private static final String ID = "企业编号";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The CSV rows by table key, as written (header → cell). */
    private final Map<String, List<Map<String, String>>> tables = new HashMap<>();

    FormFiller(Path dataDir, List<String> tableKeys) {
        for (String key : tableKeys) {
            Path file = dataDir.resolve(key + ".csv");
            if (Files.exists(file)) {
                tables.put(key, read(file));
            }
        }
    }

    /** The form of enterprise number {@code n} (1 for E01 …) filled with that enterprise's rows and saved as {@code to}. */
    void fill(Path form, String enterprise, int n, Path to) {
        try (InputStream in = Files.newInputStream(form); Workbook workbook = WorkbookFactory.create(in)) {
            Map<String, String> keyOfSheet = new HashMap<>();
            Sheet meta = workbook.getSheet(FormLayout.META_SHEET);
            for (Row row : meta) {
                if (row.getRowNum() > 0) {
                    keyOfSheet.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
            int formulas = 0;
            for (Map.Entry<String, String> sheetKey : keyOfSheet.entrySet()) {
                Sheet sheet = workbook.getSheet(sheetKey.getKey());
                String key = sheetKey.getValue();
                List<Map<String, String>> rows = tables.getOrDefault(key, List.of()).stream()
                        .filter(r -> enterprise.equals(r.get(ID))).toList();
                if (sheet == null || rows.isEmpty() || key.equals("roster")) {
                    continue;
                }
                formulas += fillTable(sheet, Schema.bundled().table(key).orElseThrow(), rows, n, formulas == 0);
            }
            fillChecklist(workbook.getSheet(FormLayout.INSTRUCTIONS_SHEET), enterprise);
            if (n % 3 == 0) {
                // a title row added above everything of the first data sheet
                Sheet first = workbook.getSheet(keyOfSheet.entrySet().stream().filter(e -> e.getValue().equals("production"))
                        .findFirst().orElseThrow().getKey());
                first.shiftRows(0, first.getLastRowNum(), 1);
                first.createRow(0).createCell(0).setCellValue("（企业已核对）");
            }
            if (n % 2 == 0) {
                workbook.setSheetOrder(workbook.getSheetName(workbook.getNumberOfSheets() - 1), 0);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(to.getParent());
            try (OutputStream out = Files.newOutputStream(to)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows typed below the example; returns the number of formulas typed. */
    private static int fillTable(Sheet sheet, TableSpec table, List<Map<String, String>> rows, int n, boolean typeFormula) {
        // nobody types a year as 2,025
        Set<String> years = table.columns().stream().filter(c -> c.type() == ColumnType.YEAR).map(ColumnSpec::header)
                .collect(Collectors.toSet());
        Map<String, Integer> columnOf = new HashMap<>();
        Row header = sheet.getRow(FormLayout.HEADER_ROW);
        for (Cell cell : header) {
            columnOf.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        // n % 4 == 0: typed below the prepared rows, without the id; n % 5 == 0: a blank row between rows
        int at = n % 4 == 0 ? FormLayout.FIRST_DATA_ROW + 40 : FormLayout.FIRST_DATA_ROW;
        int formulas = 0;
        for (Map<String, String> values : rows) {
            Row row = sheet.getRow(at) == null ? sheet.createRow(at) : sheet.getRow(at);
            for (Map.Entry<String, String> value : values.entrySet()) {
                Integer column = columnOf.get(value.getKey());
                if (column == null) {
                    throw new AssertionError("form sheet " + sheet.getSheetName() + " has no column " + value.getKey());
                }
                if (value.getKey().equals(ID) && n % 4 == 0) {
                    continue;
                }
                if (!value.getValue().isEmpty()) {
                    boolean formula = typeFormula && formulas == 0 && NUMBER.matcher(value.getValue()).matches()
                            && !years.contains(value.getKey());
                    type(row.getCell(column) == null ? row.createCell(column) : row.getCell(column), value.getValue(),
                            n, formula, years.contains(value.getKey()));
                    formulas += formula ? 1 : 0;
                }
            }
            at += n % 5 == 0 ? 2 : 1;
        }
        return formulas;
    }

    private static void type(Cell cell, String text, int n, boolean formula, boolean year) {
        if (formula) {
            cell.setCellFormula(text + "*1");
        } else if (!NUMBER.matcher(text).matches() || text.length() > 1 && text.startsWith("0") && !text.startsWith("0.")) {
            cell.setCellValue(text);
        } else if (n % 2 == 1 && !year && text.matches("\\d{4,}(\\.\\d+)?")) {
            cell.setCellValue(grouped(text));
        } else if (n % 7 == 2) {
            cell.setCellValue(fullWidth(text));
        } else {
            cell.setCellValue(Double.parseDouble(text));
        }
    }

    /** 12345.6 → "12,345.6", as Excel shows a number with thousands separators and a person copies it. */
    private static String grouped(String text) {
        String[] parts = text.split("\\.");
        StringBuilder integer = new StringBuilder(parts[0]);
        for (int i = integer.length() - 3; i > 0; i -= 3) {
            integer.insert(i, ',');
        }
        return parts.length > 1 ? integer + "." + parts[1] : integer.toString();
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    /** The Appendix B list: 提供情况, 提供日期 and 说明 as the enterprise's checklist_status rows give them. */
    private void fillChecklist(Sheet sheet, String enterprise) {
        Map<String, Map<String, String>> status = new HashMap<>();
        for (Map<String, String> row : tables.getOrDefault("checklist_status", List.of())) {
            if (enterprise.equals(row.get(ID))) {
                status.put(row.get("资料项"), row);
            }
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (Row row : sheet) {
            if (columnOf.isEmpty()) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        columnOf.put(cell.getStringCellValue(), cell.getColumnIndex());
                    }
                }
                if (!columnOf.containsKey(ListHeaders.ID) || !columnOf.containsKey(ListHeaders.STATUS)) {
                    columnOf.clear();
                }
                continue;
            }
            Cell id = row.getCell(columnOf.get(ListHeaders.ID));
            Map<String, String> given = id == null || id.getCellType() != CellType.STRING ? null : status.get(id.getStringCellValue());
            if (given != null) {
                set(row, columnOf.get(ListHeaders.STATUS), given.get("提供情况"));
                set(row, columnOf.get(ListHeaders.DATE), given.get("提供日期"));
                set(row, columnOf.get(ListHeaders.REMARK), given.get("理由"));
            }
        }
        if (columnOf.isEmpty()) {
            throw new AssertionError("no Appendix B list on the instruction sheet");
        }
    }

    private static void set(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            (row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(value);
        }
    }

    private static List<Map<String, String>> read(Path file) {
        try (CSVParser parser = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
