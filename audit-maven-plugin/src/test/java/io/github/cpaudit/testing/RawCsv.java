package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A project's CSV read as plain strings, by header text, for tests that recompute figures from
 * the raw data independently of the engine's readers and calculations.
 */
public final class RawCsv {

    private RawCsv() {
    }

    /** The example's baseline year: its data also hold a later audit round (2026), compared apart. */
    public static final int EXAMPLE_BASELINE = 2025;

    /** The rows of a year up to {@code year} (and every row of a table without a 年份 column). */
    public static List<Map<String, String>> readUpTo(Path file, int year) {
        return read(file).stream().filter(row -> !row.containsKey("年份") || row.get("年份").isEmpty()
                || Integer.parseInt(row.get("年份")) <= year).toList();
    }

    public static List<Map<String, String>> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((header, value) -> row.put(header.replace("\uFEFF", "").trim(), value.trim()));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
