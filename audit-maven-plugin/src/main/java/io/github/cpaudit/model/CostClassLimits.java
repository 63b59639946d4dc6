package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import java.math.BigDecimal;

/**
 * The project's investment limits between cost classes, in 万元 (there is no default). An investment
 * equal to a limit belongs to the cheaper class.
 *
 * @param noOrLowMax the largest investment of a 无/低费 option
 * @param mediumMax  the largest investment of a 中费 option
 */
public record CostClassLimits(BigDecimal noOrLowMax, BigDecimal mediumMax) {

    public CostClassLimits {
        if (noOrLowMax.compareTo(mediumMax) > 0) {
            throw new AuditException("方案投资分类界限有误（cost class limits）：无/低费上限 " + noOrLowMax.toPlainString()
                    + " 万元大于中费上限 " + mediumMax.toPlainString() + " 万元。");
        }
    }

    public CostClass classify(BigDecimal investment) {
        if (investment.compareTo(noOrLowMax) <= 0) {
            return CostClass.NO_OR_LOW;
        }
        return investment.compareTo(mediumMax) <= 0 ? CostClass.MEDIUM : CostClass.HIGH;
    }
}
