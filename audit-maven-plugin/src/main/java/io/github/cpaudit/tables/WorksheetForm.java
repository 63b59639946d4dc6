package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;

/**
 * A worksheet as a standalone fill-in AsciiDoc document (the files of {@code worksheets/forms/} and
 * the ones {@code audit:init} writes into a new project): its own title and its blank form.
 */
public final class WorksheetForm {

    private WorksheetForm() {
    }

    /** The file name, sorting in the catalog's order: 2-04.adoc. */
    public static String fileName(Worksheet worksheet) {
        String[] parts = worksheet.number().split("-");
        return parts[0] + "-" + (parts[1].length() == 1 ? "0" : "") + parts[1] + ".adoc";
    }

    /** The document: title, a note on where it comes from, the titled blank form. */
    public static String document(Worksheet worksheet, BlankForms blank) {
        return "= " + worksheet.ownTitle() + "\n"
                + "// 由工作表目录（catalog.yaml）生成，请勿手工修改；报告中用 worksheet::" + worksheet.number()
                + "[form=blank] 插入同一张空白表" + (worksheet.computed() ? "，用 worksheet::" + worksheet.number()
                + "[] 插入由数据计算的表" : "") + "。\n\n"
                + "[caption=\"\"]\n." + worksheet.ownTitle() + "\n"
                + blank.render(worksheet, TableOptions.none());
    }
}
