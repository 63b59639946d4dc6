package io.github.cpaudit.intake;

import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.ColumnType;
import io.github.cpaudit.data.TableSpec;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The first sheet, {@value FormLayout#INSTRUCTIONS_SHEET}: how to fill the workbook, whose it is,
 * and the enterprise's Appendix B list: what it must provide and where it goes, with its
 * 提供情况, 提供日期 and 说明 to fill (in the whole-roster workbook the list is for reading only:
 * each enterprise's status goes into the 资料收集情况 sheet).
 */
final class InstructionSheet {

    static final String TITLE = "清洁生产审核资料收集表";
    static final String CHECKLIST_TITLE = "附录B 资料收集清单";
    static final List<String> CHECKLIST_HEADERS = ListHeaders.ALL;
    /** Where a document item goes: it is handed in as a file, not typed into a sheet. */
    static final String DOCUMENT_PLACE = "随表提交文件";
    private static final int[] WIDTHS = {8, 16, 50, 26, 16, 12, 14, 30};
    private static final int LAST_COLUMN = CHECKLIST_HEADERS.size() - 1;
    private static final int READ_ONLY_COLUMNS = 5;

    private final FormStyles styles;
    private final ValueLists lists;

    InstructionSheet(FormStyles styles, ValueLists lists) {
        this.styles = styles;
        this.lists = lists;
    }

    /** @param statusTable the schema's checklist_status table, whose 提供情况 list the checklist offers */
    void write(Sheet sheet, FormContent content, TableSpec statusTable) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 0;
        TableSheet.spanningText(sheet, r++, TITLE, styles.title(), LAST_COLUMN);
        sheet.getRow(0).setHeightInPoints(24);
        pair(sheet, r++, "企业编号", content.wholeRoster() ? "全部企业" : content.enterpriseId());
        pair(sheet, r++, "企业名称", content.wholeRoster() ? "（各表按企业编号逐行填写）" : content.enterpriseName());
        r++;
        TableSheet.spanningText(sheet, r++, "填写说明", styles.header(false), LAST_COLUMN);
        int n = 1;
        for (String line : lines(content)) {
            TableSheet.spanningText(sheet, r, n++ + ". " + line, styles.note(), LAST_COLUMN);
            sheet.getRow(r++).setHeightInPoints(15f * (1 + TableSheet.displayWidth(line) / 150));
        }
        r++;
        TableSheet.spanningText(sheet, r++, CHECKLIST_TITLE, styles.header(false), LAST_COLUMN);
        int columns = content.wholeRoster() ? READ_ONLY_COLUMNS : CHECKLIST_HEADERS.size();
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(CHECKLIST_HEADERS.get(c));
            cell.setCellStyle(styles.header(false));
        }
        int first = r;
        for (FormContent.Line line : content.checklist()) {
            Row row = sheet.createRow(r++);
            List<String> fixed = List.of(line.item().id(), line.item().category(), line.item().item(),
                    line.requirement(), line.place());
            for (int c = 0; c < fixed.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(fixed.get(c));
                cell.setCellStyle(styles.lockedText());
            }
            if (!content.wholeRoster()) {
                filled(row, 5, ColumnType.TEXT, line.status());
                filled(row, 6, ColumnType.DATE, line.date());
                filled(row, 7, ColumnType.TEXT, line.remark());
            }
        }
        if (!content.wholeRoster() && r > first) {
            ColumnSpec status = statusTable.column("status").orElseThrow();
            sheet.addValidationData(ColumnValidations.list(sheet.getDataValidationHelper(),
                    lists.define(statusTable, status, status.values()), true, status,
                    new CellRangeAddressList(first, r - 1, 5, 5)));
        }
        FormProtection.protect(sheet);
        FormProtection.printOnPageWidth(sheet);
    }

    private List<String> lines(FormContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("请只在白色单元格中填写。灰色单元格（标题、表头、示例行"
                + (content.wholeRoster() ? "" : "、企业编号") + "）已锁定，不要改动。");
        lines.add("不要修改、删除或移动表头，不要改动工作表名称。每张表的第二行写明一行填什么（如“一家企业一种产品一年一行”），请一条记录占一行。");
        lines.add("数量按表头括号中的单位填写，例如“新鲜水量（m³）”填立方米数；表头没有单位的，单位写在该表的“单位”列（可从下拉列表选择）。");
        lines.add("各表第四行（企业编号为“示例”的灰色斜体行）是填写示例，不会被读取，不必删除。");
        lines.add(content.wholeRoster()
                ? "本工作簿供汇总填写全部企业：每行的企业编号填企业名录中的编号（可从下拉列表选择）。各企业的资料提供情况填在“资料收集情况”表中。"
                : "审核组已有的数据已预填，请核对、改正或补充（已有数据中未通过检查的单元格留空，请重新填写）；行不够时可在表尾继续填写或插入行。");
        lines.add("深红色表头为必填项。把鼠标移到表头上可看该列的填写要求；带下拉列表的单元格请从列表中选择。");
        lines.add("工作表保护没有密码，只为防止误改表头和编号，不是保密措施；调整格式不必撤销保护，确需撤销可在“审阅 → 撤销工作表保护”中进行，但请勿改动表头和隐藏的工作表。");
        lines.add("填好后保存为 .xlsx（不要改文件名），连同下表中“随表提交文件”的资料，在约定日期前交回"
                + (content.returnTo() == null || content.returnTo().isBlank() ? "审核组" : content.returnTo()) + "。");
        return lines;
    }

    private void pair(Sheet sheet, int rowIndex, String label, String value) {
        Row row = sheet.createRow(rowIndex);
        Cell name = row.createCell(0);
        name.setCellValue(label);
        name.setCellStyle(styles.header(false));
        Cell cell = row.createCell(1);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(styles.lockedText());
    }

    private void filled(Row row, int column, ColumnType type, Object value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.data(type));
        FormCells.set(cell, type, value);
    }
}
