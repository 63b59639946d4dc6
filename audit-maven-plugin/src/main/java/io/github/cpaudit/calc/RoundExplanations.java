package io.github.cpaudit.calc;

import io.github.cpaudit.calc.Explanation.Coefficient;
import io.github.cpaudit.calc.Explanation.Input;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.AuditRound;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@link Explanation}s of the figures that compare two audit rounds: an enterprise's or the
 * industry's amount in one round (its rows, named with the round's year and, for a previous
 * project, that project's folder), the change and rate between the rounds (both rounds' rows), an
 * option's measured reduction and a target's value in each round.
 */
public final class RoundExplanations {

    static final String CHANGE_FORMULA = "变化量 = 后一轮的值 − 前一轮的值";
    static final String RATE_FORMULA = "变化率（%）=（后一轮的值 − 前一轮的值）÷ 前一轮的值 × 100%";
    static final String WATER_FORMULA = "新鲜水量 = Σ 各企业新鲜水量（换算为 m³）";
    static final String DISCHARGE_FORMULA = "排放量 = Σ 各企业各排放口的排放量（换算为同一单位；计入两轮都有该项数据的企业）";
    static final String MEASURED_FORMULA = "实测削减量 = Σ 各企业（前一轮的量 × 后一轮产量 ÷ 前一轮产量 − 后一轮的量）"
            + "（GB/T 13234 产品法，按后一轮产量折算；产品计量单位不一致的企业不折算，直接相减）；"
            + "实测削减量比申报削减量少不超过核实容差为已核实";
    static final String OPTION_AMOUNT_FORMULA = " = Σ 方案（及与之合并核对的方案）所涉企业在该轮的量（换算为同一单位；"
            + "计入两轮都有该项数据的企业；不按产量折算）";
    static final String AS_WRITTEN_FORMULA = "按清洁生产目标表（targets）所填";

    /** Which round a figure belongs to. */
    public enum Side {
        BEFORE, AFTER
    }

    private RoundExplanations() {
    }

    /** An enterprise's 综合能耗 in one round: its energy rows of that round. */
    public static Explanation energy(RoundResults rounds, String id, Side side) {
        AuditResults results = results(rounds, side);
        return inRound(Explanations.energy(figure(rounds, side, id, RoundComparison.ENERGY), List.of(result(results, id)),
                result(results, id).energy().tce()), round(rounds, side));
    }

    /** An enterprise's CO2 in one round, with that round's grid factor. */
    public static Explanation carbon(RoundResults rounds, String id, Side side) {
        AuditResults results = results(rounds, side);
        EnterpriseResult result = result(results, id);
        return inRound(Explanations.carbon(figure(rounds, side, id, RoundComparison.CO2), List.of(result),
                result.carbon().total(), results.grid().used()), round(rounds, side));
    }

    /** An enterprise's 新鲜水量 in one round: its water row of that round. */
    public static Explanation water(RoundResults rounds, String id, Side side, BigDecimal value) {
        return inRound(new Explanation(figure(rounds, side, id, RoundComparison.WATER), value, Kind.AS_GIVEN, "m³",
                WATER_FORMULA, waterRows(data(rounds, side), List.of(id), false), List.of()),
                round(rounds, side));
    }

    /** An industry total of the totals table in one round, over the enterprises it counts. */
    public static Explanation total(RoundResults rounds, RoundResults.ItemChange total, Side side, Kind kind) {
        String figure = round(rounds, side).name() + " " + total.item();
        BigDecimal value = side == Side.BEFORE ? total.change().before() : total.change().after();
        AuditResults results = results(rounds, side);
        List<EnterpriseResult> counted = results.enterprises().stream()
                .filter(r -> rounds.rounds().comparable().contains(r.enterprise().id())).toList();
        Explanation explanation = switch (total.item()) {
            case RoundComparison.ENERGY -> Explanations.energy(figure, counted, value);
            case RoundComparison.CO2 -> Explanations.carbon(figure, counted, value, results.grid().used());
            case RoundComparison.WATER -> new Explanation(figure, value, kind, total.unit(), WATER_FORMULA,
                    waterRows(data(rounds, side), rounds.enterprises().stream().filter(r -> r.water().before() != null)
                            .map(RoundResults.EnterpriseChange::id).toList(), false), List.of());
            default -> new Explanation(figure, value, kind, total.unit(), DISCHARGE_FORMULA,
                    discharges(rounds, total.item(), total.unit(), side), List.of());
        };
        return inRound(explanation, round(rounds, side));
    }

    /**
     * The change or the rate of a figure between the rounds, from its explanation in each round:
     * both rounds' rows and coefficients.
     */
    public static Explanation change(String figure, Explanation before, Explanation after, RoundChange change,
            Kind kind, boolean rate) {
        Set<Coefficient> coefficients = new LinkedHashSet<>(before.coefficients());
        coefficients.addAll(after.coefficients());
        List<Input> inputs = new ArrayList<>(before.inputs());
        inputs.addAll(after.inputs());
        return new Explanation(figure, rate ? change.rate() : change.change(), rate ? Kind.PERCENT : kind,
                rate ? "%" : before.unit(), (rate ? RATE_FORMULA : CHANGE_FORMULA) + "；每轮的值：" + before.formula(),
                inputs, List.copyOf(coefficients));
    }

    /**
     * An option's measured reduction: the item's rows and the outputs, in both rounds, of the
     * enterprises it (and the options checked with it) covers, and the tolerance that judges it.
     */
    public static Explanation measured(RoundResults rounds, RoundResults.OptionCheck check, Kind kind) {
        Set<String> covered = covered(rounds, check);
        List<Input> inputs = new ArrayList<>();
        Set<Coefficient> coefficients = new LinkedHashSet<>();
        for (Side side : Side.values()) {
            List<Input> rows = new ArrayList<>(itemRows(rounds, check.item(), covered, side, coefficients));
            rows.addAll(outputs(data(rounds, side), covered));
            inputs.addAll(inRound(round(rounds, side), rows));
        }
        coefficients.add(new Coefficient("核实容差", rounds.tolerance(), "%", "audit.yaml rounds.tolerance"));
        return new Explanation(check.option() + " " + ItemAmounts.name(check.item()) + " 实测削减量", check.measured(),
                kind, unit(check), MEASURED_FORMULA, inputs, List.copyOf(coefficients));
    }

    /**
     * An option's item in one round (实施前 or 实施后), summed over the enterprises its check covers:
     * their rows of the item in that round.
     */
    public static Explanation optionAmount(RoundResults rounds, RoundResults.OptionCheck check, Side side, Kind kind) {
        Set<Coefficient> coefficients = new LinkedHashSet<>();
        List<Input> rows = itemRows(rounds, check.item(), covered(rounds, check), side, coefficients);
        String name = side == Side.BEFORE ? "实施前" : "实施后";
        return new Explanation(check.option() + " " + ItemAmounts.name(check.item()) + " " + name,
                side == Side.BEFORE ? check.before() : check.after(), kind, unit(check), name + OPTION_AMOUNT_FORMULA,
                inRound(round(rounds, side), rows), List.copyOf(coefficients));
    }

    /** The comparable enterprises of the option and of the options checked with it. */
    private static Set<String> covered(RoundResults rounds, RoundResults.OptionCheck check) {
        Set<String> ids = new LinkedHashSet<>(check.jointWith());
        ids.add(check.option());
        Set<String> covered = new LinkedHashSet<>();
        for (Option option : rounds.rounds().before().data().options()) {
            if (ids.contains(option.id())) {
                rounds.rounds().comparable().stream().filter(option::appliesTo).forEach(covered::add);
            }
        }
        return covered;
    }

    /**
     * The rows of a 3-1 item of the {@code covered} enterprises in one round: energy and CO2 as
     * their accounts give them (the coefficients go to {@code coefficients}), any other item as entered.
     */
    private static List<Input> itemRows(RoundResults rounds, String item, Set<String> covered, Side side,
            Set<Coefficient> coefficients) {
        AuditResults results = results(rounds, side);
        if (item.equals(SynergyAnalysis.ENERGY_ITEM) || item.equals(SynergyAnalysis.CO2_ITEM)) {
            List<EnterpriseResult> counted = results.enterprises().stream()
                    .filter(r -> covered.contains(r.enterprise().id())).toList();
            Explanation account = item.equals(SynergyAnalysis.ENERGY_ITEM) ? Explanations.energy("", counted, null)
                    : Explanations.carbon("", counted, null, results.grid().used());
            coefficients.addAll(account.coefficients());
            return account.inputs();
        }
        if (ItemAmounts.name(item).equals(ItemAmounts.FRESH_WATER)) {
            return waterRows(data(rounds, side), covered, false);
        }
        return ItemAmounts.unit(item).map(unit -> ItemAmounts.inputs(ItemAmounts.name(item), unit, data(rounds, side),
                covered::contains)).orElse(List.of());
    }

    private static String unit(RoundResults.OptionCheck check) {
        return ItemAmounts.unit(check.item()).map(Unit::symbol).orElse("");
    }

    /** The rows of a typed target value: its row of the targets table. */
    static Explanation asWritten(String figure, BigDecimal value, io.github.cpaudit.model.Target target,
            String column) {
        return new Explanation(figure, value, Kind.AS_GIVEN, target.unit(), AS_WRITTEN_FORMULA,
                value == null ? List.of() : List.of(new Input(target.source(), target.indicator() + " " + column, value,
                        target.unit())), List.of());
    }

    /** The rows of a round as seen from the project: the previous project's folder, the year named. */
    static Explanation inRound(Explanation explanation, AuditRound round) {
        return new Explanation(explanation.figure(), explanation.value(), explanation.kind(), explanation.unit(),
                explanation.formula(), inRound(round, explanation.inputs()), explanation.coefficients());
    }

    private static List<Input> inRound(AuditRound round, List<Input> inputs) {
        return inputs.stream().map(input -> new Input(input.source().file().isEmpty() ? input.source()
                : new Source(round.folder() + input.source().file(), input.source().sheet(), input.source().row()),
                round.year() + " 年 " + input.what(), input.value(), input.unit())).toList();
    }

    /**
     * Each enterprise's 新鲜水量 row (and 重复用水量 with {@code reused}), in the order of {@code ids}
     * (the data keep water by enterprise, in no order).
     */
    static List<Input> waterRows(AuditData data, Collection<String> ids, boolean reused) {
        List<Input> inputs = new ArrayList<>();
        for (String id : ids) {
            WaterUse water = data.water().get(id);
            if (water != null) {
                inputs.addAll(Explanations.waterInputs(water, reused));
            }
        }
        return inputs;
    }

    /** Each enterprise's product output rows, in the order of {@code ids}. */
    static List<Input> outputs(AuditData data, Collection<String> ids) {
        List<Input> inputs = new ArrayList<>();
        for (String id : ids) {
            for (ProductOutput output : data.production().getOrDefault(id, List.of())) {
                inputs.add(Explanations.quantity(output.source(), id + " " + output.product() + " 产量", output.output()));
            }
        }
        return inputs;
    }

    /** The discharge rows of a pollutant of the enterprises that discharge it in both rounds. */
    private static List<Input> discharges(RoundResults rounds, String pollutant, String unitSymbol, Side side) {
        Unit unit = Unit.find(unitSymbol).orElse(null);
        if (unit == null) {
            return List.of();
        }
        Set<String> both = new LinkedHashSet<>(ItemAmounts.byEnterprise(pollutant, unit, rounds.rounds().before().data())
                .keySet());
        both.retainAll(ItemAmounts.byEnterprise(pollutant, unit, rounds.rounds().after().data()).keySet());
        both.retainAll(rounds.rounds().comparable());
        return ItemAmounts.inputs(pollutant, unit, data(rounds, side), both::contains);
    }

    private static String figure(RoundResults rounds, Side side, String id, String item) {
        return round(rounds, side).name() + " " + id + " " + item;
    }

    private static AuditRound round(RoundResults rounds, Side side) {
        return side == Side.BEFORE ? rounds.rounds().before() : rounds.rounds().after();
    }

    private static AuditData data(RoundResults rounds, Side side) {
        return round(rounds, side).data();
    }

    private static AuditResults results(RoundResults rounds, Side side) {
        return side == Side.BEFORE ? rounds.earlier() : rounds.later();
    }

    private static EnterpriseResult result(AuditResults results, String id) {
        return results.enterprises().stream().filter(r -> r.enterprise().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for a comparable enterprise: " + id));
    }
}
