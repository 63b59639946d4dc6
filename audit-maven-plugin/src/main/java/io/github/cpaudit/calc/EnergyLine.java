package io.github.cpaudit.calc;

import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;

/**
 * One energy line converted to standard coal (a row of worksheet 2-4).
 *
 * @param use         the line as entered (with its source)
 * @param coefficient the coefficient used, kgce per {@code perUnit}
 * @param perUnit     the unit the coefficient is given per
 * @param basis       where the coefficient comes from
 * @param tce         the standard coal, full precision
 */
public record EnergyLine(EnergyUse use, BigDecimal coefficient, Unit perUnit, String basis, BigDecimal tce) {
}
