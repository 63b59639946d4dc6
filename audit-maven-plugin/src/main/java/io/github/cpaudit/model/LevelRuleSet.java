package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How scores become a level: rules tried in order, the first that holds gives the level; none gives
 * {@code belowAll}. Belongs to the indicator system's file, not to code.
 *
 * @param rules    best level first
 * @param belowAll the name when no rule holds (e.g. {@code 未达到Ⅲ级})
 */
public record LevelRuleSet(List<LevelRule> rules, String belowAll) {

    public LevelRuleSet {
        rules = List.copyOf(rules);
    }

    /** The 2013 通则's rules (the default). */
    public static LevelRuleSet tongze2013() {
        BigDecimal eightyFive = new BigDecimal(85);
        return new LevelRuleSet(List.of(
                new LevelRule("Ⅰ级", "国际清洁生产领先水平", 0, eightyFive, 0, -1),
                new LevelRule("Ⅱ级", "国内清洁生产先进水平", 1, eightyFive, 1, -1),
                new LevelRule("Ⅲ级", "国内清洁生产一般水平", 2, new BigDecimal(100), 2, -1)),
                "未达到Ⅲ级");
    }
}
