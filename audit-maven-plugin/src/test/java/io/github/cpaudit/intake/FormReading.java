package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.TableSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written collection workbook back with POI, as a person's Excel would show it. */
final class FormReading {

    private FormReading() {
    }

    static XSSFWorkbook open(Path file) {
        try {
            return new XSSFWorkbook(file.toFile());
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** A cell as text: numbers plain (3.0 → 3), dates as 2026-04-20, "" for none. */
    static String text(Sheet sheet, int row, int column) {
        if (sheet.getRow(row) == null) {
            return "";
        }
        Cell cell = sheet.getRow(row).getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    static List<String> row(Sheet sheet, int row) {
        List<String> cells = new ArrayList<>();
        int last = sheet.getRow(row) == null ? 0 : sheet.getRow(row).getLastCellNum();
        for (int c = 0; c < last; c++) {
            cells.add(text(sheet, row, c));
        }
        return cells;
    }

    /** The list validation at a cell: its values as the named range resolves them on the lists sheet, and its error style. */
    record ListAt(String name, List<String> values, int errorStyle) {
    }

    static ListAt listAt(XSSFSheet sheet, int row, int column) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column)) {
                    String formula = validation.getValidationConstraint().getFormula1();
                    Name name = sheet.getWorkbook().getName(formula);
                    if (name == null) {
                        return new ListAt(formula, List.of(), validation.getErrorStyle());
                    }
                    AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                    Sheet lists = sheet.getWorkbook().getSheet(area.getFirstCell().getSheetName());
                    List<String> values = new ArrayList<>();
                    for (CellReference cell : area.getAllReferencedCells()) {
                        values.add(text(lists, cell.getRow(), cell.getCol()));
                    }
                    return new ListAt(formula, values, validation.getErrorStyle());
                }
            }
        }
        return null;
    }

    /** The input prompt of the first validation at a cell that has one, or {@code null}. */
    static String promptAt(XSSFSheet sheet, int row, int column) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column) && validation.getShowPromptBox() && validation.getPromptBoxText() != null) {
                    return validation.getPromptBoxText();
                }
            }
        }
        return null;
    }

    /** The schema column a CSV header names (its name, key or an alias, a unit in parentheses ignored). */
    static ColumnSpec column(TableSpec table, String header) {
        String name = header.replaceAll("[（(].*[）)]$", "").strip();
        return table.columns().stream().filter(c -> c.name().equals(name) || c.key().equals(name)
                || c.aliases().contains(name)).findFirst().orElseThrow(() -> new AssertionError(header));
    }

    static int index(TableSpec table, String columnKey) {
        return table.columns().indexOf(table.column(columnKey).orElseThrow());
    }
}
