package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the CSV and XLSX readers share: header checks and row assembly. */
public final class DataFiles {

    private DataFiles() {
    }

    /** The trimmed header cells; a blank or repeated header is a problem (its column is then unusable). */
    static List<String> headers(String[] cells, String file, String sheet, DataProblems problems) {
        List<String> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            String header = clean(cells[i]);
            Location location = new Source(file, sheet, 1).cell(columnLetter(i));
            if (header.isEmpty()) {
                if (i < cells.length - 1 || cells.length == 1) {
                    problems.add(Problem.data(location, "blank header", "表头为空", "列名（中文名或英文键）", ""));
                }
            } else if (!seen.add(header)) {
                problems.add(Problem.data(location, "duplicate header", "表头重复", "每列一个不同的列名", header));
            }
            headers.add(header);
        }
        return headers;
    }

    /** A row's cells by header; cells beyond the header are a problem, never silently dropped. */
    static RawTable.Row row(Source source, List<String> headers, String[] values, DataProblems problems) {
        return row(source, headers, values, Set.of(), problems);
    }

    /** As {@link #row(Source, List, String[], DataProblems)}, with the headers of cells the reader refused. */
    static RawTable.Row row(Source source, List<String> headers, String[] values, Set<String> refused,
            DataProblems problems) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            String value = clean(values[i]);
            if (i >= headers.size() || headers.get(i).isEmpty()) {
                if (!value.isEmpty()) {
                    problems.add(Problem.data(source.cell(columnLetter(i)), "cell without header",
                            "单元格没有对应的表头", "表头范围内的数据", value));
                }
                continue;
            }
            cells.putIfAbsent(headers.get(i), value);
        }
        return new RawTable.Row(source, cells, refused);
    }

    static boolean isBlank(String[] values) {
        for (String value : values) {
            if (!clean(value).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Trims ordinary and full-width spaces and the zero-width characters Excel users paste in. */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u200b' || c == '\ufeff' || c == '\u00a0';
    }

    /** Excel's column letter for a 0-based index (A, B, …, Z, AA …), for cells without a header. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }
}
