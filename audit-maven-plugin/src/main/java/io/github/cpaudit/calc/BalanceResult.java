package io.github.cpaudit.calc;

import io.github.cpaudit.model.Balance;
import io.github.cpaudit.model.Figure;

/**
 * A balance checked (worksheets 2-20, 2-21).
 *
 * @param balance     the balance as mapped
 * @param check       totals in and out, the deviation and the finding beyond the tolerance
 * @param utilisation Σ outputs going into the product / Σ inputs × 100 %, or why there is none
 */
public record BalanceResult(Balance balance, BalanceCheck.Result check, Figure utilisation) {
}
