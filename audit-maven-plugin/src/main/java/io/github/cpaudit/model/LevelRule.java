package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * One level of a rule set, e.g. the 2013 通则's "Ⅰ级 when Y_I ≥ 85 and every limiting indicator meets
 * Ⅰ". Level indices count benchmark levels from the best (0 = Ⅰ).
 *
 * @param name                the level's name (e.g. {@code Ⅰ级})
 * @param description         its meaning (e.g. {@code 国际清洁生产领先水平}), may be empty
 * @param scoreLevel          which score Y_gk is compared
 * @param minScore            the score it needs (85, or 100 for "every indicator")
 * @param limitingLevel       the level every limiting indicator must meet, or -1
 * @param everyIndicatorLevel the level every applicable indicator must meet, or -1 (newer systems:
 *                            "Ⅰ级 also requires every non-limiting indicator to meet Ⅱ")
 */
public record LevelRule(String name, String description, int scoreLevel, BigDecimal minScore, int limitingLevel,
        int everyIndicatorLevel) {
}
