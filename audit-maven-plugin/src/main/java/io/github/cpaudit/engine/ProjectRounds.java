package io.github.cpaudit.engine;

import io.github.cpaudit.calc.AuditCalculation;
import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.RoundComparison;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.model.Target;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.project.AuditProject;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The project's two audit rounds compared, once per reading: the round that is not the project's
 * baseline is calculated here. Where the later round lies in the project's own data, a 现状值 or
 * 实施后值 typed in the targets table that the rounds' data contradict is a data problem at its cell.
 */
final class ProjectRounds {

    private ProjectRounds() {
    }

    static Optional<RoundResults> of(AuditProject project, AuditResults results) {
        if (project.rounds().isEmpty()) {
            return Optional.empty();
        }
        AuditRounds rounds = project.rounds().get();
        boolean later = rounds.before().data() == project.data();
        AuditCalculation calculation = AuditCalculation.withDefaults();
        AuditResults before = later ? results : calculation.compute(rounds.before().data());
        AuditResults after = later ? calculation.compute(rounds.after().data()) : results;
        RoundResults compared = RoundComparison.compare(rounds, before, after);
        if (later) {
            for (RoundResults.TargetCheck check : compared.targets().stream()
                    .filter(RoundResults.TargetCheck::computed).toList()) {
                contradicted(project, check.target(), "现状值", check.target().baseline(), check.before(),
                        rounds.before().name(), check.basis());
                contradicted(project, check.target(), "实施后值", check.target().achieved(), check.after(),
                        rounds.after().name(), check.basis());
            }
        }
        return Optional.of(compared);
    }

    /** A typed value farther from the computed one than half a unit of its own last digit. */
    private static void contradicted(AuditProject project, Target target, String column, BigDecimal typed,
            BigDecimal computed, String round, String basis) {
        if (typed == null || computed == null) {
            return;
        }
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(typed.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (typed.subtract(computed).abs().compareTo(half) > 0) {
            project.problems().add(Problem.data(target.source().cell(column), "target value contradicts the rounds",
                    "清洁生产目标“" + target.indicator() + "”的" + column + "与两轮数据不一致（target value contradicts the rounds）："
                            + "表中为 " + typed.toPlainString() + "，按“" + round + "”的数据（" + basis + "）算得 "
                            + computed.round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + "；请核对，或留空由数据计算"));
        }
    }
}
