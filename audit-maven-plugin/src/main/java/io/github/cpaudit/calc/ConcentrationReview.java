package io.github.cpaudit.calc;

import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.ReferenceLimit;
import io.github.cpaudit.model.ReferenceLimitSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges every measured concentration against its limit: the one the data states, else the
 * reference standard's for the same category and pollutant in the same unit. Equal to the limit
 * is within it; a range (pH 6–9) is met inside its bounds.
 */
final class ConcentrationReview {

    private ConcentrationReview() {
    }

    static List<ConcentrationResult> review(List<Emission> emissions, ReferenceLimitSet reference) {
        List<ConcentrationResult> results = new ArrayList<>();
        for (Emission emission : emissions) {
            if (emission.concentration() == null) {
                continue;
            }
            if (emission.limit() != null) {
                String basis = emission.limitBasis().isEmpty() ? "企业填报的标准限值" : emission.limitBasis();
                results.add(judge(emission, null, emission.limit(), basis, basis));
                continue;
            }
            Optional<ReferenceLimit> limit = reference == null ? Optional.empty()
                    : reference.limit(emission.category(), emission.pollutant())
                            .filter(l -> l.unit().equals(emission.measure()) || emission.measure().isEmpty());
            results.add(limit.map(l -> judge(emission, l.min(), l.max(),
                    reference.source() + "（" + l.source().format() + "）", reference.source()))
                    .orElse(new ConcentrationResult(emission, null, null, "", "", "—")));
        }
        return results;
    }

    private static ConcentrationResult judge(Emission emission, BigDecimal min, BigDecimal max, String basis,
            String standard) {
        BigDecimal value = emission.concentration();
        boolean within = (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
        return new ConcentrationResult(emission, min, max, basis, standard, within ? "达标" : "超标");
    }
}
