package io.github.cpaudit.calc;

import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Permit;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Permit execution per enterprise × pollutant (worksheet 2-7): the outlets' emissions summed and
 * held against the permitted quantity (formulas.md §6), converted through the units. A pollutant
 * is matched with its permit by the name as written.
 */
final class PermitReview {

    private PermitReview() {
    }

    /** Lines in roster order, then in the order pollutants first appear (emissions, then permits). */
    static List<PermitLine> review(List<Enterprise> enterprises, List<Emission> emissions, List<Permit> permits) {
        List<PermitLine> lines = new ArrayList<>();
        for (Enterprise enterprise : enterprises) {
            Map<String, List<Emission>> byPollutant = new LinkedHashMap<>();
            Map<String, Permit> permitOf = new LinkedHashMap<>();
            emissions.stream().filter(e -> e.enterprise().equals(enterprise.id()))
                    .forEach(e -> byPollutant.computeIfAbsent(e.pollutant(), k -> new ArrayList<>()).add(e));
            permits.stream().filter(p -> p.enterprise().equals(enterprise.id())).forEach(p -> {
                permitOf.put(p.pollutant(), p);
                byPollutant.computeIfAbsent(p.pollutant(), k -> new ArrayList<>());
            });
            byPollutant.forEach((pollutant, rows) -> lines.add(line(enterprise.id(), pollutant, rows,
                    permitOf.get(pollutant))));
        }
        return lines;
    }

    private static PermitLine line(String enterprise, String pollutant, List<Emission> rows, Permit permit) {
        List<Source> sources = new ArrayList<>();
        rows.forEach(row -> sources.add(row.source()));
        if (permit != null) {
            sources.add(permit.source());
        }
        Quantity generated = sum(rows.stream().map(Emission::generated).toList());
        Quantity discharged = sum(rows.stream().map(Emission::discharged).toList());
        PermitCompliance.Result compliance = discharged == null || permit == null ? null
                : PermitCompliance.check(pollutant, discharged, permit.permitted(), sources);
        return new PermitLine(enterprise, rows.isEmpty() ? "" : rows.get(0).category(), pollutant, generated,
                discharged, permit, compliance, sources);
    }

    /** The sum in the first given quantity's unit, or {@code null} when none is given. */
    private static Quantity sum(List<Quantity> quantities) {
        Quantity total = null;
        for (Quantity quantity : quantities) {
            if (quantity != null) {
                total = total == null ? quantity
                        : new Quantity(total.value().add(quantity.in(total.unit())), total.unit());
            }
        }
        return total;
    }
}
