package io.github.cpaudit.intake;

import io.github.cpaudit.data.TableSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one collection workbook: the instruction sheet, one sheet per table, the hidden value
 * lists and the very hidden meta sheet, in that order ({@link FormLayout}).
 *
 * @param tables        the tables an enterprise fills ({@link FormLayout#enterpriseTables})
 * @param statusTable   the schema's checklist_status table
 * @param blankRows     blank rows per table
 * @param enterpriseIds the roster's ids, offered in the whole-roster workbook
 */
record FormWorkbook(List<TableSpec> tables, TableSpec statusTable, int blankRows, List<String> enterpriseIds) {

    FormWorkbook {
        tables = List.copyOf(tables);
        enterpriseIds = List.copyOf(enterpriseIds);
    }

    void write(FormContent content, Path file) throws IOException {
        List<TableSpec> tables = sheets(content);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet instructions = workbook.createSheet(FormLayout.INSTRUCTIONS_SHEET);
            for (TableSpec table : tables) {
                workbook.createSheet(table.name());
            }
            workbook.createSheet(FormLayout.LISTS_SHEET);
            Sheet meta = workbook.createSheet(FormLayout.META_SHEET);

            FormStyles styles = new FormStyles(workbook);
            ValueLists lists = new ValueLists(workbook);
            new InstructionSheet(styles, lists).write(instructions, content, statusTable);
            TableSheet sheets = new TableSheet(styles, new ColumnValidations(lists));
            for (TableSpec table : tables) {
                sheets.write(workbook.getSheet(table.name()), table, content, blankRows, enterpriseIds);
            }
            writeMeta(meta, content, tables);

            workbook.setSheetVisibility(workbook.getSheetIndex(FormLayout.LISTS_SHEET), SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /**
     * The table sheets: an enterprise's statuses are the instruction sheet's Appendix B list; the
     * whole-roster workbook, whose list is for reading only, has a 资料收集情况 sheet for them.
     */
    private List<TableSpec> sheets(FormContent content) {
        if (!content.wholeRoster()) {
            return tables;
        }
        List<TableSpec> withStatuses = new ArrayList<>(tables);
        withStatuses.add(statusTable);
        return withStatuses;
    }

    /** A1 the format, B1 the enterprise id, C1 its name (both empty for the whole roster); then each sheet's name and table key. */
    private static void writeMeta(Sheet meta, FormContent content, List<TableSpec> tables) {
        Row first = meta.createRow(0);
        first.createCell(0).setCellValue(FormLayout.FORMAT);
        first.createCell(1).setCellValue(content.wholeRoster() ? "" : content.enterpriseId());
        first.createCell(2).setCellValue(content.wholeRoster() ? "" : content.enterpriseName());
        int r = 1;
        for (TableSpec table : tables) {
            Row row = meta.createRow(r++);
            row.createCell(0).setCellValue(table.name());
            row.createCell(1).setCellValue(table.key());
        }
    }
}
