package io.github.cpaudit.intake;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection without a password: a guard against overwriting a header or an id by accident,
 * not security (the instructions say so). Locked cells stay selectable; rows may be inserted and
 * deleted and cells, rows and columns formatted.
 */
final class FormProtection {

    private FormProtection() {
    }

    static void protect(Sheet sheet) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        xssf.lockFormatCells(false);
        xssf.lockFormatColumns(false);
        xssf.lockFormatRows(false);
        xssf.lockInsertRows(false);
        xssf.lockDeleteRows(false);
        xssf.lockSort(false);
        xssf.lockAutoFilter(false);
        xssf.enableLocking();
    }

    /** Printed landscape, all columns on one page width, as a form is handed round on paper too. */
    static void printOnPageWidth(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
