package io.github.cpaudit.assessment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one export table as CSV: UTF-8 with a BOM (Excel then reads the Chinese right), RFC 4180
 * quoting (a comma, quote or line break inside a name is quoted), numbers as plain digits. A text
 * that a spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage return)
 * is prefixed with an apostrophe, the usual guard against CSV injection: Excel shows it as text.
 */
final class CsvExport {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvExport() {
    }

    static void write(ExportTable table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write(BOM);
            printer.printRecord(table.sheet().headers());
            for (List<Cell> row : table.rows()) {
                List<String> values = new ArrayList<>(row.size());
                for (Cell cell : row) {
                    values.add(cell instanceof Cell.Number ? cell.shown() : guarded(cell.shown()));
                }
                printer.printRecord(values);
            }
        }
    }

    /** The text, with an apostrophe before it when a spreadsheet would read it as a formula. */
    static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
