package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.Ranking;
import io.github.cpaudit.calc.WeightedSumRanking.Factor;
import io.github.cpaudit.calc.WeightedSumRanking.Ranked;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted-sum worksheets (权重总和计分排序法, formulas.md §4): a purpose's ranking from the scores
 * table (审核重点 for 2-14; 方案筛选 for 2-17, whose one-row-per-option form is in AppraisalSheets),
 * its candidates in the data's order, and W, R, W×R and the totals as the data give them (products
 * and sums of the data's decimals are exact, nothing to round).
 */
final class WeightedSums {

    /** The data table both worksheets read, for the missing-data notice. */
    static final String SOURCE = "权重评分（scores）";
    /** The purpose of worksheet 2-14. */
    static final String AUDIT_FOCUS = "审核重点";

    private WeightedSums() {
    }

    /** The ranking of {@code purpose}, or empty when the scores table has none. */
    static Optional<Ranking> ranking(ProjectView view, String purpose) {
        return view.results().rankings().stream().filter(ranking -> ranking.purpose().equals(purpose)).findFirst();
    }

    /** The ranked candidates in the order the data name them (the rank is each one's own). */
    static List<Ranked> inDataOrder(ProjectView view, Ranking ranking) {
        Map<String, Integer> order = new HashMap<>();
        view.project().data().scorings().stream().filter(scoring -> scoring.purpose().equals(ranking.purpose()))
                .flatMap(scoring -> scoring.candidates().stream()).map(Scoring.Candidate::name)
                .forEach(name -> order.putIfAbsent(name, order.size()));
        List<Ranked> ranked = new ArrayList<>(ranking.ranked());
        ranked.sort(Comparator.comparing(r -> order.getOrDefault(r.candidate().name(), Integer.MAX_VALUE)));
        return ranked;
    }

    /** A weight, score, W×R or total, as the data give it. */
    static Row value(Row row, String key, BigDecimal value) {
        return row.number(key, value, Kind.AS_GIVEN);
    }

    /**
     * The form of worksheet 2-14: one row per factor with its weight W, then per candidate its score R
     * and W×R (columns {@code r0}, {@code wr0}, {@code r1} …), and the candidates' 总分 and 排序
     * ({@code $summary.total0}, {@code $summary.rank0} …). The columns are the catalog's first
     * {@code leading} ones, then a pair per candidate under its name ({@code $candidates} lists their
     * indexes; the template names the pair's columns 得分R and W×R in a second header row).
     */
    static TableRows byFactor(ProjectView view, String number, String purpose, int leading) {
        Optional<Ranking> found = ranking(view, purpose);
        if (found.isEmpty()) {
            return new TableRows(List.of(), List.of(), List.of(SOURCE + "中用途为“" + purpose + "”的评分"), Map.of());
        }
        List<Ranked> candidates = inDataOrder(view, found.get());
        List<Factor> factors = found.get().factors();
        SheetColumns columns = SheetColumns.leading(view, number, leading);
        Row summary = Row.of(view, null);
        List<String> indexes = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            Ranked candidate = candidates.get(c);
            String name = AsciidocText.cell(candidate.candidate().name());
            columns.span(name, List.of(">2", ">2"));
            value(summary, "total" + c, candidate.total()).count("rank" + c, candidate.rank());
            indexes.add(String.valueOf(c));
        }
        List<Row> rows = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            Row row = value(Row.of(view, null).text("factor", factors.get(f).name()), "weight", factors.get(f).weight());
            for (int c = 0; c < candidates.size(); c++) {
                value(row, "r" + c, candidates.get(c).candidate().scores().get(f));
                value(row, "wr" + c, candidates.get(c).weighted().get(f));
            }
            rows.add(row);
        }
        Map<String, Object> extras = new HashMap<>(columns.extras());
        extras.put("candidates", indexes);
        extras.put("summary", summary);
        return new TableRows(rows, List.of(), List.of(), extras);
    }
}
