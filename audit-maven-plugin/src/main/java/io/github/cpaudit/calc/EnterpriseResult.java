package io.github.cpaudit.calc;

import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;

import java.util.List;

/**
 * What the audit computes for one enterprise in the baseline year.
 *
 * @param energy     energy by type and its tce (worksheet 2-4)
 * @param carbon     CO2 by category (worksheet 2-8)
 * @param intensity  comprehensive energy per unit of product, kgce per the product's unit, or a
 *                   figure that says why there is none
 * @param waterReuse water reuse rate in percent, or why there is none (worksheet 2-5)
 * @param level      the cleaner-production level (worksheet 2-10), or {@code null} without an
 *                   indicator system or values
 * @param products   each product's capacity utilisation (worksheet 2-2), in the data's order
 */
public record EnterpriseResult(Enterprise enterprise, EnergyTotal energy, CarbonAccount carbon, Figure intensity,
        Figure waterReuse, LevelResult level, List<ProductCapacity> products) {

    public EnterpriseResult {
        products = List.copyOf(products);
    }
}
