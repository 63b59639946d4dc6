package io.github.cpaudit.problem;

import java.util.Comparator;
import java.util.Optional;

/**
 * Where a problem is: a data cell (file, optional sheet, row or line, optional column header), a
 * document file and line, or nowhere. {@link #format()} gives the text a writer reads.
 */
public sealed interface Location {

    /** Reading order: by file, then line; a problem with no place comes last. */
    Comparator<Location> READING_ORDER = Comparator
            .comparing((Location at) -> at.file().orElse("\uffff"))
            .thenComparingInt(Location::line);

    /** The place as the writer reads it, e.g. {@code data/roster.csv:3 列“企业名称”}; "" for none. */
    String format();

    Optional<String> file();

    /** What stands between the place and the message: ": ", or "：" after a workbook cell. */
    default String separator() {
        return ": ";
    }

    /** The row or line, 0 where there is none. */
    int line();

    Location NONE = new None();

    static Location cell(String file, String sheet, int row, String column) {
        return new Cell(file, Optional.ofNullable(sheet).filter(name -> !name.isEmpty()), row,
                Optional.ofNullable(column));
    }

    static Location document(String file, int line) {
        return new DocumentLine(file, line);
    }

    /** A cell or row of a data file; the sheet only for workbooks, the column only for a cell. */
    record Cell(String path, Optional<String> sheet, int row, Optional<String> column) implements Location {
        @Override
        public String format() {
            return path + sheet.map(name -> "[" + name + "]").orElse("") + (row > 0 ? ":" + row : "")
                    + column.map(name -> " 列“" + name + "”").orElse("");
        }

        @Override
        public Optional<String> file() {
            return Optional.of(path);
        }

        @Override
        public int line() {
            return row;
        }
    }

    /**
     * A cell of a workbook as Excel names it, {@code 文件 › 工作表!B7}: for workbooks a person filled
     * by hand, where the column letter is what they look for. {@code letters} is "" for a whole row.
     */
    record SheetCell(String path, String sheet, int row, String letters) implements Location {
        @Override
        public String format() {
            return path + " › " + sheet + (row > 0 ? "!" + letters + row : "");
        }

        @Override
        public String separator() {
            return "：";
        }

        @Override
        public Optional<String> file() {
            return Optional.of(path);
        }

        @Override
        public int line() {
            return row;
        }
    }

    /** A line of a document (0 when Asciidoctor did not say which line). */
    record DocumentLine(String path, int number) implements Location {
        @Override
        public String format() {
            return number > 0 ? path + ":" + number : path;
        }

        @Override
        public Optional<String> file() {
            return Optional.of(path);
        }

        @Override
        public int line() {
            return number;
        }
    }

    /** A problem of the project as a whole. */
    record None() implements Location {
        @Override
        public String format() {
            return "";
        }

        @Override
        public Optional<String> file() {
            return Optional.empty();
        }

        @Override
        public int line() {
            return 0;
        }
    }
}
