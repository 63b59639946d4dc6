package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditRound;
import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.Target;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The earlier round's targets (worksheet 2-15) with the industry's value in both rounds, formed
 * the same way on both sides over the enterprises both rounds hold data for:
 * <ul>
 * <li>an intensity indicator of the indicator system (L/m²), by name: the enterprises' values
 *     weighted by their output (those measured in both rounds);</li>
 * <li>综合能耗, 二氧化碳排放量, 新鲜水量 (or 取水量), or a pollutant discharged: the industry's sum;</li>
 * <li>单位产品综合能耗 (单位…综合能耗): the sum of standard coal over the sum of output, in the
 *     target's unit (kgce/m²);</li>
 * <li>水重复利用率: Σ reused ÷ (Σ reused + Σ fresh) × 100 %.</li>
 * </ul>
 * Any other target keeps the values its row gives.
 */
final class RoundTargets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL128;

    private RoundTargets() {
    }

    /** How the industry value of a target is formed in each round, and the rows it reads there. */
    private record Rule(String basis, Function<RoundComparison.RoundData, BigDecimal> value,
            Function<RoundComparison.RoundData, Rows> rows) {
    }

    /** The rows and coefficients a target's value reads in one round. */
    private record Rows(List<Explanation.Input> inputs, List<Explanation.Coefficient> coefficients) {

        static Rows of(List<Explanation.Input> inputs) {
            return new Rows(inputs, List.of());
        }

        static Rows of(Explanation account) {
            return new Rows(account.inputs(), account.coefficients());
        }

        Rows and(List<Explanation.Input> more) {
            List<Explanation.Input> all = new ArrayList<>(inputs);
            all.addAll(more);
            return new Rows(all, coefficients);
        }
    }

    static List<RoundResults.TargetCheck> check(AuditRounds rounds, RoundComparison.RoundData earlier,
            RoundComparison.RoundData later) {
        List<RoundResults.TargetCheck> checks = new ArrayList<>();
        for (Target target : rounds.before().data().targets()) {
            Optional<Rule> rule = rule(target, rounds.comparable(), earlier, later);
            BigDecimal before = rule.map(r -> r.value().apply(earlier)).orElse(target.baseline());
            BigDecimal after = rule.map(r -> r.value().apply(later)).orElse(target.achieved());
            String basis = rule.map(Rule::basis).orElse(RoundResults.TargetCheck.AS_WRITTEN);
            boolean judged = after != null && target.direction() != Direction.QUALITATIVE;
            FigureFormatter.Kind kind = RoundResults.TargetCheck.kind(basis, target.unit());
            checks.add(new RoundResults.TargetCheck(target, basis, before, after,
                    judged && target.nearTerm() != null
                            ? TargetCompletion.assess(target.direction(), target.nearTerm(), after) : null,
                    judged && target.longTerm() != null
                            ? TargetCompletion.assess(target.direction(), target.longTerm(), after) : null,
                    trace(rule, target, rounds.before(), earlier, before, "现状值", kind),
                    trace(rule, target, rounds.after(), later, after, "实施后值", kind)));
        }
        return checks;
    }

    /** A target's value in one round: the rule's rows of that round, or the target's own row. */
    private static Explanation trace(Optional<Rule> rule, Target target, AuditRound round,
            RoundComparison.RoundData data, BigDecimal value, String column, FigureFormatter.Kind kind) {
        String figure = round.name() + " " + target.indicator();
        if (rule.isEmpty()) {
            return RoundExplanations.asWritten(figure + " " + column, value, target, column);
        }
        Rows rows = rule.get().rows().apply(data);
        return RoundExplanations.inRound(new Explanation(figure, value, kind, target.unit(),
                "行业值 = " + rule.get().basis() + "（两轮按同一方法、同一批企业计算）", rows.inputs(), rows.coefficients()), round);
    }

    private static Optional<Rule> rule(Target target, Set<String> comparable, RoundComparison.RoundData earlier,
            RoundComparison.RoundData later) {
        String name = target.indicator().strip();
        Optional<Unit> unit = Unit.find(target.unit());
        if (name.equals(RoundComparison.ENERGY) && dimension(unit, Unit.TCE)) {
            return Optional.of(new Rule("各企业综合能耗之和", round -> sum(round, comparable,
                    r -> Unit.TCE.convert(r.energy().tce(), unit.get())), round -> Rows.of(Explanations.energy("",
                            results(round, comparable), null))));
        }
        if ((name.equals(RoundComparison.CO2) || name.equals("CO2排放量")) && dimension(unit, Unit.T_CO2)) {
            return Optional.of(new Rule("各企业二氧化碳排放量之和", round -> sum(round, comparable,
                    r -> Unit.T_CO2.convert(r.carbon().total(), unit.get())), round -> Rows.of(Explanations.carbon("",
                            results(round, comparable), null, round.results().grid().used()))));
        }
        if ((name.equals(RoundComparison.WATER) || name.equals("取水量")) && dimension(unit, Unit.M3)) {
            return Optional.of(new Rule("各企业新鲜水量之和", round -> water(round, comparable, unit.get(), false),
                    round -> Rows.of(RoundExplanations.waterRows(round.data(), comparable, false))));
        }
        if ((name.equals("水重复利用率") || name.equals("水的重复利用率")) && target.unit().strip().equals("%")) {
            return Optional.of(new Rule("Σ重复用水量 ÷（Σ重复用水量 + Σ新鲜水量）", round ->
                    water(round, comparable, Unit.M3, true),
                    round -> Rows.of(RoundExplanations.waterRows(round.data(), comparable, true))));
        }
        if (name.startsWith("单位") && name.endsWith("综合能耗")) {
            return intensity(target, comparable, earlier, later);
        }
        Optional<Indicator> indicator = earlier.data().indicatorSystem() == null ? Optional.empty()
                : earlier.data().indicatorSystem().indicators().stream()
                        .filter(i -> i.name().equals(name) && !i.isQualitative()).findFirst();
        if (indicator.isPresent()) {
            return weighted(indicator.get(), comparable, earlier, later);
        }
        Unit discharged = earlier.firstUnit(name);
        if (unit.isPresent() && discharged != null && discharged.dimension() == unit.get().dimension()) {
            return Optional.of(new Rule("各企业排放量之和", round -> {
                BigDecimal total = BigDecimal.ZERO;
                for (String id : comparable) {
                    BigDecimal amount = round.discharged(id, name, unit.get());
                    total = amount == null ? total : total.add(amount);
                }
                return total;
            }, round -> Rows.of(ItemAmounts.inputs(name, unit.get(), round.data(), comparable::contains))));
        }
        return Optional.empty();
    }

    /** kgce/m²: Σ standard coal ÷ Σ output, over enterprises whose products all convert to the denominator. */
    private static Optional<Rule> intensity(Target target, Set<String> comparable, RoundComparison.RoundData earlier,
            RoundComparison.RoundData later) {
        String[] parts = target.unit().split("/", 2);
        Optional<Unit> coal = Unit.find(parts[0].strip());
        Optional<Unit> per = parts.length < 2 ? Optional.empty() : Unit.find(parts[1].strip());
        if (!dimension(coal, Unit.TCE) || per.isEmpty()) {
            return Optional.empty();
        }
        List<String> counted = comparable.stream()
                .filter(id -> earlier.output(id, per.get()) != null && later.output(id, per.get()) != null).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(perOutput(counted.size() + " 家企业综合能耗之和 ÷ 产量之和", counted, per.get(),
                (round, id, output) -> Unit.TCE.convert(round.result(id).energy().tce(), coal.get()),
                round -> Rows.of(Explanations.energy("", results(round, counted), null))));
    }

    /**
     * An intensity indicator (L/m², kg/t): the enterprises' values weighted by their output in the
     * indicator's denominator, over those measured in both rounds. A percentage or any other
     * indicator has no such weight (its industry value needs amounts the values do not carry).
     */
    private static Optional<Rule> weighted(Indicator indicator, Set<String> comparable,
            RoundComparison.RoundData earlier, RoundComparison.RoundData later) {
        String[] parts = indicator.unit().split("/", 2);
        Optional<Unit> per = parts.length < 2 ? Optional.empty() : Unit.find(parts[1].strip());
        if (per.isEmpty()) {
            return Optional.empty();
        }
        String id = indicator.id();
        List<String> counted = comparable.stream().filter(e -> measured(earlier, e, id) != null
                && measured(later, e, id) != null && earlier.output(e, per.get()) != null
                && later.output(e, per.get()) != null).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(perOutput(counted.size() + " 家企业指标值按产量加权平均", counted, per.get(),
                (round, e, output) -> measured(round, e, id).multiply(output), round -> Rows.of(counted.stream()
                        .map(e -> new Explanation.Input(java.util.Objects.requireNonNullElse(round.data()
                                .indicatorValues().get(e).get(id).source(), new io.github.cpaudit.model.Source("", "", 0)),
                                e + " " + indicator.name(), measured(round, e, id), indicator.unit())).toList())));
    }

    /** An enterprise's share of a per-output figure's numerator, given its output in the round. */
    private interface Numerator {
        BigDecimal of(RoundComparison.RoundData round, String enterprise, BigDecimal output);
    }

    /** Σ numerator ÷ Σ output (in {@code per}) over the enterprises {@code counted}, in each round. */
    private static Rule perOutput(String basis, List<String> counted, Unit per, Numerator numerator,
            Function<RoundComparison.RoundData, Rows> numeratorRows) {
        return new Rule(basis, round -> {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal output = BigDecimal.ZERO;
            for (String id : counted) {
                BigDecimal amount = round.output(id, per);
                sum = sum.add(numerator.of(round, id, amount));
                output = output.add(amount);
            }
            return output.signum() == 0 ? null : sum.divide(output, MC);
        }, round -> numeratorRows.apply(round).and(RoundExplanations.outputs(round.data(), counted)));
    }

    private static List<EnterpriseResult> results(RoundComparison.RoundData round, java.util.Collection<String> ids) {
        return ids.stream().map(round::result).toList();
    }

    private static boolean dimension(Optional<Unit> unit, Unit like) {
        return unit.isPresent() && unit.get().dimension() == like.dimension();
    }

    private static BigDecimal measured(RoundComparison.RoundData round, String enterprise, String indicator) {
        IndicatorValue value = round.data().indicatorValues().getOrDefault(enterprise, java.util.Map.of())
                .get(indicator);
        return value == null || value.kind() != IndicatorValue.Kind.MEASURED ? null : value.number();
    }


    private static BigDecimal sum(RoundComparison.RoundData round, Set<String> enterprises,
            Function<EnterpriseResult, BigDecimal> value) {
        BigDecimal total = BigDecimal.ZERO;
        for (String id : enterprises) {
            total = total.add(value.apply(round.result(id)));
        }
        return total;
    }

    /** Σ fresh water in {@code unit}, or with {@code reuseRate} the reuse rate in percent. */
    private static BigDecimal water(RoundComparison.RoundData round, Set<String> enterprises, Unit unit,
            boolean reuseRate) {
        BigDecimal fresh = BigDecimal.ZERO;
        BigDecimal reused = BigDecimal.ZERO;
        for (String id : enterprises) {
            WaterUse water = round.data().water().get(id);
            if (water != null) {
                fresh = fresh.add(water.fresh().in(unit));
                reused = reused.add(water.reused() == null ? BigDecimal.ZERO : water.reused().in(unit));
            }
        }
        if (!reuseRate) {
            return fresh;
        }
        BigDecimal all = fresh.add(reused);
        return all.signum() == 0 ? null : reused.multiply(HUNDRED).divide(all, MC);
    }
}
