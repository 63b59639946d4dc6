package io.github.cpaudit.values;

import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.RoundComparison;
import io.github.cpaudit.calc.RoundExplanations;
import io.github.cpaudit.calc.RoundExplanations.Side;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.calc.TargetCompletion;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.values.FigureValues.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The figures of a two-round comparison for the text (chapters 8 and 9): each industry total of
 * the totals table in both rounds, its change and rate ({@code rounds.综合能耗.rate}), how many
 * implemented options the rounds' data verify, and how many of the earlier round's targets the
 * later round reaches. Without {@code rounds:} in audit.yaml the fixed keys are not available and
 * say why.
 */
final class RoundValues {

    private static final String ROUNDS = "rounds.";
    private static final String NO_ROUNDS = "项目没有两轮审核数据（audit.yaml 的 rounds）";

    private RoundValues() {
    }

    static List<Named<Value>> all() {
        List<Named<Value>> values = new ArrayList<>();
        values.add(options(".count", verdicts -> verdicts.size()));
        values.add(options(".verified", verdicts -> count(verdicts, Boolean.TRUE)));
        values.add(options(".unverified", verdicts -> count(verdicts, Boolean.FALSE)));
        values.add(options(".unmeasured", verdicts -> count(verdicts, null)));
        values.add(targets(".count", targets -> targets.size()));
        values.add(targets(".achieved", targets -> targets.stream().map(RoundResults.TargetCheck::nearTerm)
                .filter(Objects::nonNull).filter(TargetCompletion.Result::achieved).count()));
        values.add(total(".before", (rounds, total) -> side(rounds, total, Side.BEFORE)));
        values.add(total(".after", (rounds, total) -> side(rounds, total, Side.AFTER)));
        values.add(total(".change", (rounds, total) -> between(rounds, total, false)));
        values.add(total(".rate", (rounds, total) -> between(rounds, total, true)));
        return values;
    }

    /**
     * Per implemented option checked, whether the rounds verify it: {@code false} when any claim
     * measured falls short, {@code true} when every claim measured reaches it, {@code null} when
     * none could be measured.
     */
    private static Map<String, Boolean> verdicts(RoundResults rounds) {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (RoundResults.OptionCheck check : rounds.options()) {
            Boolean known = verdicts.get(check.option());
            Boolean now = check.verified();
            verdicts.put(check.option(), known == null ? now : now == null ? known : known && now);
        }
        return verdicts;
    }

    private static long count(Map<String, Boolean> verdicts, Boolean verdict) {
        return verdicts.values().stream().filter(v -> Objects.equals(v, verdict)).count();
    }

    private static Named<Value> options(String suffix, ToLongFunction<Map<String, Boolean>> count) {
        return fixed(ROUNDS + "options" + suffix, rounds -> count.applyAsLong(verdicts(rounds)));
    }

    private static Named<Value> targets(String suffix, ToLongFunction<List<RoundResults.TargetCheck>> count) {
        return fixed(ROUNDS + "targets" + suffix, rounds -> count.applyAsLong(rounds.targets()));
    }

    private static Named<Value> fixed(String key, ToLongFunction<RoundResults> count) {
        return Named.of(Category.VALUE, key, "", (view, asked, options) -> view.rounds()
                .map(rounds -> new Value(Figure.of(BigDecimal.valueOf(count.applyAsLong(rounds))), Kind.AS_GIVEN))
                .orElse(new Value(Figure.unavailable(NO_ROUNDS), Kind.AS_GIVEN)));
    }

    /** {@code rounds.<项目><suffix>} for every row of the totals table. */
    private static Named<Value> total(String suffix, TotalFigure figure) {
        return Named.family(Category.VALUE, ROUNDS + "<项目>" + suffix,
                view -> view.rounds().map(rounds -> FigureValues.keys(rounds.totals().stream()
                        .map(RoundResults.ItemChange::item).toList(), ROUNDS, suffix)).orElse(List.of()),
                (view, asked, options) -> {
                    RoundResults rounds = view.rounds().orElseThrow();
                    String item = FigureValues.member(asked, ROUNDS, suffix);
                    return figure.of(rounds, rounds.totals().stream().filter(t -> t.item().equals(item)).findFirst()
                            .orElseThrow());
                });
    }

    @FunctionalInterface
    private interface TotalFigure {
        Value of(RoundResults rounds, RoundResults.ItemChange total);
    }

    private static Value side(RoundResults rounds, RoundResults.ItemChange total, Side side) {
        Explanation explanation = RoundExplanations.total(rounds, total, side, kind(total));
        return new Value(Figure.of(explanation.value()), kind(total), null, explanation);
    }

    private static Value between(RoundResults rounds, RoundResults.ItemChange total, boolean rate) {
        Explanation explanation = RoundExplanations.change(total.item() + (rate ? " 变化率" : " 变化量"),
                RoundExplanations.total(rounds, total, Side.BEFORE, kind(total)),
                RoundExplanations.total(rounds, total, Side.AFTER, kind(total)), total.change(), kind(total), rate);
        BigDecimal value = explanation.value();
        return new Value(value == null ? Figure.unavailable("前一轮为 0，无法计算变化率") : Figure.of(value),
                rate ? Kind.PERCENT : kind(total), null, explanation);
    }

    private static Kind kind(RoundResults.ItemChange total) {
        return RoundComparison.kind(total.item(), total.unit(), false);
    }
}
