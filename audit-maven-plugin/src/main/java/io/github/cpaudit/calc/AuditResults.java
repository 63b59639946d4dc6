package io.github.cpaudit.calc;

import io.github.cpaudit.problem.Problem;
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
 * @param permits     per enterprise × pollutant (worksheet 2-7), roster order
 * @param options     per option (2-16, 2-18, 2-22), in the data's order
 * @param synergy     the 减污降碳协同 roll-up (3-1), implemented options apart
 * @param rankings    per purpose (2-14, 2-17), first-seen order
 * @param targets     per target (2-15), in the data's order
 * @param balances    per enterprise × subject (2-20, 2-21), first-seen order
 * @param findings    淘汰/限制类 items and toxic materials without substitution plan (2-3, 2-6)
 * @param potentials  savings to Ⅱ and Ⅰ of the ≤ intensity indicators (4.4)
 * @param energyLimits intensities against the products' energy-consumption limits (2-4)
 * @param benefits    worksheet 3-1: baseline, reduction, rate and implemented part per item
 * @param concentrations measured concentrations against their limits (2-7)
 * @param issues      common problems and the share of enterprises they affect (2-12)
 * @param refused     data rows left out of every figure, with why (open items to report)
 */
public record AuditResults(GridFactorChoice grid, List<EnterpriseResult> enterprises,
        List<IndicatorBenchmark> benchmarks, Map<String, List<GroupTotal>> rollUps, BigDecimal totalTce,
        BigDecimal totalCo2, List<PermitLine> permits, List<OptionResult> options, SynergyRollUp synergy,
        List<Ranking> rankings, List<TargetResult> targets, List<BalanceResult> balances, List<Finding> findings,
        List<IndicatorPotential> potentials, List<EnergyLimitResult> energyLimits, List<BenefitLine> benefits,
        List<ConcentrationResult> concentrations, List<IssueShare> issues, List<Problem> refused) {

    public AuditResults {
        enterprises = List.copyOf(enterprises);
        potentials = List.copyOf(potentials);
        energyLimits = List.copyOf(energyLimits);
        benefits = List.copyOf(benefits);
        concentrations = List.copyOf(concentrations);
        issues = List.copyOf(issues);
        refused = List.copyOf(refused);
        benchmarks = List.copyOf(benchmarks);
        rollUps = Map.copyOf(rollUps);
        permits = List.copyOf(permits);
        options = List.copyOf(options);
        rankings = List.copyOf(rankings);
        targets = List.copyOf(targets);
        balances = List.copyOf(balances);
        findings = List.copyOf(findings);
    }
}
