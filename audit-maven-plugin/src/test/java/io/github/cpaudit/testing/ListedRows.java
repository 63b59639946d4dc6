package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data rows a 计算说明 lists ({@code   data/energy.csv:3  E01 天然气 …}), read back from the
 * project's CSV files, for tests that recompute a figure by hand from them.
 */
public final class ListedRows {

    private static final Pattern ROW = Pattern.compile("^  (data/[a-z_]+\\.csv):(\\d+)  ");

    private ListedRows() {
    }

    /** The CSV rows the lines list, each split at its commas, in the order listed. */
    public static List<String[]> of(Path project, List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : lines) {
                Matcher m = ROW.matcher(line);
                if (m.find()) {
                    List<String> file = Files.readAllLines(project.resolve(m.group(1)), StandardCharsets.UTF_8);
                    rows.add(file.get(Integer.parseInt(m.group(2)) - 1).split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * kgce of one row of the engine test project's energy.csv (企业编号,年份,能源品种,实物量,单位), by
     * GB/T 2589's coefficients, units converted by hand.
     */
    public static BigDecimal kgce(String[] row) {
        BigDecimal amount = new BigDecimal(row[3]);
        return switch (row[2] + "/" + row[4]) {
            case "电力/万kWh" -> amount.multiply(new BigDecimal("10000")).multiply(new BigDecimal("0.1229"));
            case "电力/MWh" -> amount.multiply(new BigDecimal("1000")).multiply(new BigDecimal("0.1229"));
            case "天然气/万m³" -> amount.multiply(new BigDecimal("10000")).multiply(new BigDecimal("1.3300"));
            case "原煤/t" -> amount.multiply(new BigDecimal("1000")).multiply(new BigDecimal("0.7143"));
            default -> throw new AssertionError("row not expected in this project: " + String.join(",", row));
        };
    }
}
