package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.testing.RenderedTables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 数据来源与计算说明 of the example project stays printable: Asciidoctor PDF fails the build on a
 * table cell taller than a page (about 35 lines), so no cell may take more than 25 printed lines
 * however many coefficients the traced cells carry.
 */
class SourcesSheetBoundTest {

    private static final List<String> COLUMNS = List.of("sheet", "inputs", "formula", "coefficients");
    /** Chinese characters a line of the 6-part columns holds at 10.5 pt on A4 (6/19 of 16 cm ≈ 13); 4-part: 8. */
    private static final int WIDE = 12;
    private static final int NARROW = 8;

    /** Printed lines of a cell's AsciiDoc lines: each line wrapped, a Chinese character one unit, others half. */
    private static int printed(String cell, int width) {
        int lines = 0;
        for (String line : cell.split(" \\+\n")) {
            double units = line.replace("pass:c[", "").codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
            lines += Math.max(1, (int) Math.ceil(units / width));
        }
        return lines;
    }

    @Test
    void noCellOfTheExamplesSourcesHasMoreThan25Lines() {
        TableRows rows = SourcesSheet.rows(ProjectView.load(RenderedTables.EXAMPLE), TableOptions.none());
        int longest = 0;
        for (Row row : rows.rows()) {
            for (String column : COLUMNS) {
                String cell = row.get(column);
                assertThat(cell.split(" \\+\n")).as(row.plain("sheet") + " " + column).hasSizeLessThanOrEqualTo(25);
                int printed = printed(cell, column.equals("inputs") || column.equals("sheet") ? NARROW : WIDE);
                assertThat(printed).as(row.plain("sheet") + " " + column + " printed lines").isLessThanOrEqualTo(25);
                longest = Math.max(longest, printed);
            }
        }
        System.out.println("longest sources cell of the example: " + longest + " printed lines");
        // the emission limits of one standard are one line, and the 2-7 row names both standards
        assertThat(rows.rows()).extracting(row -> row.plain("coefficients")).anyMatch(cell -> cell.contains(
                "排放限值：GB 21900-2008《电镀污染物排放标准》表2（示例，未核对原文），共 "));
    }
}
