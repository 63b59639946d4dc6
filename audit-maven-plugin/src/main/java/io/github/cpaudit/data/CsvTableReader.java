package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.model.Source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CSV data table (Commons CSV): first record the header, then one record per row.
 * Encoding as {@link TextDecoding} finds it; rows are numbered as Excel numbers them.
 */
final class CsvTableReader {

    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final Path projectDir;
    private final DataProblems problems;

    CsvTableReader(Path projectDir, DataProblems problems) {
        this.projectDir = projectDir;
        this.problems = problems;
    }

    /** The table, or empty when the file cannot be read at all (the reason is in the problems). */
    Optional<RawTable> read(Path file) {
        String name = ProjectPaths.relative(projectDir, file);
        Location fileLocation = new Source(name, null, 0).cell(null);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.data(fileLocation, "unreadable file", "无法读取文件（unreadable file）：" + e.getMessage()));
            return Optional.empty();
        }
        Optional<TextDecoding.Decoded> decoded = TextDecoding.decode(bytes);
        if (decoded.isEmpty()) {
            problems.add(Problem.data(fileLocation, "unknown encoding", "无法识别文件编码",
                    " UTF-8 或 GB18030（Excel 另存为“CSV UTF-8”或“CSV”）", "其他编码"));
            return Optional.empty();
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.get().text()), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                problems.add(Problem.data(fileLocation, "empty table", "表格为空", "第 1 行为表头", "空文件"));
                return Optional.empty();
            }
            List<String> headers = DataFiles.headers(records.get(0).values(), name, null, problems);
            List<RawTable.Row> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                // Excel row number: the header is row 1 (multi-line cells are rare in data tables)
                Source source = new Source(name, null, (int) record.getRecordNumber());
                String[] values = record.values();
                if (DataFiles.isBlank(values)) {
                    continue;
                }
                rows.add(DataFiles.row(source, headers, values, problems));
            }
            return Optional.of(new RawTable(name, null, headers, rows));
        } catch (IOException | java.io.UncheckedIOException e) {
            // Commons CSV names the line where the unfinished quoted cell starts
            Matcher line = START_LINE.matcher(String.valueOf(e.getMessage()));
            Source where = new Source(name, null, line.find() ? Integer.parseInt(line.group(1)) : 0);
            problems.add(Problem.data(where.cell(null), "malformed csv", "CSV 格式错误",
                    "成对的英文双引号（单元格内有逗号或换行时用双引号括起）", "从这一行起的引号没有结束"));
            return Optional.empty();
        }
    }
}
