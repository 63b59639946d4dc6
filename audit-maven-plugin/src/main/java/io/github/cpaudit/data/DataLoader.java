package io.github.cpaudit.data;

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
        checkEnterpriseReferences(tables, problems);
        return new ProjectTables(tables, problems);
    }

    private void add(String name, RawTable raw, TableValidator validator, Map<String, TypedTable> tables,
            DataProblems problems) {
        CellLocation where = new CellLocation(new Source(raw.file(), raw.sheet(), 0), null);
        Optional<TableSpec> spec = schema.table(name);
        if (spec.isEmpty()) {
            problems.add(DataProblem.of(where, "unknown table", "未知的数据表",
                    "文件名或工作表名为已知的表（" + String.join("、", schema.tables().stream()
                            .map(t -> t.key() + "/" + t.name()).toList()) + "）", name));
            return;
        }
        TypedTable existing = tables.get(spec.get().key());
        if (existing != null) {
            problems.add(DataProblem.of(where, "duplicate table", "同一张表出现两次",
                    "“" + spec.get().name() + "”只在一个文件或工作表中",
                    new Source(existing.file(), existing.sheet(), 0).format() + " 和本处"));
            return;
        }
        tables.put(spec.get().key(), validator.validate(spec.get(), raw));
    }

    private static void checkEnterpriseReferences(Map<String, TypedTable> tables, DataProblems problems) {
        TypedTable roster = tables.get("roster");
        if (roster == null) {
            return; // a missing roster is reported by the completeness check, not once per reference
        }
        Set<String> ids = new HashSet<>();
        roster.rows().forEach(row -> row.get("id", String.class).ifPresent(ids::add));
        for (TypedTable table : tables.values()) {
            for (ColumnSpec column : table.spec().columns()) {
                if (column.type() != ColumnType.ENTERPRISE) {
                    continue;
                }
                for (TypedTable.Row row : table.rows()) {
                    row.get(column.key(), String.class).filter(id -> !ids.contains(id)).ifPresent(id ->
                            problems.add(DataProblem.of(row.at(column.key()), "unknown enterprise", "企业编号不在企业名录中",
                                    "企业名录（" + new Source(roster.file(), roster.sheet(), 0).format() + "）中的编号", id)));
                }
            }
        }
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
