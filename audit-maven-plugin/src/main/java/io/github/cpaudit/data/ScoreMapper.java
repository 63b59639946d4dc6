package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Scoring;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.cpaudit.data.Rows.text;

/**
 * Maps the weighted-sum scores per purpose. A factor has one weight (the first row's), a score is
 * 1–10, and a candidate is scored on every factor of its purpose: a candidate that breaks one of
 * these is reported and left out of the ranking, since its total would not be comparable.
 */
final class ScoreMapper {

    private static final BigDecimal MIN_SCORE = BigDecimal.ONE;
    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    private final DataProblems problems;

    ScoreMapper(DataProblems problems) {
        this.problems = problems;
    }

    List<Scoring> map(ProjectTables tables) {
        Map<String, List<TypedTable.Row>> byPurpose = new LinkedHashMap<>();
        for (TypedTable.Row row : Rows.of(tables, "scores", "purpose", "candidate", "factor", "weight", "score")) {
            byPurpose.computeIfAbsent(text(row, "purpose"), k -> new ArrayList<>()).add(row);
        }
        List<Scoring> scorings = new ArrayList<>();
        byPurpose.forEach((purpose, rows) -> scorings.add(scoring(purpose, rows)));
        return scorings;
    }

    private Scoring scoring(String purpose, List<TypedTable.Row> rows) {
        Map<String, TypedTable.Row> factors = new LinkedHashMap<>();
        Map<String, Map<String, TypedTable.Row>> candidates = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        for (TypedTable.Row row : rows) {
            String candidate = text(row, "candidate");
            TypedTable.Row first = factors.putIfAbsent(text(row, "factor"), row);
            BigDecimal weight = decimal(row, "weight");
            BigDecimal score = decimal(row, "score");
            if (first != null && weight.compareTo(decimal(first, "weight")) != 0) {
                problems.add(Problem.data(row.at("weight"), "inconsistent weight", "同一因素的权重前后不同",
                        "与第 " + first.source().row() + " 行相同的 " + decimal(first, "weight").toPlainString(),
                        weight.toPlainString()));
                refused.add(candidate);
            } else if (score.compareTo(MIN_SCORE) < 0 || score.compareTo(MAX_SCORE) > 0) {
                problems.add(Problem.data(row.at("score"), "score out of range", "得分超出范围", "1–10 之间的分数",
                        score.toPlainString()));
                refused.add(candidate);
            }
            candidates.computeIfAbsent(candidate, k -> new LinkedHashMap<>()).put(text(row, "factor"), row);
        }
        List<Scoring.Candidate> scored = new ArrayList<>();
        candidates.forEach((candidate, byFactor) -> {
            if (refused.contains(candidate)) {
                return;
            }
            List<String> missing = factors.keySet().stream().filter(f -> !byFactor.containsKey(f)).toList();
            if (!missing.isEmpty()) {
                problems.add(Problem.data(byFactor.values().iterator().next().at("candidate"), "missing score",
                        "备选对象缺少因素的得分", "每个因素各一行（" + String.join("、", factors.keySet()) + "）",
                        candidate + "缺少" + String.join("、", missing)));
                return;
            }
            List<BigDecimal> scores = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            for (String factor : factors.keySet()) {
                scores.add(decimal(byFactor.get(factor), "score"));
                sources.add(byFactor.get(factor).source());
            }
            scored.add(new Scoring.Candidate(candidate, scores, sources));
        });
        return new Scoring(purpose, List.copyOf(factors.keySet()),
                factors.values().stream().map(row -> decimal(row, "weight")).toList(), scored);
    }

    private static BigDecimal decimal(TypedTable.Row row, String key) {
        return row.get(key, BigDecimal.class).orElseThrow();
    }
}
