package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

import java.util.List;

/**
 * A weighted-sum ranking of one purpose (审核重点, worksheet 2-14; 方案筛选, 2-17).
 *
 * @param purpose 审核重点 or 方案筛选
 * @param factors the factors with their weights
 * @param ranked  the candidates, highest total first, ties in input order
 * @param sources the score rows
 */
public record Ranking(String purpose, List<WeightedSumRanking.Factor> factors, List<WeightedSumRanking.Ranked> ranked,
        List<Source> sources) {

    public Ranking {
        factors = List.copyOf(factors);
        ranked = List.copyOf(ranked);
        sources = List.copyOf(sources);
    }
}
