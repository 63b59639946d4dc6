package io.github.cpaudit.calc;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A roll-up of options: how many, their investment and their summed reductions per 3-1 item.
 *
 * @param count      the number of options
 * @param investment Σ investment, 万元
 * @param reductions Σ reduction per item, in first-seen item order
 */
public record SynergyTotals(int count, BigDecimal investment, Map<String, BigDecimal> reductions) {
}
