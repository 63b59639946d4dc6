package io.github.cpaudit.calc;

import io.github.cpaudit.model.Indicator;

/**
 * What the industry saves on a ≤ intensity indicator if every enterprise reaches level Ⅱ, and
 * level Ⅰ (formulas.md §3; report 4.4).
 *
 * @param indicator  the indicator
 * @param savingUnit the unit of the savings: the indicator's numerator (L for L/m²)
 * @param toLevelII  savings to the Ⅱ benchmark
 * @param toLevelI   savings to the Ⅰ benchmark
 */
public record IndicatorPotential(Indicator indicator, String savingUnit, ReductionPotential.Result toLevelII,
        ReductionPotential.Result toLevelI) {
}
