package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditSettings;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.EconomicInputs;
import io.github.cpaudit.model.Option;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Appraises the options: the cost class, the economics of 中/高费 options at the project's tax rate
 * and the option's own discount rate (else the project's) with feasibility against the class's accepted payback (formulas.md §5), and the
 * reductions with their synergy class (§7).
 */
final class OptionAppraisal {

    private final AuditSettings settings;

    OptionAppraisal(AuditSettings settings) {
        this.settings = settings;
    }

    /** The option's own discount rate where the data give one, else the project's (audit.yaml). */
    BigDecimal discountRate(Option option) {
        return option.discountRate() != null ? option.discountRate() : settings.discountRate();
    }

    /** One result per option, in the options' order, with the effects of {@code rollUp}. */
    List<OptionResult> appraise(List<Option> options, SynergyRollUp rollUp) {
        List<OptionResult> results = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            CostClass costClass = option.costClass(settings.costClasses());
            List<String> notes = new ArrayList<>();
            EconomicResult economics = null;
            Boolean feasible = null;
            if (costClass != CostClass.NO_OR_LOW) {
                if (option.annualSaving() == null || option.life() == null) {
                    notes.add("缺少年节省或使用年限，未做经济分析（no economics）");
                } else {
                    economics = EconomicAnalysis.analyse(new EconomicInputs(option.investment(), option.subsidy(),
                            option.annualSaving(), option.life(), option.residual(), settings.taxRate(),
                            discountRate(option), option.sources().get(0)));
                    BigDecimal accepted = settings.acceptedPayback().get(costClass);
                    if (accepted == null) {
                        notes.add("audit.yaml 未设定" + costClass.chinese()
                                + "方案的可接受投资偿还期（economics.accepted_payback），可行性未判断");
                    } else {
                        notes.addAll(economics.infeasibilityReasons(accepted));
                        feasible = notes.isEmpty();
                    }
                }
            }
            results.add(new OptionResult(option, costClass, economics, feasible, notes, rollUp.effects().get(i),
                    option.sources()));
        }
        return results;
    }
}
