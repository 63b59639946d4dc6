package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.ProductOutput;

/**
 * A product's 产能利用率 (worksheet 2-2).
 *
 * @param product     the output and design capacity
 * @param utilisation output / capacity × 100 %, or why there is none (no or zero capacity)
 */
public record ProductCapacity(ProductOutput product, Figure utilisation) {
}
