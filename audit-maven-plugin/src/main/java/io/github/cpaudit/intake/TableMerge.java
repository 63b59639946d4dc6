package io.github.cpaudit.intake;

import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.CsvTableUpdate;
import io.github.cpaudit.data.DataLoader;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.data.TableValidator;
import io.github.cpaudit.data.TypedTable;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One table's collected rows against the project's CSV: a row whose key (the table's unique
 * columns) is new is added; a row that only fills empty cells fills them; a value that differs
 * from what the project holds is listed and replaced only when asked ({@code overwrite}); Appendix
 * B statuses are tracking, not data, so a newer status always replaces the old.
 */
final class TableMerge {

    /**
     * What collecting does to one table.
     *
     * @param file    the CSV (absolute)
     * @param after   its new bytes, or {@code null} when nothing changes
     * @param summary the lines the summary shows for it
     */
    record Update(Path file, byte[] after, List<String> summary, boolean hasConflicts) {
    }

    private final Path projectDir;
    private final boolean overwrite;

    TableMerge(Path projectDir, boolean overwrite) {
        this.projectDir = projectDir;
        this.overwrite = overwrite;
    }

    Optional<Update> merge(TableSpec table, Optional<TypedTable> existing, List<FormCollection.Incoming> rows,
            List<Problem> problems) {
        String fileName = existing.map(TypedTable::file).orElse(DataLoader.DATA_DIR + "/" + table.key() + ".csv");
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            problems.add(Problem.data(Location.cell(fileName, existing.get().sheet(), 0, null), "table in workbook",
                    "“" + table.name() + "”在 Excel 文件中", "data/ 中的 CSV 文件（audit:collect 只写 CSV；请把这张工作表另存为 data/"
                            + table.key() + ".csv 并从工作簿中删去）", fileName));
            return Optional.empty();
        }
        Path file = projectDir.resolve(fileName);
        byte[] before = read(file, table);
        List<String> headers = CsvTableUpdate.headers(before).orElse(List.of());
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableValidator.columnOf(table, headers.get(i)).ifPresent(c -> columnIndex.putIfAbsent(c.key(), index));
        }
        Optional<List<FormCollection.Incoming>> fitted = inFileUnits(table, fileName, headers, columnIndex, rows, problems);
        if (fitted.isEmpty()) {
            return Optional.empty();
        }
        Map<List<Object>, TypedTable.Row> held = new HashMap<>();
        existing.ifPresent(t -> t.rows().forEach(r -> held.putIfAbsent(key(table, r), r)));
        Map<List<Object>, FormCollection.Incoming> seen = new HashMap<>();
        List<List<String>> added = new ArrayList<>();
        Map<Integer, Map<Integer, String>> changed = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        int filled = 0;
        int same = 0;
        boolean tracking = table.key().equals(ChecklistStatuses.TABLE);
        for (FormCollection.Incoming in : fitted.get()) {
            List<Object> key = key(table, in.row());
            FormCollection.Incoming first = seen.putIfAbsent(key, in);
            if (first != null) {
                // twice in one sheet is the validator's "duplicate key" already
                if (first.from() != in.from() && !first.row().values().equals(in.row().values())) {
                    problems.add(Problem.data(in.from().at(in.row(), table.unique().isEmpty() ? null : table.unique().get(0)),
                            "collected twice", "同一记录在两处给出不同的数据", "与 " + first.from().at(first.row(), null).format()
                                    + " 相同，或只在一处填写", label(table, in.row())));
                }
                continue;
            }
            TypedTable.Row old = held.get(key);
            if (old == null) {
                List<String> cells = new ArrayList<>();
                for (String header : headers) {
                    cells.add(TableValidator.columnOf(table, header).map(c -> in.row().text(c.key())).orElse(""));
                }
                added.add(cells);
                continue;
            }
            Map<Integer, String> cells = new TreeMap<>();
            boolean differs = false;
            for (String column : in.row().values().keySet()) {
                Object was = old.values().get(column);
                if (was != null && equal(was, in.row().values().get(column))) {
                    continue;
                }
                if (was != null) {
                    differs = true;
                    conflicts.add("    不同 " + label(table, in.row()) + " 列“" + table.column(column).map(ColumnSpec::name).orElse(column)
                            + "”：" + old.source().format() + " 为“" + old.text(column) + "”，"
                            + in.from().at(in.row(), column).format() + " 为“" + in.row().text(column) + "”");
                    if (!overwrite && !tracking) {
                        continue;
                    }
                }
                cells.put(columnIndex.get(column), in.row().text(column));
            }
            if (!cells.isEmpty()) {
                changed.put(old.source().row(), cells);
            }
            if (cells.isEmpty() && !differs) {
                same++;
            } else if (!differs) {
                filled++;
            }
        }
        List<String> summary = new ArrayList<>();
        summary.add("  " + table.name() + "（" + fileName + "）：新增 " + added.size() + " 行，补充空白 " + filled
                + " 行，与已有数据不同 " + conflicts.size() + " 处" + (conflicts.isEmpty() ? "" : tracking ? "（以采集表为准）"
                : overwrite ? "（覆盖）" : "（未覆盖）") + "，相同 " + same + " 行");
        summary.addAll(conflicts);
        byte[] after = added.isEmpty() && changed.isEmpty() ? null : CsvTableUpdate.update(before, changed, added);
        return Optional.of(new Update(file, after, summary, !conflicts.isEmpty() && !tracking));
    }

    /** Writes every changed table: all new contents first, each then moved over its file, so a failure leaves data/ as it was. */
    List<Path> write(List<Update> updates) {
        List<Path> written = new ArrayList<>();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Update update : updates) {
                if (update.after() != null) {
                    Files.createDirectories(update.file().getParent());
                    Path temp = update.file().resolveSibling("." + update.file().getFileName() + ".collect");
                    Files.write(temp, update.after());
                    staged.put(temp, update.file());
                }
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(move.getValue());
            }
            return written;
        } catch (IOException e) {
            for (Path temp : staged.keySet()) {
                temp.toFile().delete();
            }
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows with every value in the unit of the file's header (a form prints the schema's unit);
     * empty, after reporting, when a value has no column in the file or a unit that does not convert.
     */
    private static Optional<List<FormCollection.Incoming>> inFileUnits(TableSpec table, String fileName, List<String> headers,
            Map<String, Integer> columnIndex, List<FormCollection.Incoming> rows, List<Problem> problems) {
        // a header without a unit means the schema's unit, as the data loader reads it
        Map<String, String> unitOf = new HashMap<>();
        columnIndex.forEach((key, index) -> unitOf.put(key, unit(table, key, headers.get(index))));
        Set<String> reported = new HashSet<>();
        List<FormCollection.Incoming> fitted = new ArrayList<>();
        boolean fits = true;
        for (FormCollection.Incoming in : rows) {
            Map<String, Object> values = new HashMap<>(in.row().values());
            for (Map.Entry<String, Object> value : in.row().values().entrySet()) {
                String column = value.getKey();
                String header = in.row().headers().getOrDefault(column, column);
                String where = in.from().raw().file() + "|" + in.from().raw().sheet() + "|" + column;
                String unit = unit(table, column, header);
                if (!columnIndex.containsKey(column)) {
                    fits = false;
                    if (reported.add(where)) {
                        problems.add(Problem.data(in.from().at(in.row(), column), "column missing in data",
                                fileName + " 没有这一列", "先在 " + fileName + " 的表头加上“" + header + "”列", header));
                    }
                } else if (!unit.equals(unitOf.get(column))) {
                    Optional<BigDecimal> converted = value.getValue() instanceof BigDecimal number && !unit.isEmpty()
                            && !unitOf.get(column).isEmpty() ? HeaderUnits.convert(number, unit, unitOf.get(column)) : Optional.empty();
                    if (converted.isPresent()) {
                        values.put(column, converted.get());
                    } else {
                        fits = false;
                        if (reported.add(where)) {
                            problems.add(Problem.data(in.from().at(in.row(), column), "unit differs from data",
                                    "单位与 " + fileName + " 的表头不一致且无法换算", headers.get(columnIndex.get(column))
                                            + "（请换算后填写，或改表头）", header));
                        }
                    }
                }
            }
            fitted.add(new FormCollection.Incoming(new TypedTable.Row(in.row().source(), values, in.row().headers()), in.from()));
        }
        return fits ? Optional.of(fitted) : Optional.empty();
    }

    private static String unit(TableSpec table, String column, String header) {
        return TableValidator.headerUnit(header)
                .orElseGet(() -> table.column(column).map(ColumnSpec::unit).orElse(""));
    }

    private static byte[] read(Path file, TableSpec table) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file)
                    : CsvTableUpdate.newFile(table.columns().stream().map(ColumnSpec::header).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row's identity: its unique columns, or all of them for a table without a key. */
    private static List<Object> key(TableSpec table, TypedTable.Row row) {
        List<String> columns = table.unique().isEmpty() ? table.columns().stream().map(ColumnSpec::key).toList() : table.unique();
        return columns.stream().map(c -> normal(row.values().get(c))).toList();
    }

    private static Object normal(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }

    private static boolean equal(Object a, Object b) {
        return Objects.equals(normal(a), normal(b));
    }

    /** The row as a reader finds it: its key cells joined, e.g. E03 · 2025 · 天然气. */
    private static String label(TableSpec table, TypedTable.Row row) {
        List<String> columns = table.unique().isEmpty() ? List.of(table.columns().get(0).key()) : table.unique();
        return String.join(" · ", columns.stream().map(row::text).filter(t -> !t.isEmpty()).toList());
    }
}
