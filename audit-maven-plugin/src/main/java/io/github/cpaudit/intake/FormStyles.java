package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnType;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one collection workbook, each created once and shared by every cell that
 * uses it (a style per cell would bloat the file and the time to write it). Locked styles are the
 * parts a filler must not change (titles, headers, the example row, the enterprise id); data styles
 * are unlocked.
 */
final class FormStyles {

    static final String TEXT_FORMAT = "@";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String WHOLE_NUMBER_FORMAT = "0";
    static final String GENERAL_FORMAT = "General";

    private final Workbook workbook;
    private final Font bold;
    private final Font requiredBold;
    private final Font titleFont;
    private final Font exampleFont;
    private final Map<String, CellStyle> styles = new HashMap<>();

    FormStyles(Workbook workbook) {
        this.workbook = workbook;
        bold = font(true, false, IndexedColors.BLACK, 11);
        requiredBold = font(true, false, IndexedColors.DARK_RED, 11);
        titleFont = font(true, false, IndexedColors.BLACK, 14);
        exampleFont = font(false, true, IndexedColors.GREY_50_PERCENT, 11);
    }

    /**
     * The number format of a column's cells: text for ids, codes and words (so 0012 stays 0012),
     * whole numbers for years and counts, a date for dates, General for quantities (0.012 and 3560.5
     * both show as typed).
     */
    static String format(ColumnType type) {
        return switch (type) {
            case DECIMAL, SIGNED_DECIMAL, PERCENT -> GENERAL_FORMAT;
            case INTEGER, YEAR -> WHOLE_NUMBER_FORMAT;
            case DATE -> DATE_FORMAT;
            default -> TEXT_FORMAT;
        };
    }

    CellStyle title() {
        return styles.computeIfAbsent("title", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(titleFont);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        });
    }

    /** Notes and instruction lines: locked, wrapped. */
    CellStyle note() {
        return styles.computeIfAbsent("note", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** A header cell; a required column's in dark red. */
    CellStyle header(boolean required) {
        return styles.computeIfAbsent(required ? "header-required" : "header", k -> {
            CellStyle style = bordered(TEXT_FORMAT);
            style.setFont(required ? requiredBold : bold);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        });
    }

    /** A cell of the example row: grey italic, locked. */
    CellStyle example(ColumnType type) {
        return styles.computeIfAbsent("example-" + format(type), k -> {
            CellStyle style = bordered(format(type));
            style.setFont(exampleFont);
            return style;
        });
    }

    /** A cell the filler writes: unlocked, in the column's number format. */
    CellStyle data(ColumnType type) {
        return styles.computeIfAbsent("data-" + format(type), k -> {
            CellStyle style = bordered(format(type));
            style.setLocked(false);
            return style;
        });
    }

    /** The enterprise id of an enterprise's own workbook: prefilled, locked, shaded. */
    CellStyle lockedId() {
        return styles.computeIfAbsent("id", k -> {
            CellStyle style = bordered(TEXT_FORMAT);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** A locked table cell on the instruction sheet (the checklist's item columns). */
    CellStyle lockedText() {
        return styles.computeIfAbsent("locked-text", k -> {
            CellStyle style = bordered(TEXT_FORMAT);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private CellStyle bordered(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font font(boolean bold, boolean italic, IndexedColors color, int points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setColor(color.getIndex());
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
