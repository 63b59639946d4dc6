package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.PoiLogging;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an XLSX workbook (Apache POI): each sheet one data table, first row the header. Numbers
 * come out as the shortest decimal that is the cell's value (never as Excel displays them, which
 * may round), dates as ISO {@code yyyy-MM-dd}, formulas as their cached results. A formula that
 * has no cached result (a workbook written by a program and never opened in Excel or WPS) is a
 * problem at its cell and the cell is refused: POI would read it as 0 or "", a silently wrong value.
 */
public final class XlsxTableReader {

    static {
        PoiLogging.quiet();
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
            Set<String> refused = withoutResult(row, headers, name, sheet.getSheetName());
            if (!DataFiles.isBlank(values) || !refused.isEmpty()) {
                Source source = new Source(name, sheet.getSheetName(), row.getRowNum() + 1);
                rows.add(DataFiles.row(source, headers, values, refused, problems));
            }
        }
        return new RawTable(name, sheet.getSheetName(), headers, rows);
    }

    /**
     * The headers of the row's formula cells that have no cached result, each reported at its
     * cell; their text is "" and the validator leaves them out without a second problem.
     */
    private Set<String> withoutResult(Row row, List<String> headers, String file, String sheet) {
        Set<String> refused = new HashSet<>();
        for (Cell cell : row) {
            if (!isUncachedFormula(cell)) {
                continue;
            }
            int column = cell.getColumnIndex();
            String header = column < headers.size() && !headers.get(column).isEmpty()
                    ? headers.get(column) : DataFiles.columnLetter(column);
            problems.add(Problem.data(new Source(file, sheet, row.getRowNum() + 1).cell(header),
                    "formula without result", "公式没有计算结果",
                    "数值（请在 Excel/WPS 中打开并保存，使公式算出结果，或改填数值）", "=" + cell.getCellFormula()));
            refused.add(header);
        }
        return refused;
    }

    private static boolean isUncachedFormula(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
    }

    /** The cells of a row as text; a cell inside a merged range reads as the range's first cell. */
    public static String[] values(Row row) {
        Sheet sheet = row.getSheet();
        // the sheet's merged ranges that cross this row, looked up once (POI copies the list per call)
        List<CellRangeAddress> crossing = new ArrayList<>();
        int last = Math.max(row.getLastCellNum(), 0);
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() <= row.getRowNum() && row.getRowNum() <= merged.getLastRow()) {
                crossing.add(merged);
                last = Math.max(last, merged.getLastColumn() + 1);
            }
        }
        String[] values = new String[last];
        for (int i = 0; i < last; i++) {
            values[i] = text(row.getCell(i));
        }
        for (CellRangeAddress merged : crossing) {
            Row first = sheet.getRow(merged.getFirstRow());
            String value = first == null ? "" : text(first.getCell(merged.getFirstColumn()));
            for (int i = merged.getFirstColumn(); i <= merged.getLastColumn(); i++) {
                values[i] = value;
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
