package io.github.cpaudit.catalog;

import java.util.List;

/**
 * One worksheet of Appendix A as the catalog describes it (spec/worksheets.md).
 *
 * @param number   phase-sequence number, e.g. {@code 2-4}
 * @param title    the Chinese title, e.g. 能源消耗及折标
 * @param phase    前期准备, 诊断审核 or 报告编制
 * @param computed whether a template fills it from the project's data
 * @param sheet    a form with one field per row (3-2) rather than a table with a header row
 * @param landscape too wide for a portrait A4 page: printed on landscape pages in the PDF
 * @param reads    the data the computed worksheet reads (for the writer's schema and messages)
 * @param columns  the columns of the blank form, in order
 */
public record Worksheet(String number, String title, String phase, boolean computed, boolean sheet,
        boolean landscape, List<String> reads, List<Column> columns) {

    /** What {@code reads} says of a sheet that reads every data table (3-2): not the name of a table. */
    public static final String READS_ALL_TABLES = "all tables";

    public Worksheet {
        reads = List.copyOf(reads);
        columns = List.copyOf(columns);
    }

    /**
     * A column of the form.
     *
     * @param name  the header text
     * @param unit  the unit printed after the name, or {@code null}
     * @param num   numbers: right-aligned
     * @param width relative width (fixed widths keep the PDF from measuring every cell)
     */
    public record Column(String name, String unit, boolean num, int width) {

        /** The header cell: 名称（单位）. */
        public String header() {
            return unit == null ? name : name + "（" + unit + "）";
        }

        /** This column in an AsciiDoc {@code cols} list, e.g. {@code >2}. */
        public String spec() {
            return (num ? ">" : "") + width;
        }
    }

    /** The same worksheet with other columns (a header naming the data's years or unit). */
    public Worksheet withColumns(List<Column> other) {
        return new Worksheet(number, title, phase, computed, sheet, landscape, reads, other);
    }

    /** The standalone title: 工作表2-4 能源消耗及折标. */
    public String ownTitle() {
        return "工作表" + number + " " + title;
    }

    /** The title inside a chapter, after the chapter's table number: 能源消耗及折标（工作表2-4）. */
    public String chapterTitle() {
        return title + "（工作表" + number + "）";
    }

    /** The AsciiDoc {@code cols} attribute of the form, e.g. {@code 4,2,>2,1}. */
    public String cols() {
        return String.join(",", columns.stream().map(Column::spec).toList());
    }
}
