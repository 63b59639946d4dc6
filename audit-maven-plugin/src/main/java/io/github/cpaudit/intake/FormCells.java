package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnType;
import io.github.cpaudit.model.WrittenRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Puts a value into a form cell as the column's type wants it: numbers as numbers (so Excel sums
 * them and the reader reads them back unchanged), dates as dates, everything else as text, lists
 * joined with 、 and 是/否 for yes and no. Text that is not a valid number or date stays text, as
 * written.
 */
final class FormCells {

    private FormCells() {
    }

    static void set(Cell cell, ColumnType type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case DECIMAL, SIGNED_DECIMAL, PERCENT, INTEGER, YEAR -> {
                BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : decimal(String.valueOf(value));
                if (number == null) {
                    cell.setCellValue(String.valueOf(value));
                } else {
                    cell.setCellValue(number.doubleValue());
                }
            }
            case DATE -> {
                LocalDate date = value instanceof LocalDate d ? d : date(String.valueOf(value));
                if (date == null) {
                    cell.setCellValue(String.valueOf(value));
                } else {
                    cell.setCellValue(date);
                }
            }
            default -> cell.setCellValue(WrittenRow.asText(value));
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
