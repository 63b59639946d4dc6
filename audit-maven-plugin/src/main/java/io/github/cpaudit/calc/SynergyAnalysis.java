package io.github.cpaudit.calc;

import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.OptionReductions;
import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * 减污降碳协同 (formulas.md §7): classifies options by what they reduce and rolls them up.
 * Energy savings count as CO2 through the factors of §2, so an energy-saving option reduces carbon.
 */
public final class SynergyAnalysis {

    /** The 3-1 item of energy saved, in tce. */
    public static final String ENERGY_ITEM = "能源（tce）";
    /** The 3-1 item of CO2 reduced, in tCO2. */
    public static final String CO2_ITEM = "CO2（tCO2）";

    private static final MathContext MC = MathContext.DECIMAL128;

    private final StandardCoalConversion standardCoal;
    private final CarbonAccounting carbon;

    public SynergyAnalysis(StandardCoalConversion standardCoal, CarbonAccounting carbon) {
        this.standardCoal = standardCoal;
        this.carbon = carbon;
    }

    /** One option's tce, CO2 and class. */
    public OptionEffect effect(OptionReductions option) {
        BigDecimal tce = standardCoal.total(option.energySavings()).tce();
        BigDecimal co2 = option.directCo2Reduction();
        for (EnergyUse saving : option.energySavings()) {
            co2 = co2.add(carbon.line(saving).tco2(), MC);
        }
        boolean reducesCarbon = co2.signum() > 0;
        boolean reducesPollution = option.pollutantReductions().values().stream().anyMatch(v -> v.signum() > 0);
        SynergyClass synergy = reducesCarbon && reducesPollution ? SynergyClass.SYNERGY
                : reducesCarbon ? SynergyClass.CARBON : reducesPollution ? SynergyClass.POLLUTION : SynergyClass.NONE;
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        items.put(ENERGY_ITEM, tce);
        items.put(CO2_ITEM, co2);
        items.putAll(option.pollutantReductions());
        items.putAll(option.otherSavings());
        return new OptionEffect(option, tce, co2, synergy, Collections.unmodifiableMap(items));
    }

    public SynergyRollUp rollUp(List<OptionReductions> options) {
        List<OptionEffect> effects = options.stream().map(this::effect).toList();
        Map<SynergyClass, SynergyTotals> byClass = totalsByClass(effects, effect -> true);
        Map<SynergyClass, SynergyTotals> implemented = totalsByClass(effects, effect -> effect.option().implemented());

        Map<String, BigDecimal> all = sumItems(effects);
        Map<String, BigDecimal> fromSynergy = sumItems(effects.stream()
                .filter(effect -> effect.synergy() == SynergyClass.SYNERGY).toList());
        List<Source> sources = options.stream().map(OptionReductions::source).filter(Objects::nonNull).toList();
        Map<String, Figure> shares = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> item : all.entrySet()) {
            BigDecimal total = item.getValue();
            shares.put(item.getKey(), total.signum() == 0
                    ? Figure.unavailable("该项没有削减量（no reduction）", sources)
                    : Figure.of(Percentages.share(fromSynergy.getOrDefault(item.getKey(), BigDecimal.ZERO), total), sources));
        }
        return new SynergyRollUp(effects, byClass, implemented, Collections.unmodifiableMap(shares));
    }

    private static Map<SynergyClass, SynergyTotals> totalsByClass(List<OptionEffect> effects,
            Predicate<OptionEffect> included) {
        Map<SynergyClass, SynergyTotals> totals = new EnumMap<>(SynergyClass.class);
        for (SynergyClass synergy : SynergyClass.values()) {
            List<OptionEffect> members = new ArrayList<>();
            BigDecimal investment = BigDecimal.ZERO;
            for (OptionEffect effect : effects) {
                if (effect.synergy() == synergy && included.test(effect)) {
                    members.add(effect);
                    investment = investment.add(effect.option().investment(), MC);
                }
            }
            totals.put(synergy, new SynergyTotals(members.size(), investment, sumItems(members)));
        }
        return Collections.unmodifiableMap(totals);
    }

    private static Map<String, BigDecimal> sumItems(List<OptionEffect> effects) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (OptionEffect effect : effects) {
            effect.items().forEach((item, value) -> sums.merge(item, value, (a, b) -> a.add(b, MC)));
        }
        return Collections.unmodifiableMap(sums);
    }
}
