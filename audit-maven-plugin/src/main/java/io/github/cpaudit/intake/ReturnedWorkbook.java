package io.github.cpaudit.intake;

import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.DataFiles;
import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.data.RawTable;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.data.TableValidator;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.data.XlsxTableReader;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One collection workbook as a person returned it, read into raw tables: the tables are found by
 * the meta sheet, else by the sheet's name, else by its headers; the header row is the one that
 * names the most columns (so added title rows and two-row headers with merged cells still read);
 * the example row, blank rows and rows that hold only the pre-filled enterprise id are not data.
 * The Appendix B list on the instruction sheet becomes rows of {@code checklist_status}.
 */
final class ReturnedWorkbook {

    /** Rows looked at for a header; a form's header is on row 3. */
    private static final int HEADER_SEARCH_ROWS = 12;
    /** A sheet is taken for a table by its headers only when it names this many of its columns. */
    private static final int MIN_HEADER_MATCHES = 3;
    private static final Pattern COLUMN_LETTERS = Pattern.compile("[A-Z]{1,3}");

    /**
     * A table read from one sheet.
     *
     * @param table   the schema table
     * @param raw     its rows, cells by header as written
     * @param letters the column letters by header, for messages in the workbook's own terms
     */
    record SheetTable(TableSpec table, RawTable raw, int headerRow, Map<String, String> letters) {

        /**
         * A problem found in this table, placed at the cell as Excel names it: the reader and the
         * validator name a cell by its header (or by its letter where it has none) and the header
         * row as row 1.
         */
        Problem placed(Problem problem) {
            if (problem.location() instanceof Location.Cell cell && cell.path().equals(raw.file())
                    && cell.sheet().filter(raw.sheet()::equals).isPresent()) {
                int row = cell.row() == 1 ? headerRow + 1 : cell.row();
                String column = cell.column().orElse(null);
                String letter = column == null ? "" : letters.getOrDefault(column, COLUMN_LETTERS.matcher(column).matches() ? column : "");
                return problem.at(new Location.SheetCell(cell.path(), raw.sheet(), row, letter));
            }
            return problem;
        }

        /** A row's cell under a header as written (or the whole row for {@code null}), as Excel names it. */
        Location at(int row, String header) {
            return new Location.SheetCell(raw.file(), raw.sheet(), row, header == null ? "" : letters.getOrDefault(header, ""));
        }

        /** A typed row's cell of a column. */
        Location at(TypedTable.Row row, String key) {
            return at(row.source().row(), key == null ? null : row.headers().get(key));
        }
    }

    /**
     * What one workbook delivered.
     *
     * @param name       the file as messages name it
     * @param enterprise the enterprise of a per-enterprise form, or empty (a roster form or another workbook)
     * @param tables     the tables found
     */
    record Delivery(String name, Optional<String> enterprise, List<SheetTable> tables) {

        /** A problem the reader found, placed at its cell of the sheet it concerns. */
        Problem placed(Problem problem) {
            for (SheetTable table : tables) {
                Problem placed = table.placed(problem);
                if (placed != problem) {
                    return placed;
                }
            }
            return problem;
        }
    }

    private final Schema schema;
    private final DataProblems problems;

    ReturnedWorkbook(Schema schema, DataProblems problems) {
        this.schema = schema;
        this.problems = problems;
    }

    /** The workbook's tables; empty when it cannot be opened (the reason is in the problems). */
    Optional<Delivery> read(Path file, String name) {
        Workbook opened;
        try {
            opened = WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            // POI's runtime exceptions: not a zip, not OOXML, encrypted
            problems.add(XlsxTableReader.unreadable(name));
            return Optional.empty();
        }
        try (Workbook workbook = opened) {
            Map<String, String> tableOfSheet = new HashMap<>();
            Optional<String> enterprise = meta(workbook, tableOfSheet);
            XlsxTableReader reader = new XlsxTableReader(file.getParent(), problems);
            List<SheetTable> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                String sheetName = sheet.getSheetName();
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet)) || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                if (sheetName.equals(FormLayout.INSTRUCTIONS_SHEET)) {
                    checklist(reader, name, sheet, enterprise).ifPresent(tables::add);
                    continue;
                }
                Optional<SheetTable> table = table(reader, name, sheet, tableOfSheet.get(sheetName), enterprise);
                if (table.isPresent()) {
                    tables.add(table.get());
                } else if (sheet.getPhysicalNumberOfRows() > 0) {
                    problems.add(Problem.data(new Location.SheetCell(name, sheetName, 0, ""), "unknown sheet",
                            "无法识别的工作表", "数据表名称之一（如 " + schema.tables().get(1).name() + "），或表头含本表的列名",
                            sheetName));
                }
            }
            return Optional.of(new Delivery(name, enterprise, tables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The enterprise id of the form, and its sheets' table keys, from the meta sheet; empty without one. */
    private static Optional<String> meta(Workbook workbook, Map<String, String> tableOfSheet) {
        Sheet meta = workbook.getSheet(FormLayout.META_SHEET);
        if (meta == null || meta.getRow(0) == null) {
            return Optional.empty();
        }
        String[] first = XlsxTableReader.values(meta.getRow(0));
        if (first.length == 0 || !FormLayout.FORMAT.equals(first[0])) {
            return Optional.empty();
        }
        for (Row row : meta) {
            String[] cells = XlsxTableReader.values(row);
            if (row.getRowNum() > 0 && cells.length >= 2) {
                tableOfSheet.put(cells[0], cells[1]);
            }
        }
        return first.length > 1 ? Optional.of(DataFiles.clean(first[1])).filter(id -> !id.isEmpty()) : Optional.empty();
    }

    private Optional<SheetTable> table(XlsxTableReader reader, String name, Sheet sheet, String metaKey,
            Optional<String> enterprise) {
        Optional<TableSpec> named = Optional.ofNullable(metaKey).flatMap(schema::table)
                .or(() -> schema.table(sheet.getSheetName()));
        TableSpec spec = null;
        int headerRow = -1;
        int found = 0;
        for (TableSpec candidate : named.map(List::of).orElse(FormLayout.enterpriseTables(schema))) {
            int[] best = headerRow(sheet, candidate);
            if (best[1] > found && (named.isPresent() || best[1] >= MIN_HEADER_MATCHES)) {
                spec = candidate;
                headerRow = best[0];
                found = best[1];
            }
        }
        if (spec == null) {
            return Optional.empty();
        }
        RawTable raw = reader.readSheet(name, sheet, headerRow);
        return Optional.of(new SheetTable(spec, dataRows(spec, raw, enterprise), headerRow, letters(sheet, headerRow)));
    }

    /** {row, matches} of the row among the first ones that names the most of the table's columns. */
    private static int[] headerRow(Sheet sheet, TableSpec spec) {
        int[] best = {FormLayout.HEADER_ROW, 0};
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= last; r++) {
            int matches = matches(sheet, r, spec);
            if (matches > best[1]) {
                best = new int[] {r, matches};
            }
        }
        return best;
    }

    private static int matches(Sheet sheet, int rowIndex, TableSpec spec) {
        Row row = rowIndex < 0 ? null : sheet.getRow(rowIndex);
        if (row == null) {
            return 0;
        }
        int matches = 0;
        for (String header : XlsxTableReader.values(row)) {
            String clean = DataFiles.clean(header);
            if (!clean.isEmpty() && TableValidator.columnOf(spec, clean).isPresent()) {
                matches++;
            }
        }
        return matches;
    }

    private static Map<String, String> letters(Sheet sheet, int headerRow) {
        Map<String, String> letters = new HashMap<>();
        String[] headers = XlsxTableReader.values(sheet.getRow(headerRow));
        for (int i = 0; i < headers.length; i++) {
            letters.putIfAbsent(DataFiles.clean(headers[i]), DataFiles.columnLetter(i));
        }
        return letters;
    }

    /**
     * The rows that are data: not the example, not a second header row, not a row with nothing but
     * the enterprise id. In a form of one enterprise a row without an id (a row the person inserted)
     * is that enterprise's.
     */
    private static RawTable dataRows(TableSpec spec, RawTable raw, Optional<String> enterprise) {
        String idHeader = raw.headers().stream()
                .filter(h -> !h.isEmpty() && TableValidator.columnOf(spec, h)
                        .filter(FormLayout.enterpriseColumn(spec)::equals).isPresent())
                .findFirst().orElse(null);
        List<RawTable.Row> rows = new ArrayList<>();
        for (RawTable.Row row : raw.rows()) {
            String id = idHeader == null ? "" : row.cell(idHeader);
            if (id.equals(FormLayout.EXAMPLE_MARK) || repeatsHeader(row) || onlyCell(row, idHeader)) {
                continue;
            }
            if (id.isEmpty() && idHeader != null && enterprise.isPresent()) {
                Map<String, String> cells = new LinkedHashMap<>(row.cells());
                cells.put(idHeader, enterprise.get());
                row = new RawTable.Row(row.source(), cells, row.refused());
            }
            rows.add(row);
        }
        return new RawTable(raw.file(), raw.sheet(), raw.headers(), rows);
    }

    private static boolean repeatsHeader(RawTable.Row row) {
        return row.cells().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .allMatch(e -> e.getKey().equals(e.getValue()));
    }

    private static boolean onlyCell(RawTable.Row row, String header) {
        return row.cells().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .allMatch(e -> e.getKey().equals(header));
    }

    /**
     * The Appendix B list of the instruction sheet as {@code checklist_status} rows: its 编号 is the
     * item, and only rows whose 提供情况 is filled are delivered.
     */
    private Optional<SheetTable> checklist(XlsxTableReader reader, String name, Sheet sheet, Optional<String> enterprise) {
        TableSpec spec = schema.table(ChecklistStatuses.TABLE).orElseThrow();
        int headerRow = -1;
        for (Row row : sheet) {
            List<String> cells = List.of(XlsxTableReader.values(row)).stream().map(DataFiles::clean).toList();
            if (cells.contains(ListHeaders.ID) && cells.contains(ListHeaders.STATUS)) {
                headerRow = row.getRowNum();
                break;
            }
        }
        if (headerRow < 0 || enterprise.isEmpty()) {
            return Optional.empty();
        }
        RawTable raw = reader.readSheet(name, sheet, headerRow);
        Map<String, String> written = letters(sheet, headerRow);
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put(column(spec, "enterprise"), "");
        renamed.put(column(spec, "item"), ListHeaders.ID);
        renamed.put(column(spec, "status"), ListHeaders.STATUS);
        renamed.put(column(spec, "date"), ListHeaders.DATE);
        renamed.put(column(spec, "remark"), ListHeaders.REMARK);
        Map<String, String> letters = new HashMap<>();
        renamed.forEach((header, original) -> letters.put(header, written.getOrDefault(original, "")));
        List<RawTable.Row> rows = new ArrayList<>();
        for (RawTable.Row row : raw.rows()) {
            if (row.cell(ListHeaders.STATUS).isEmpty()) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            renamed.forEach((header, original) -> cells.put(header, original.isEmpty() ? enterprise.get() : row.cell(original)));
            rows.add(new RawTable.Row(row.source(), cells));
        }
        return Optional.of(new SheetTable(spec, new RawTable(name, sheet.getSheetName(),
                List.copyOf(renamed.keySet()), rows), headerRow, letters));
    }

    private static String column(TableSpec spec, String key) {
        return spec.column(key).map(ColumnSpec::header).orElseThrow();
    }
}
