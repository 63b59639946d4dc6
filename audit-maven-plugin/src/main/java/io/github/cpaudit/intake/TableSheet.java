package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.TableSpec;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table's sheet of a collection workbook, laid out as {@link FormLayout} says: title, note,
 * headers ({@link ColumnSpec#header()}, required ones in dark red, each with its hint as an input prompt),
 * the example row, the known rows, then blank rows. In an enterprise's own workbook the enterprise
 * id is prefilled and locked in every row; in the whole-roster workbook it is a cell to fill with a
 * list of the roster's ids.
 */
final class TableSheet {

    /** How many data rows carry the column's validation, however many are prefilled. */
    static final int VALIDATED_ROWS = 1000;
    private static final int NOTE_LENGTH = 120;

    private final FormStyles styles;
    private final ColumnValidations validations;

    TableSheet(FormStyles styles, ColumnValidations validations) {
        this.styles = styles;
        this.validations = validations;
    }

    /**
     * @param blankRows     blank rows after the known ones (none for the roster in an enterprise's own workbook)
     * @param enterpriseIds the roster's ids for the whole-roster workbook's enterprise column, else {@code null}
     */
    void write(Sheet sheet, TableSpec table, FormContent content, int blankRows, List<String> enterpriseIds) {
        List<ColumnSpec> columns = table.columns();
        int enterprise = columns.indexOf(FormLayout.enterpriseColumn(table));
        boolean own = !content.wholeRoster();
        int last = columns.size() - 1;

        String whose = own ? "（" + content.enterpriseId() + " " + content.enterpriseName() + "）" : "（全部企业）";
        spanningText(sheet, FormLayout.TITLE_ROW, table.name() + whose, styles.title(), last);
        spanningText(sheet, FormLayout.NOTE_ROW, note(table.description()), styles.note(), last);
        sheet.getRow(FormLayout.NOTE_ROW).setHeightInPoints(30);

        Row header = sheet.createRow(FormLayout.HEADER_ROW);
        Row example = sheet.createRow(FormLayout.EXAMPLE_ROW);
        for (int c = 0; c <= last; c++) {
            ColumnSpec column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header(column.required()));
            Cell sample = example.createCell(c);
            sample.setCellStyle(styles.example(column.type()));
            FormCells.set(sample, column.type(), c == enterprise ? FormLayout.EXAMPLE_MARK : column.example());
            sheet.setColumnWidth(c, width(column));
        }

        int rowIndex = FormLayout.FIRST_DATA_ROW;
        for (Map<String, Object> known : content.rows(table.key())) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c <= last; c++) {
                dataCell(row, c, columns.get(c), own && c == enterprise, known.get(columns.get(c).key()));
            }
        }
        boolean ownRoster = own && "roster".equals(table.key());
        for (int n = ownRoster ? 0 : blankRows; n > 0; n--) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c <= last; c++) {
                boolean locked = own && c == enterprise;
                dataCell(row, c, columns.get(c), locked, locked ? content.enterpriseId() : null);
            }
        }

        int lastValidated = FormLayout.FIRST_DATA_ROW + Math.max(VALIDATED_ROWS, rowIndex - FormLayout.FIRST_DATA_ROW) - 1;
        for (int c = 0; c <= last; c++) {
            // rows typed after the last prepared one (or inserted) take the column's style: unlocked, its format
            sheet.setDefaultColumnStyle(c, own && c == enterprise ? styles.lockedId() : styles.data(columns.get(c).type()));
            validations.add(sheet, table, c, own ? null : enterpriseIds, own && c == enterprise,
                    FormLayout.FIRST_DATA_ROW, lastValidated);
        }
        sheet.createFreezePane(0, FormLayout.HEADER_ROW + 1);
        FormProtection.protect(sheet);
        FormProtection.printOnPageWidth(sheet);
    }

    private void dataCell(Row row, int c, ColumnSpec column, boolean lockedId, Object value) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(lockedId ? styles.lockedId() : styles.data(column.type()));
        FormCells.set(cell, column.type(), value);
    }

    static void spanningText(Sheet sheet, int rowIndex, String text, org.apache.poi.ss.usermodel.CellStyle style, int lastColumn) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (lastColumn > 0) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        }
    }

    /** The table's description without its worksheet references, at most 120 characters. */
    static String note(String description) {
        String text = description == null ? "" : description.replaceAll("[（(][^（()）]*工作表[^（()）]*[）)]", "").strip();
        return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1) + "…";
    }

    /** Wide enough for the header or the example, in Excel's 1/256 character units; CJK counts twice. */
    private static int width(ColumnSpec column) {
        int chars = Math.max(displayWidth(column.header()), displayWidth(column.example()));
        return Math.min(Math.max(chars + 3, 8), 40) * 256;
    }

    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }
}
