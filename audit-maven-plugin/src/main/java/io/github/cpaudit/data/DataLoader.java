package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.model.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the data tables of a project folder ({@code data/*.csv} and the sheets of
 * {@code data/*.xlsx}), checks each against the schema and the enterprise references across
 * tables, and collects every problem on the way.
 */
public final class DataLoader {

    public static final String DATA_DIR = "data";

    private final Schema schema;
    private final IndustryCodes industryCodes;

    public DataLoader(Schema schema, IndustryCodes industryCodes) {
        this.schema = schema;
        this.industryCodes = industryCodes;
    }

    public ProjectTables load(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        DataProblems problems = new DataProblems();
        TableValidator validator = new TableValidator(industryCodes, problems);
        Map<String, TypedTable> tables = new LinkedHashMap<>();
        for (Path file : dataFiles(project.resolve(DATA_DIR))) {
            String fileName = file.getFileName().toString();
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                new CsvTableReader(project, problems).read(file).ifPresent(raw ->
                        add(baseName(fileName), raw, validator, tables, problems));
            } else if (lower.endsWith(".xlsx")) {
                for (RawTable raw : new XlsxTableReader(project, problems).read(file)) {
                    if (!isNoteSheet(raw.sheet())) {
                        add(raw.sheet(), raw, validator, tables, problems);
                    }
                }
            }
        }
        checkReferences(tables, problems);
        return new ProjectTables(tables, problems);
    }

    private void add(String name, RawTable raw, TableValidator validator, Map<String, TypedTable> tables,
            DataProblems problems) {
        Location where = new Source(raw.file(), raw.sheet(), 0).cell(null);
        Optional<TableSpec> spec = schema.table(name);
        if (spec.isEmpty()) {
            problems.add(Problem.data(where, "unknown table", "未知的数据表",
                    "文件名或工作表名为已知的表名或表键（" + String.join("、", schema.tables().stream()
                            .map(TableSpec::name).toList()) + "）", name));
            return;
        }
        TypedTable existing = tables.get(spec.get().key());
        if (existing != null) {
            problems.add(Problem.data(where, "duplicate table", "同一张表出现两次",
                    "“" + spec.get().name() + "”只在一个文件或工作表中",
                    new Source(existing.file(), existing.sheet(), 0).format() + " 和本处"));
            return;
        }
        tables.put(spec.get().key(), validator.validate(spec.get(), raw));
    }

    /** Every id that refers to another table must exist there: enterprises, options … */
    private static void checkReferences(Map<String, TypedTable> tables, DataProblems problems) {
        for (TypedTable table : tables.values()) {
            for (ColumnSpec column : table.spec().columns()) {
                String target = column.referencedTable();
                if (target == null) {
                    continue;
                }
                TypedTable referenced = tables.get(target);
                if (referenced == null) {
                    continue; // a missing table is reported by the completeness check, not once per reference
                }
                Set<String> ids = new HashSet<>();
                referenced.rows().forEach(row -> row.get("id", String.class).ifPresent(ids::add));
                String where = new Source(referenced.file(), referenced.sheet(), 0).format();
                for (TypedTable.Row row : table.rows()) {
                    for (String id : idsOf(row.values().get(column.key()))) {
                        if (!ids.contains(id) && !id.equals(column.refAll())) {
                            problems.add(Problem.data(row.at(column.key()), "unknown reference",
                                    "编号不在" + referenced.spec().name() + "中",
                                    referenced.spec().name() + "（" + where + "）中的编号", id));
                        }
                    }
                }
            }
        }
    }

    private static List<String> idsOf(Object value) {
        if (value instanceof String id) {
            return List.of(id);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static List<Path> dataFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // Excel's lock files (~$name.xlsx) are not data
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static boolean isNoteSheet(String sheet) {
        return sheet.startsWith("说明") || sheet.startsWith("备注") || sheet.equalsIgnoreCase("readme");
    }
}
