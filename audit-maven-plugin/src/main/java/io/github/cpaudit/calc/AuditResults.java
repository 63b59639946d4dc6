package io.github.cpaudit.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the audit computed once from {@link io.github.cpaudit.model.AuditData}; the
 * document's macros read from here.
 *
 * @param grid        the grid factor used and what the report says about it
 * @param enterprises per enterprise, in roster order
 * @param benchmarks  per indicator of the system (worksheet 2-11); empty without a system
 * @param rollUps     by grouping (区县, 园区, 规模), each in first-seen order
 * @param totalTce    the industry's energy, tce
 * @param totalCo2    the industry's CO2, t
 */
public record AuditResults(GridFactorChoice grid, List<EnterpriseResult> enterprises,
        List<IndicatorBenchmark> benchmarks, Map<String, List<GroupTotal>> rollUps, BigDecimal totalTce,
        BigDecimal totalCo2) {

    public AuditResults {
        enterprises = List.copyOf(enterprises);
        benchmarks = List.copyOf(benchmarks);
        rollUps = Map.copyOf(rollUps);
    }
}
