package io.github.cpaudit.assessment;

import io.github.cpaudit.PoiLogging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the export tables as one workbook, one sheet per table: the header row bold and frozen,
 * numbers as numeric cells shown with the report's decimals, texts as text cells (never a
 * formula, whatever they start with).
 */
final class XlsxExport {

    private XlsxExport() {
    }

    static void write(List<ExportTable> tables, Path file) throws IOException {
        PoiLogging.quiet();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Map<Integer, CellStyle> byDecimals = new HashMap<>();
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet().title());
                Row first = sheet.createRow(0);
                List<String> headers = table.sheet().headers();
                for (int c = 0; c < headers.size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = first.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(header);
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Cell> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        Cell value = cells.get(c);
                        if (value instanceof Cell.Number number) {
                            cell.setCellValue(number.value().doubleValue());
                            cell.setCellStyle(byDecimals.computeIfAbsent(number.decimals(),
                                    decimals -> numberStyle(workbook, decimals)));
                        } else if (!value.shown().isEmpty()) {
                            cell.setCellValue(value.shown());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** 0, 0.0, 0.00 …: the cell shows the digits the report prints (664.50 stays 664.50). */
    private static CellStyle numberStyle(XSSFWorkbook workbook, int decimals) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals)));
        return style;
    }
}
