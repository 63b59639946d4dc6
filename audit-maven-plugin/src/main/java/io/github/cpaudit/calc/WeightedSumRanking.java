package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 权重总和计分排序法 (formulas.md §4), used for the audit focus (2-14) and screening options (2-17):
 * total = Σ W·R, ranked descending; equal totals keep their input order and share a rank.
 */
public final class WeightedSumRanking {

    private static final BigDecimal MIN_SCORE = BigDecimal.ONE;
    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    /**
     * A factor and its weight W, set by the project.
     *
     * @param name   e.g. {@code 废弃物量}
     * @param weight W
     */
    public record Factor(String name, BigDecimal weight) {
    }

    /**
     * A candidate and its score R (1–10) per factor, in the factors' order.
     *
     * @param name   the candidate
     * @param scores R per factor
     */
    public record Candidate(String name, List<BigDecimal> scores) {

        public Candidate {
            scores = List.copyOf(scores);
        }
    }

    /**
     * A ranked candidate.
     *
     * @param candidate the candidate
     * @param weighted  W·R per factor
     * @param total     Σ W·R
     * @param rank      1 for the highest total; equal totals share a rank (1, 2, 2, 4)
     */
    public record Ranked(Candidate candidate, List<BigDecimal> weighted, BigDecimal total, int rank) {

        public Ranked {
            weighted = List.copyOf(weighted);
        }
    }

    private WeightedSumRanking() {
    }

    /** Ranks the candidates, highest total first; a stable sort keeps ties in input order. */
    public static List<Ranked> rank(List<Factor> factors, List<Candidate> candidates) {
        List<Ranked> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.scores().size() != factors.size()) {
                throw new AuditException("备选项“" + candidate.name() + "”的得分个数为 " + candidate.scores().size()
                        + "，应与因素个数 " + factors.size() + " 相同（score count）。");
            }
            List<BigDecimal> weighted = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < factors.size(); i++) {
                BigDecimal score = candidate.scores().get(i);
                if (score.compareTo(MIN_SCORE) < 0 || score.compareTo(MAX_SCORE) > 0) {
                    throw new AuditException("备选项“" + candidate.name() + "”在因素“" + factors.get(i).name() + "”上的得分 "
                            + score.toPlainString() + " 超出 1–10（score out of range）。");
                }
                BigDecimal product = factors.get(i).weight().multiply(score, MathContext.DECIMAL128);
                weighted.add(product);
                total = total.add(product, MathContext.DECIMAL128);
            }
            scored.add(new Ranked(candidate, weighted, total, 0));
        }
        List<Ranked> sorted = scored.stream()
                .sorted(Comparator.comparing(Ranked::total, Comparator.reverseOrder())).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranked entry = sorted.get(i);
            boolean tiedWithPrevious = i > 0 && entry.total().compareTo(sorted.get(i - 1).total()) == 0;
            int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(entry.candidate(), entry.weighted(), entry.total(), rank));
        }
        return ranked;
    }
}
