package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.model.Source;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an XLSX workbook (Apache POI): each sheet one data table, first row the header. Numbers
 * come out as the shortest decimal that is the cell's value (never as Excel displays them, which
 * may round), dates as ISO {@code yyyy-MM-dd}, formulas as their cached results (a formula without
 * one is a problem, never a zero).
 */
public final class XlsxTableReader {

    static {
        // POI logs through the Log4j API; with no Log4j provider on the plugin's classpath the API
        // prints "could not find a logging provider" into the build log. Its own simple logger
        // (errors only) is all POI needs here; a JVM that configured Log4j keeps its choice.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final Path projectDir;
    private final DataProblems problems;

    public XlsxTableReader(Path projectDir, DataProblems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    /** Every non-empty sheet of the workbook; nothing when it cannot be opened (the reason is in the problems). */
    List<RawTable> read(Path file) {
        String name = ProjectPaths.relative(projectDir, file);
        List<RawTable> tables = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
                    continue;
                }
                tables.add(readSheet(name, sheet, header.getRowNum()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(unreadable(name));
        }
        return tables;
    }

    /** The problem of a file that is not a workbook POI can open. */
    public static Problem unreadable(String name) {
        return Problem.data(new Source(name, null, 0).cell(null), "unreadable workbook",
                "无法读取 Excel 文件", " .xlsx 格式、未设打开密码的工作簿（.xls 请在 Excel 中另存为 .xlsx）",
                "无法作为 .xlsx 打开");
    }

    /**
     * One sheet as a table whose header is the row {@code headerRow} (0-based); the non-blank rows
     * below it are its rows, numbered as Excel numbers them. {@code name} is the file as messages name it.
     */
    public RawTable readSheet(String name, Sheet sheet, int headerRow) {
        Row header = sheet.getRow(headerRow);
        List<String> headers = DataFiles.headers(header == null ? new String[0] : values(header), name,
                sheet.getSheetName(), problems);
        List<RawTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            String[] values = values(row);
            if (!DataFiles.isBlank(values) || hasUncachedFormula(row)) {
                Source source = new Source(name, sheet.getSheetName(), row.getRowNum() + 1);
                refuseUncachedFormulas(row, source, headers);
                rows.add(DataFiles.row(source, headers, values, problems));
            }
        }
        return new RawTable(name, sheet.getSheetName(), headers, rows);
    }

    /**
     * A formula that was never calculated (written by a program, or saved with calculation off)
     * has no result in the file: its cell reads as empty and is reported, never as 0.
     */
    private void refuseUncachedFormulas(Row row, Source source, List<String> headers) {
        for (Cell cell : row) {
            if (isUncachedFormula(cell)) {
                int column = cell.getColumnIndex();
                String header = column < headers.size() && !headers.get(column).isEmpty() ? headers.get(column)
                        : DataFiles.columnLetter(column);
                problems.add(Problem.data(source.cell(header), "formula without result", "公式没有计算结果",
                        "数值（请在 Excel 或 WPS 中打开并保存，让公式算出结果；或直接填写数值）", "=" + cell.getCellFormula()));
            }
        }
    }

    private static boolean hasUncachedFormula(Row row) {
        for (Cell cell : row) {
            if (isUncachedFormula(cell)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUncachedFormula(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
    }

    /** The cells of a row as text; a cell inside a merged range reads as the range's first cell. */
    public static String[] values(Row row) {
        Sheet sheet = row.getSheet();
        int last = Math.max(row.getLastCellNum(), 0);
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() <= row.getRowNum() && row.getRowNum() <= merged.getLastRow()) {
                last = Math.max(last, merged.getLastColumn() + 1);
            }
        }
        String[] values = new String[last];
        for (int i = 0; i < last; i++) {
            values[i] = text(row.getCell(i));
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() <= row.getRowNum() && row.getRowNum() <= merged.getLastRow()) {
                Row first = sheet.getRow(merged.getFirstRow());
                String value = first == null ? "" : text(first.getCell(merged.getFirstColumn()));
                for (int i = merged.getFirstColumn(); i <= merged.getLastColumn(); i++) {
                    values[i] = value;
                }
            }
        }
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null || isUncachedFormula(cell)) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** The shortest decimal for the double (0.1 stays 0.1, 3.0 becomes 3). */
    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
