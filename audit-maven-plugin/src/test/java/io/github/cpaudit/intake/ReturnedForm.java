package io.github.cpaudit.intake;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A collection workbook as a person returns it, built cell by cell with POI: sheets in any order,
 * rows where the person typed them; numbers typed as text stay text, {@link #formula} leaves a
 * formula without a result unless {@link #evaluate()} is called (as Excel would on saving).
 */
final class ReturnedForm {

    private final Workbook workbook = new XSSFWorkbook();

    /** The very hidden meta sheet of {@link FormLayout}: enterprise, then sheet name → table key pairs. */
    ReturnedForm meta(String enterprise, String... sheetAndKey) {
        Sheet meta = workbook.createSheet(FormLayout.META_SHEET);
        put(meta, 0, FormLayout.FORMAT, enterprise);
        for (int i = 0; i < sheetAndKey.length; i += 2) {
            put(meta, 1 + i / 2, sheetAndKey[i], sheetAndKey[i + 1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        return this;
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        return sheet != null ? sheet : workbook.createSheet(name);
    }

    /** Cells of a row from column A; a {@link Number} is a number cell, anything else text. */
    ReturnedForm row(String sheet, int row, Object... cells) {
        put(sheet(sheet), row, cells);
        return this;
    }

    ReturnedForm formula(String sheet, int row, int column, String formula) {
        Sheet s = sheet(sheet);
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        r.createCell(column).setCellFormula(formula);
        return this;
    }

    ReturnedForm merge(String sheet, String range) {
        sheet(sheet).addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
        return this;
    }

    ReturnedForm order(String sheet, int position) {
        workbook.setSheetOrder(sheet, position);
        return this;
    }

    /** What Excel does on saving: every formula gets its result. */
    ReturnedForm evaluate() {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return this;
    }

    Path save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Sheet sheet, int rowIndex, Object... cells) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (cells[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(cells[i]));
            }
        }
    }
}
