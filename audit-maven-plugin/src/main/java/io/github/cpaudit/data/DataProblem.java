package io.github.cpaudit.data;

/**
 * One problem in the project's data, located to the cell: what was expected, what was found, in
 * Chinese with the English key, e.g.
 * {@code data/energy.csv:7 列“实物量”: 数量不能为负（negative quantity）：应为不小于 0 的数，实为“-12”}.
 *
 * @param location where (file, sheet, row, column)
 * @param key      the English key of the problem kind, stable for tests and tools
 * @param message  the problem in Chinese, without the location
 */
public record DataProblem(CellLocation location, String key, String message) {

    /** A problem phrased as "what it is (key): expected …, found “…”". */
    public static DataProblem of(CellLocation location, String key, String what, String expected, String found) {
        return new DataProblem(location, key,
                what + "（" + key + "）：应为" + expected + "，实为“" + found + "”");
    }

    public String format() {
        return location.format() + ": " + message;
    }
}
