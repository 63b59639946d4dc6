package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each implemented option's claimed reduction, item by item, against what the two rounds measured
 * in its enterprises. The earlier round's amount is first scaled to the later round's output (the
 * product approach of GB/T 13234: a saving is the earlier intensity times the later output minus
 * the later amount), so that a busier year does not hide a saving. Options that claim the same item
 * in overlapping enterprises are checked together: the data cannot tell their shares apart.
 */
final class OptionVerification {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String MONEY = "经济效益";

    private OptionVerification() {
    }

    static List<RoundResults.OptionCheck> check(AuditRounds rounds, RoundComparison.RoundData earlier,
            RoundComparison.RoundData later) {
        List<OptionResult> implemented = earlier.results().options().stream()
                .filter(result -> result.option().implemented()).toList();
        Map<String, Set<String>> enterprises = new LinkedHashMap<>();
        for (OptionResult result : implemented) {
            Set<String> ids = new LinkedHashSet<>();
            rounds.comparable().stream().filter(result.option()::appliesTo).forEach(ids::add);
            enterprises.put(result.option().id(), ids);
        }
        List<RoundResults.OptionCheck> checks = new ArrayList<>();
        for (OptionResult result : implemented) {
            for (Map.Entry<String, BigDecimal> claim : result.effect().items().entrySet()) {
                String item = claim.getKey();
                if (claim.getValue().signum() == 0 || ItemAmounts.name(item).equals(MONEY)) {
                    continue;
                }
                List<OptionResult> joint = joint(result, item, implemented, enterprises);
                Set<String> covered = new LinkedHashSet<>();
                BigDecimal claimed = BigDecimal.ZERO;
                for (OptionResult member : joint) {
                    covered.addAll(enterprises.get(member.option().id()));
                    claimed = claimed.add(member.effect().items().get(item));
                }
                checks.add(checked(result, item, claim.getValue(), joint, claimed, covered, earlier, later,
                        rounds.tolerance()));
            }
        }
        return checks;
    }

    /** The option and every other one linked to it by claims on the item in overlapping enterprises. */
    private static List<OptionResult> joint(OptionResult start, String item, List<OptionResult> implemented,
            Map<String, Set<String>> enterprises) {
        List<OptionResult> claiming = implemented.stream().filter(r -> {
            BigDecimal value = r.effect().items().get(item);
            return value != null && value.signum() != 0;
        }).toList();
        Set<String> reached = new LinkedHashSet<>(enterprises.get(start.option().id()));
        Set<OptionResult> members = new LinkedHashSet<>(List.of(start));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OptionResult other : claiming) {
                Set<String> ids = enterprises.get(other.option().id());
                if (!members.contains(other) && ids.stream().anyMatch(reached::contains)) {
                    members.add(other);
                    reached.addAll(ids);
                    grew = true;
                }
            }
        }
        return claiming.stream().filter(members::contains).toList();
    }

    private static RoundResults.OptionCheck checked(OptionResult result, String item, BigDecimal own,
            List<OptionResult> joint, BigDecimal claimed, Set<String> covered, RoundComparison.RoundData earlier,
            RoundComparison.RoundData later, BigDecimal tolerance) {
        BigDecimal measured = BigDecimal.ZERO;
        BigDecimal earlierSum = BigDecimal.ZERO;
        BigDecimal laterSum = BigDecimal.ZERO;
        int counted = 0;
        boolean scaled = true;
        Map<String, BigDecimal> earlierAmounts = amounts(earlier, item);
        Map<String, BigDecimal> laterAmounts = amounts(later, item);
        for (String id : covered) {
            BigDecimal before = earlierAmounts.get(id);
            BigDecimal after = laterAmounts.get(id);
            if (before == null || after == null) {
                continue;
            }
            BigDecimal factor = outputFactor(earlier, later, id);
            if (factor == null) {
                scaled = false;
                factor = BigDecimal.ONE;
            }
            BigDecimal saving = before.multiply(factor, MathContext.DECIMAL128).subtract(after);
            measured = measured.add(saving);
            earlierSum = earlierSum.add(before);
            laterSum = laterSum.add(after);
            counted++;
        }
        if (counted == 0) {
            // the rounds' data have no such item in these enterprises: nothing measured, not a zero
            measured = null;
            earlierSum = null;
            laterSum = null;
        }
        List<String> others = joint.stream().map(r -> r.option().id()).filter(id -> !id.equals(result.option().id()))
                .toList();
        BigDecimal difference = measured == null ? null
                : measured.subtract(claimed).multiply(HUNDRED).divide(claimed.abs(), MathContext.DECIMAL128);
        Boolean verified = difference == null ? null : difference.compareTo(tolerance.negate()) >= 0;
        return new RoundResults.OptionCheck(result.option().id(), result.option().name(), item, own, others, claimed,
                earlierSum, laterSum, measured, counted, scaled, difference, verified);
    }

    /** later output ÷ earlier output, in the earlier round's unit; {@code null} when they do not compare. */
    private static BigDecimal outputFactor(RoundComparison.RoundData earlier, RoundComparison.RoundData later,
            String id) {
        Unit unit = earlier.outputUnit(id);
        if (unit == null) {
            return null;
        }
        BigDecimal before = earlier.output(id, unit);
        BigDecimal after = later.output(id, unit);
        return before == null || after == null || before.signum() == 0 ? null
                : after.divide(before, MathContext.DECIMAL128);
    }

    /** Each enterprise's amount of the item in the round; an enterprise the round's data have none of is absent. */
    private static Map<String, BigDecimal> amounts(RoundComparison.RoundData round, String item) {
        if (item.equals(SynergyAnalysis.ENERGY_ITEM) || item.equals(SynergyAnalysis.CO2_ITEM)) {
            Map<String, BigDecimal> accounts = new LinkedHashMap<>();
            round.byId().forEach((id, result) -> accounts.put(id, item.equals(SynergyAnalysis.ENERGY_ITEM)
                    ? result.energy().tce() : result.carbon().total()));
            return accounts;
        }
        Optional<Unit> unit = ItemAmounts.unit(item);
        return unit.isEmpty() ? Map.of() : ItemAmounts.byEnterprise(ItemAmounts.name(item), unit.get(), round.data());
    }
}
