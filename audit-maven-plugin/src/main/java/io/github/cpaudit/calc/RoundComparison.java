package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two audit rounds over the enterprises both hold data for: each enterprise's energy,
 * CO2, fresh water and level, the industry's totals and level counts, the implemented options'
 * claims ({@link OptionVerification}) and the targets ({@link RoundTargets}).
 */
public final class RoundComparison {

    /** The totals' first three items. */
    public static final String ENERGY = "综合能耗";
    public static final String CO2 = "二氧化碳排放量";
    public static final String WATER = "新鲜水量";

    private RoundComparison() {
    }

    /**
     * How a figure of the comparison prints: tce and tCO2 to 0.1; a sum of the data's amounts as the
     * data give it, a computed one ({@code computed}, e.g. a measured reduction) to 4 significant digits.
     */
    public static FigureFormatter.Kind kind(String item, String unit, boolean computed) {
        if (unit.contains("tce") || item.contains("tce")) {
            return FigureFormatter.Kind.TCE;
        }
        if (item.contains("CO2") || item.equals(CO2)) {
            return FigureFormatter.Kind.CO2;
        }
        return computed ? FigureFormatter.Kind.INTENSITY : FigureFormatter.Kind.AS_GIVEN;
    }

    public static RoundResults compare(AuditRounds rounds, AuditResults before, AuditResults after) {
        RoundData earlier = RoundData.of(rounds.before().data(), before);
        RoundData later = RoundData.of(rounds.after().data(), after);
        List<RoundResults.EnterpriseChange> enterprises = new ArrayList<>();
        for (EnterpriseResult result : after.enterprises()) {
            String id = result.enterprise().id();
            if (!rounds.comparable().contains(id)) {
                continue;
            }
            EnterpriseResult old = earlier.result(id);
            enterprises.add(new RoundResults.EnterpriseChange(id, result.enterprise().name(),
                    new RoundChange(old.energy().tce(), result.energy().tce()),
                    new RoundChange(old.carbon().total(), result.carbon().total()),
                    bothOrNeither(earlier.freshWater(id), later.freshWater(id)),
                    old.level() == null ? null : old.level().level(),
                    result.level() == null ? null : result.level().level()));
        }
        return new RoundResults(rounds, before, after, new RoundChange(before.grid().used().tco2PerMwh(),
                after.grid().used().tco2PerMwh()), enterprises, totals(enterprises, earlier, later),
                levels(enterprises), OptionVerification.check(rounds, earlier, later),
                RoundTargets.check(rounds, earlier, later));
    }

    private static RoundChange bothOrNeither(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? new RoundChange(null, null) : new RoundChange(before, after);
    }

    private static List<RoundResults.ItemChange> totals(List<RoundResults.EnterpriseChange> enterprises,
            RoundData earlier, RoundData later) {
        List<RoundResults.ItemChange> totals = new ArrayList<>();
        totals.add(sum(ENERGY, "tce", enterprises.stream().map(RoundResults.EnterpriseChange::tce).toList()));
        totals.add(sum(CO2, "t", enterprises.stream().map(RoundResults.EnterpriseChange::co2).toList()));
        List<RoundChange> water = enterprises.stream().map(RoundResults.EnterpriseChange::water)
                .filter(change -> change.before() != null).toList();
        if (!water.isEmpty()) {
            totals.add(sum(WATER, "m³", water));
        }
        for (String pollutant : pollutants(earlier, later)) {
            Unit unit = earlier.firstUnit(pollutant);
            List<RoundChange> changes = new ArrayList<>();
            for (RoundResults.EnterpriseChange enterprise : enterprises) {
                BigDecimal before = earlier.discharged(enterprise.id(), pollutant, unit);
                BigDecimal after = later.discharged(enterprise.id(), pollutant, unit);
                if (before != null && after != null) {
                    changes.add(new RoundChange(before, after));
                }
            }
            if (!changes.isEmpty()) {
                totals.add(sum(pollutant, unit.symbol(), changes));
            }
        }
        return totals;
    }

    /** The pollutants discharged in both rounds, in the earlier round's order. */
    private static Set<String> pollutants(RoundData earlier, RoundData later) {
        Set<String> names = new LinkedHashSet<>();
        for (Emission emission : earlier.data().emissions()) {
            if (emission.discharged() != null && later.firstUnit(emission.pollutant()) != null) {
                names.add(emission.pollutant());
            }
        }
        return names;
    }

    private static RoundResults.ItemChange sum(String item, String unit, List<RoundChange> changes) {
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        for (RoundChange change : changes) {
            before = before.add(change.before());
            after = after.add(change.after());
        }
        return new RoundResults.ItemChange(item, unit, new RoundChange(before, after), changes.size());
    }

    private static List<RoundResults.LevelCount> levels(List<RoundResults.EnterpriseChange> enterprises) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RoundResults.EnterpriseChange enterprise : enterprises) {
            if (enterprise.levelBefore() != null) {
                counts.computeIfAbsent(enterprise.levelBefore(), k -> new int[2])[0]++;
            }
            if (enterprise.levelAfter() != null) {
                counts.computeIfAbsent(enterprise.levelAfter(), k -> new int[2])[1]++;
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(RoundComparison::byLevel);
        return order.stream().map(level -> new RoundResults.LevelCount(level, counts.get(level)[0],
                counts.get(level)[1])).toList();
    }

    /** Ⅰ级 before Ⅱ级 before Ⅲ级, then any other name (below all levels) as first met. */
    private static int byLevel(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String level) {
        String numerals = "ⅠⅡⅢⅣⅤ";
        for (int i = 0; i < numerals.length(); i++) {
            if (level.indexOf(numerals.charAt(i)) >= 0) {
                return i;
            }
        }
        return numerals.length();
    }

    /**
     * One round's data and results, as the comparison reads them: each enterprise's result and
     * discharges found by id, not by a walk over all of them per question (500 enterprises).
     */
    record RoundData(AuditData data, AuditResults results, Map<String, EnterpriseResult> byId,
            Map<String, List<Emission>> emissions) {

        static RoundData of(AuditData data, AuditResults results) {
            Map<String, EnterpriseResult> byId = new LinkedHashMap<>();
            results.enterprises().forEach(result -> byId.put(result.enterprise().id(), result));
            Map<String, List<Emission>> emissions = new LinkedHashMap<>();
            data.emissions().forEach(e -> emissions.computeIfAbsent(e.enterprise(), k -> new ArrayList<>()).add(e));
            return new RoundData(data, results, byId, emissions);
        }

        EnterpriseResult result(String id) {
            EnterpriseResult result = byId.get(id);
            if (result == null) {
                throw new IllegalStateException("no result for a comparable enterprise: " + id);
            }
            return result;
        }

        BigDecimal freshWater(String id) {
            WaterUse water = data.water().get(id);
            return water == null ? null : water.fresh().in(Unit.M3);
        }

        /** The unit of the round's first discharge of the pollutant, or {@code null} when it has none. */
        Unit firstUnit(String pollutant) {
            return data.emissions().stream().filter(e -> e.pollutant().equals(pollutant) && e.discharged() != null)
                    .map(e -> e.discharged().unit()).findFirst().orElse(null);
        }

        /** The enterprise's discharge of the pollutant in {@code unit}, or {@code null} when it reports none. */
        BigDecimal discharged(String id, String pollutant, Unit unit) {
            BigDecimal total = null;
            for (Emission emission : emissions.getOrDefault(id, List.of())) {
                Quantity amount = emission.discharged();
                if (emission.pollutant().equals(pollutant) && amount != null
                        && amount.unit().dimension() == unit.dimension()) {
                    total = (total == null ? BigDecimal.ZERO : total).add(amount.in(unit));
                }
            }
            return total;
        }

        /** The enterprise's output summed in one unit, or {@code null} when its products use units that do not convert. */
        BigDecimal output(String id, Unit unit) {
            BigDecimal total = BigDecimal.ZERO;
            for (var product : data.production().getOrDefault(id, List.of())) {
                if (product.output().unit().dimension() != unit.dimension()) {
                    return null;
                }
                total = total.add(product.output().in(unit));
            }
            return total;
        }

        /** The unit of the enterprise's first product, or {@code null} without production. */
        Unit outputUnit(String id) {
            return data.production().getOrDefault(id, List.of()).stream().map(p -> p.output().unit()).findFirst()
                    .orElse(null);
        }
    }
}
