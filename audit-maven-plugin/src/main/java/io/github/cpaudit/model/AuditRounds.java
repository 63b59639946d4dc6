package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The two rounds a project compares: the earlier one (whose options were carried out and whose
 * targets are judged) and the later one (measured after implementation).
 *
 * @param before     the earlier round
 * @param after      the later round
 * @param tolerance  in percent: a measured change short of an option's claim by no more than this
 *                   still verifies it
 * @param comparable the enterprises both rounds hold data for, in roster order; the comparison counts only these
 */
public record AuditRounds(AuditRound before, AuditRound after, BigDecimal tolerance, Set<String> comparable) {

    public AuditRounds {
        // insertion order kept: a 计算说明 lists the enterprises' rows as the roster does
        comparable = Collections.unmodifiableSet(new LinkedHashSet<>(comparable));
    }
}
