package io.github.cpaudit.calc;

import io.github.cpaudit.model.GridFactor;

import java.util.Optional;

/**
 * The grid factor used for a project, and what the report must say about it.
 *
 * @param used              the factor the calculations use
 * @param ruleChoice        the factor the selection rule gives, or {@code null} when the table has
 *                          none for the baseline year (then the project's factor is used)
 * @param baselineAfterNewest the baseline year is after the newest published data year: the newest
 *                          factor is used and the report says so
 * @param overridden        the project named its own factor
 * @param note              the sentence for the report (Chinese)
 */
public record GridFactorChoice(GridFactor used, GridFactor ruleChoice, boolean baselineAfterNewest,
        boolean overridden, String note) {

    public Optional<GridFactor> optionalRuleChoice() {
        return Optional.ofNullable(ruleChoice);
    }
}
