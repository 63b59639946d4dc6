package io.github.cpaudit.engine;

import io.github.cpaudit.model.Source;

/**
 * A row of a data table that the figures left out (or took without some of its cells) because of
 * a data problem or a refusal: what a table that reads the data table must say under itself, so
 * that its totals are never silently short.
 *
 * @param tableName  the data table's Chinese name (能源消耗)
 * @param source     the row as the writer finds it
 * @param enterprise the row's enterprise id, or {@code null} when the row names none (or a bad one)
 * @param label      the row's enterprise and the rest of its key as written (E03 焦炭)
 * @param counted    whether the row still counts, without the cells named in {@code why}
 * @param why        the problems of the row, in Chinese
 */
public record OmittedRow(String tableName, Source source, String enterprise, String label, boolean counted,
        String why) {

    /** 能源消耗 data/energy.csv 第7行（E03 焦炭）未计入：… */
    public String note() {
        String sheet = source.sheet().isEmpty() ? "" : "[" + source.sheet() + "]";
        return tableName + " " + source.file() + sheet + " 第" + source.row() + "行"
                + (label.isEmpty() ? "" : "（" + label + "）")
                + (counted ? "部分数据未采用：" : "未计入：") + why;
    }
}
