package io.github.cpaudit.model;

/**
 * One pollutant of an enterprise at one outlet in the baseline year (worksheet 2-7).
 *
 * @param enterprise    the enterprise id
 * @param category      废水, 废气, 一般固废, 危险废物 or 噪声
 * @param pollutant     as written, e.g. 总镍
 * @param outlet        the outlet, or an empty string
 * @param generated     产生量, or {@code null} (always for noise)
 * @param discharged    排放量, or {@code null} (always for noise)
 * @param source        the row
 */
public record Emission(String enterprise, String category, String pollutant, String outlet, Quantity generated,
        Quantity discharged, Source source) {
}
