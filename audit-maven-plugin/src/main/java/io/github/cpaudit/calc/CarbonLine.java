package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;

/**
 * One emission line: what it is, the factor applied and the tCO2.
 *
 * @param category the worksheet 2-8 column
 * @param label    the energy type or process name
 * @param factor   tCO2 per {@code perUnit} (for process emissions 1 per tCO2)
 * @param perUnit  the unit the factor is given per
 * @param basis    where the factor comes from
 * @param tco2     the emission, full precision
 * @param source   where the input came from, or {@code null}
 */
public record CarbonLine(EmissionCategory category, String label, BigDecimal factor, Unit perUnit, String basis,
        BigDecimal tco2, Source source) {
}
