package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;

import java.util.List;
import java.util.Map;

/**
 * The 减污降碳协同 roll-up (formulas.md §7): per class all options and, apart, the implemented ones
 * (其中已实施, counted with their verified figures); per item the share of the total reduction that
 * comes from 协同 options.
 *
 * @param effects         each option's effect, in input order
 * @param byClass         totals per class over all options
 * @param implementedByClass totals per class over the implemented options only
 * @param synergyShare    per item: Σ from 协同 options / Σ from all options × 100 %
 */
public record SynergyRollUp(List<OptionEffect> effects, Map<SynergyClass, SynergyTotals> byClass,
        Map<SynergyClass, SynergyTotals> implementedByClass, Map<String, Figure> synergyShare) {
}
