package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Material;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How much of a 3-1 item ("name（unit）") some enterprises had in a year: 新鲜水 from the water
 * table, a pollutant from the emissions' discharged amounts, a material from its consumption, in
 * the item's unit. Energy and CO2 come from the enterprises' accounts, which the caller holds.
 */
final class ItemAmounts {

    /** The 3-1 item of fresh water, without its unit. */
    static final String FRESH_WATER = "新鲜水";

    private ItemAmounts() {
    }

    /** The item's name without its unit: {@code 新鲜水} of {@code 新鲜水（m³）}. */
    static String name(String item) {
        int open = item.lastIndexOf('（');
        return open < 0 ? item : item.substring(0, open);
    }

    /** The item's unit, when it names one the toolkit converts. */
    static Optional<Unit> unit(String item) {
        int open = item.lastIndexOf('（');
        return Unit.find(open < 0 ? "" : item.substring(open + 1, item.length() - 1));
    }

    /** The item's total over the enterprises {@code counted} keeps, or unavailable when no row names it. */
    static Figure of(String name, Unit unit, AuditData data, Predicate<String> counted) {
        BigDecimal[] total = {BigDecimal.ZERO};
        List<Source> sources = new ArrayList<>();
        walk(name, unit, data, (enterprise, amount, entered, source) -> {
            if (counted.test(enterprise)) {
                total[0] = total[0].add(amount);
                sources.add(source);
            }
        });
        return sources.isEmpty() ? Figure.unavailable("没有“" + name + "”的排放或消耗数据（no data）")
                : Figure.of(total[0], sources);
    }

    /** The item's amount per enterprise that has a row of it, in one walk over the data. */
    static Map<String, BigDecimal> byEnterprise(String name, Unit unit, AuditData data) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        walk(name, unit, data, (enterprise, amount, entered, source) -> amounts.merge(enterprise, amount, BigDecimal::add));
        return amounts;
    }

    /** The rows of the item of every enterprise, each with its amount as entered, for a 计算说明. */
    static List<Explanation.Input> inputs(String name, Unit unit, AuditData data) {
        return inputs(name, unit, data, enterprise -> true);
    }

    /** The rows of the item of the enterprises {@code counted} keeps. */
    static List<Explanation.Input> inputs(String name, Unit unit, AuditData data, Predicate<String> counted) {
        List<Explanation.Input> inputs = new ArrayList<>();
        walk(name, unit, data, (enterprise, amount, entered, source) -> {
            if (counted.test(enterprise)) {
                inputs.add(Explanations.quantity(source, enterprise + " " + name, entered));
            }
        });
        return inputs;
    }

    /** One row's amount of the item, in the item's unit, and as entered. */
    private interface Amount {
        void add(String enterprise, BigDecimal amount, Quantity entered, Source source);
    }

    private static void walk(String name, Unit unit, AuditData data, Amount add) {
        if (name.equals(FRESH_WATER)) {
            for (WaterUse water : data.water().values()) {
                add.add(water.enterprise(), water.fresh().in(unit), water.fresh(), water.source());
            }
        }
        for (Emission emission : data.emissions()) {
            if (emission.pollutant().equals(name) && emission.discharged() != null
                    && emission.discharged().unit().dimension() == unit.dimension()) {
                add.add(emission.enterprise(), emission.discharged().in(unit), emission.discharged(), emission.source());
            }
        }
        for (Material material : data.materials()) {
            if (material.name().equals(name) && material.quantity().unit().dimension() == unit.dimension()) {
                add.add(material.enterprise(), material.quantity().in(unit), material.quantity(), material.source());
            }
        }
    }
}
