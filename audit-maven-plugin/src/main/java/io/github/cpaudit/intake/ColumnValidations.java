package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.TableSpec;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;

/**
 * The data validations of a form column, created once per column range: a drop-down list
 * ({@link ColumnChoices}, through the named range on {@value FormLayout#LISTS_SHEET}) or a number,
 * year or date check where the data reader would refuse anything else; and on every column an input
 * prompt with its hint ({@link ColumnHints}), shown on the header and on each data cell.
 */
final class ColumnValidations {

    /** Excel's limit for a prompt's title. */
    private static final int MAX_TITLE = 32;

    private final ValueLists lists;

    ColumnValidations(ValueLists lists) {
        this.lists = lists;
    }

    /**
     * Adds the header prompt and the data validation of column {@code c}.
     *
     * @param enterpriseIds ids offered in the enterprise column of the whole-roster workbook, else {@code null}
     * @param prefilledId   whether the column is the enterprise's own, prefilled and locked id
     */
    void add(Sheet sheet, TableSpec table, int c, List<String> enterpriseIds, boolean prefilledId, int firstRow, int lastRow) {
        ColumnSpec column = table.columns().get(c);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String hint = ColumnHints.of(column, prefilledId);
        sheet.addValidationData(prompted(helper.createValidation(any(),
                new CellRangeAddressList(FormLayout.HEADER_ROW, FormLayout.HEADER_ROW, c, c)), column, hint));
        if (prefilledId) {
            return;
        }
        CellRangeAddressList cells = new CellRangeAddressList(firstRow, lastRow, c, c);
        Optional<ColumnChoices> choices = ColumnChoices.of(table, column, enterpriseIds);
        DataValidation validation = choices.isPresent()
                ? list(helper, lists.define(table, column, choices.get().values()), choices.get().strict(), column, cells)
                : checked(helper, column, cells);
        sheet.addValidationData(prompted(validation, column, hint));
    }

    /** A list validation; strict lists stop a value outside them, the others warn. */
    static DataValidation list(DataValidationHelper helper, String listName, boolean strict, ColumnSpec column,
            CellRangeAddressList cells) {
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listName), cells);
        // XSSF shows the drop-down arrow only with this set (POI's naming is inverted for .xlsx)
        validation.setSuppressDropDownArrow(true);
        if (strict) {
            errorBox(validation, DataValidation.ErrorStyle.STOP, "不是允许的取值", "“" + column.name() + "”请从下拉列表中选择。");
        } else {
            errorBox(validation, DataValidation.ErrorStyle.WARNING, "请核对",
                    "“" + column.name() + "”的值不在常用列表中。确认无误请点“是”保留。");
        }
        return validation;
    }

    /** Numbers, years and dates as the data check wants them; any value for text. */
    private static DataValidation checked(DataValidationHelper helper, ColumnSpec column, CellRangeAddressList cells) {
        DataValidationConstraint constraint = switch (column.type()) {
            case DECIMAL -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case SIGNED_DECIMAL -> helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15");
            case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case INTEGER -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case YEAR -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1900", "2099");
            case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2099,12,31)", null);
            default -> any();
        };
        DataValidation validation = helper.createValidation(constraint, cells);
        if (constraint.getValidationType() != ValidationType.ANY) {
            errorBox(validation, DataValidation.ErrorStyle.STOP, "格式不对", ColumnHints.of(column, false));
        }
        return validation;
    }

    private static DataValidationConstraint any() {
        return new XSSFDataValidationConstraint(ValidationType.ANY, "");
    }

    private static DataValidation prompted(DataValidation validation, ColumnSpec column, String hint) {
        String title = column.name().length() <= MAX_TITLE ? column.name() : column.name().substring(0, MAX_TITLE);
        validation.createPromptBox(title, hint);
        validation.setShowPromptBox(true);
        return validation;
    }

    private static void errorBox(DataValidation validation, int style, String title, String text) {
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(style);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text.length() <= ColumnHints.MAX_LENGTH ? text : text.substring(0, ColumnHints.MAX_LENGTH));
    }
}
