package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;

/**
 * A group's design capacity and output of products counted in one kind of unit (worksheet 2-1),
 * over the products that have a design capacity.
 *
 * @param capacity    Σ design capacity, in the first such product's unit
 * @param output      Σ output of the same products, same unit
 * @param utilisation output / capacity × 100 %
 */
public record CapacityTotal(Quantity capacity, Quantity output, Figure utilisation) {
}
