package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * A published (or project-chosen) CO2 factor of grid electricity.
 *
 * @param region      {@code 全国} for the national average, else the regional grid (华北, 华东 …)
 * @param dataYear    the year the factor's data describe
 * @param tco2PerMwh  tCO2/MWh
 * @param source      who published it, named in the report
 */
public record GridFactor(String region, int dataYear, BigDecimal tco2PerMwh, String source) {

    public static final String NATIONAL = "全国";
}
