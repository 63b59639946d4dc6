package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The weighted-sum scores of one purpose (审核重点 for worksheet 2-14, 方案筛选 for 2-17): factors
 * with their weights and each candidate's score per factor, all in the data's order.
 *
 * @param purpose    审核重点 or 方案筛选
 * @param factors    factor names, first-seen order
 * @param weights    W per factor, same order
 * @param candidates candidates with a score for every factor, first-seen order
 */
public record Scoring(String purpose, List<String> factors, List<BigDecimal> weights, List<Candidate> candidates) {

    public Scoring {
        factors = List.copyOf(factors);
        weights = List.copyOf(weights);
        candidates = List.copyOf(candidates);
    }

    /**
     * A candidate and its scores R (1–10) in the factors' order.
     *
     * @param name    the candidate
     * @param scores  R per factor
     * @param sources its rows
     */
    public record Candidate(String name, List<BigDecimal> scores, List<Source> sources) {

        public Candidate {
            scores = List.copyOf(scores);
            sources = List.copyOf(sources);
        }
    }
}
