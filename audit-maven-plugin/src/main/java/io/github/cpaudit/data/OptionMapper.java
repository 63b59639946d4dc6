package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.CostClassLimits;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.OptionReductions;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.cpaudit.data.Rows.text;

/**
 * Maps the options and their effects. Money columns are converted to 万元 from the unit their
 * header names; a 中/高费 option needs its life and annual saving for the economics; each effect's
 * item must be known ({@link EffectItems}) and given in a unit of the item's kind; an implemented
 * option counts with its verified figure of an item where there is one, and a verified figure of
 * an option that is not implemented is refused.
 */
final class OptionMapper {

    private static final List<String> MONEY_COLUMNS = List.of("investment", "annual_saving", "residual", "subsidy");

    private final DataProblems problems;
    private final EffectItems items;

    OptionMapper(DataProblems problems, EffectItems items) {
        this.problems = problems;
        this.items = items;
    }

    List<Option> map(ProjectTables tables, CostClassLimits limits) {
        Optional<TypedTable> table = tables.table("options");
        if (table.isEmpty()) {
            return List.of();
        }
        Map<String, Unit> money = new LinkedHashMap<>();
        for (String column : MONEY_COLUMNS) {
            if (table.get().spec().column(column).isPresent()) {
                Rows.columnUnit(table.get(), column, problems).ifPresent(unit -> money.put(column, unit));
            }
        }
        if (money.size() < MONEY_COLUMNS.size()) {
            return List.of();
        }
        Map<String, List<Effect>> effects = effects(tables);
        List<Option> options = new ArrayList<>();
        for (TypedTable.Row row : Rows.of(tables, "options", "id", "name", "cost_type", "investment", "status")) {
            options.add(option(table.get(), row, money, limits, effects.getOrDefault(text(row, "id"), List.of())));
        }
        return options;
    }

    private Option option(TypedTable table, TypedTable.Row row, Map<String, Unit> money, CostClassLimits limits,
            List<Effect> effects) {
        String id = text(row, "id");
        BigDecimal investment = wan(row, "investment", money).orElseThrow();
        BigDecimal annualSaving = wan(row, "annual_saving", money).orElse(null);
        Integer life = row.get("life", Integer.class).orElse(null);
        boolean implemented = Option.IMPLEMENTED.equals(text(row, "status"));
        CostClass written = CostClass.parse(text(row, "cost_type")).orElseThrow();
        CostClass costClass = limits == null ? written : limits.classify(investment);
        if (costClass != CostClass.NO_OR_LOW) {
            String what = costClass.chinese() + "方案";
            if (annualSaving == null) {
                problems.add(Problem.data(Rows.at(table, row, "annual_saving"), "missing annual saving",
                        what + "的经济分析需要年节省", "年净收益（万元/a，可为负）", ""));
            }
            if (life == null || life == 0) {
                problems.add(Problem.data(Rows.at(table, row, "life"), "missing life",
                        what + "的经济分析需要使用年限", "正整数（年）", life == null ? "" : "0"));
                life = null;
            }
        }
        List<Source> sources = new ArrayList<>(List.of(row.source()));
        List<Effect> counted = counted(id, implemented, effects);
        List<EnergyUse> energy = new ArrayList<>();
        BigDecimal co2 = BigDecimal.ZERO;
        Map<String, BigDecimal> pollutants = new LinkedHashMap<>();
        Map<String, BigDecimal> others = new LinkedHashMap<>();
        for (Effect effect : counted) {
            sources.add(effect.source());
            Unit target = effect.item().rollUpUnit(effect.amount().unit());
            String key = effect.item().name() + "（" + target.symbol() + "）";
            switch (effect.item().kind()) {
                case ENERGY -> energy.add(new EnergyUse(effect.item().energyType(), effect.amount(), null, effect.source()));
                case CO2 -> co2 = co2.add(effect.amount().unit().convert(effect.amount().value(),
                        effect.amount().dimension() == Dimension.MASS ? Unit.T : Unit.T_CO2), MathContext.DECIMAL128);
                case POLLUTANT -> pollutants.merge(key, effect.amount().in(target), BigDecimal::add);
                case OTHER -> others.merge(key, effect.amount().in(target), BigDecimal::add);
            }
        }
        boolean verified = implemented && !counted.isEmpty() && counted.stream().allMatch(Effect::verified);
        OptionReductions reductions = new OptionReductions(id, text(row, "name"), investment, implemented, energy, co2,
                pollutants, others, row.source());
        return new Option(id, text(row, "name"), text(row, "scope"), Rows.list(row, "enterprises"), written,
                investment, annualSaving, life, wan(row, "residual", money).orElse(BigDecimal.ZERO),
                wan(row, "subsidy", money).orElse(BigDecimal.ZERO),
                // written in percent (8 or 8%), kept as the fraction the economics use
                row.get("discount_rate", BigDecimal.class).map(percent -> percent.movePointLeft(2)).orElse(null),
                text(row, "status"), reductions, verified, sources);
    }

    /** An implemented option's verified figure replaces its expected one, item by item. */
    private List<Effect> counted(String option, boolean implemented, List<Effect> effects) {
        List<Effect> counted = new ArrayList<>();
        for (Effect effect : effects) {
            if (effect.verified() && !implemented) {
                problems.add(Problem.data(effect.row().at("verified"), "not implemented",
                        "方案" + option + "未实施，不能有核定效果", "“否”，或把方案的实施状态改为“已实施”", "是"));
            } else if (effect.verified() || !implemented || effects.stream().noneMatch(other -> other.verified()
                    && other.item().name().equals(effect.item().name()))) {
                counted.add(effect);
            }
        }
        return counted;
    }

    private Map<String, List<Effect>> effects(ProjectTables tables) {
        Map<String, List<Effect>> effects = new LinkedHashMap<>();
        for (TypedTable.Row row : Rows.of(tables, "option_effects", "option", "item", "reduction", "unit")) {
            String text = text(row, "item");
            Optional<EffectItems.Item> item = items.classify(text);
            if (item.isEmpty()) {
                problems.add(Problem.data(row.at("item"), "unknown effect item", "不知道这个效果项目怎样计入汇总",
                        EffectItems.expected(), text));
                continue;
            }
            Unit unit = Rows.unit(row, "unit").orElseThrow();
            if (!item.get().dimensions().contains(unit.dimension())) {
                problems.add(Problem.data(row.at("unit"), "unit dimension mismatch",
                        "“" + text + "”的削减量单位量纲不符", String.join("或", item.get().dimensions().stream()
                                .map(Dimension::chinese).toList()) + "单位（如 "
                                + Rows.example(item.get().dimensions().get(0)) + "）", text(row, "unit")));
                continue;
            }
            effects.computeIfAbsent(text(row, "option"), k -> new ArrayList<>()).add(new Effect(item.get(),
                    new Quantity(row.get("reduction", BigDecimal.class).orElseThrow(), unit),
                    row.get("verified", Boolean.class).orElse(false), row));
        }
        return effects;
    }

    private static Optional<BigDecimal> wan(TypedTable.Row row, String key, Map<String, Unit> money) {
        return row.get(key, BigDecimal.class).map(value -> money.get(key).convert(value, Unit.WAN_YUAN));
    }

    private record Effect(EffectItems.Item item, Quantity amount, boolean verified, TypedTable.Row row) {

        Source source() {
            return row.source();
        }
    }
}
