package io.github.cpaudit.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes rows into a CSV data table so that every byte not changed stays as it was: the encoding,
 * the byte order mark, the line ends, the quoting and the rows not touched. Changed rows are
 * written in place, cell by cell; new rows go at the end. Same input, same bytes.
 */
public final class CsvTableUpdate {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvTableUpdate() {
    }

    /** A new table with only its header: UTF-8 with BOM, which Excel opens as UTF-8 (the toolkit reads it either way). */
    public static byte[] newFile(List<String> headers) {
        return encode(line(headers) + "\n", StandardCharsets.UTF_8, true);
    }

    /** The header cells of a CSV file as written (trimmed); empty when it cannot be decoded. */
    public static Optional<List<String>> headers(byte[] file) {
        return TextDecoding.decode(file).map(decoded -> records(decoded.text())).filter(r -> !r.isEmpty())
                .map(r -> r.get(0).stream().map(DataFiles::clean).toList());
    }

    /**
     * The file with {@code changed} cells replaced (by record number, the header being 1, then by
     * 0-based column) and {@code added} rows appended.
     *
     * @throws IllegalArgumentException when the bytes are not text the toolkit reads
     */
    public static byte[] update(byte[] original, Map<Integer, Map<Integer, String>> changed, List<List<String>> added) {
        TextDecoding.Decoded decoded = TextDecoding.decode(original)
                .orElseThrow(() -> new IllegalArgumentException("not UTF-8 or GB18030"));
        String text = decoded.text();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(text.length() + 64 * added.size());
        List<CSVRecord> records = parse(text);
        int done = 0;
        for (int i = 0; i < records.size(); i++) {
            Map<Integer, String> cells = changed.get((int) records.get(i).getRecordNumber());
            if (cells == null) {
                continue;
            }
            int start = (int) records.get(i).getCharacterPosition();
            int end = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : text.length();
            List<String> values = new ArrayList<>(records.get(i).toList());
            cells.forEach((column, value) -> {
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value);
            });
            out.append(text, done, start).append(line(values)).append(newline);
            done = end;
        }
        out.append(text, done, text.length());
        if (!added.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(newline);
        }
        for (List<String> row : added) {
            out.append(line(row)).append(newline);
        }
        return encode(out.toString(), decoded.charset(), startsWithBom(original));
    }

    private static byte[] encode(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        return withBom;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static String line(List<String> values) {
        return WRITE.format(values.toArray());
    }

    private static List<CSVRecord> parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> records(String text) {
        return parse(text).stream().map(CSVRecord::toList).toList();
    }
}
