package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * One pollutant of an enterprise at one outlet in the baseline year (worksheet 2-7).
 *
 * @param enterprise    the enterprise id
 * @param category      废水, 废气, 一般固废, 危险废物 or 噪声
 * @param pollutant     as written, e.g. 总镍
 * @param outlet        the outlet, or an empty string
 * @param generated     产生量, or {@code null} (always for noise)
 * @param discharged    排放量, or {@code null} (always for noise)
 * @param concentration the measured concentration (noise: the level), or {@code null}
 * @param measure       the concentration's unit as written (mg/L, mg/m³, dB(A)), or an empty string
 * @param limit         the limit the data states for it, or {@code null} (then a reference limit applies)
 * @param limitBasis    where the data's limit comes from (限值依据), or an empty string
 * @param source        the row
 */
public record Emission(String enterprise, String category, String pollutant, String outlet, Quantity generated,
        Quantity discharged, BigDecimal concentration, String measure, BigDecimal limit,
        String limitBasis, Source source) {
}
