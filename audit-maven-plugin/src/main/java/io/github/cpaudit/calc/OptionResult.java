package io.github.cpaudit.calc;

import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.Source;

import java.util.List;

/**
 * What the audit computes for one option (worksheets 2-16, 2-18, 2-22, 3-1).
 *
 * @param option     the option as mapped
 * @param costClass  by the project's limits when set, else as written
 * @param economics  the economics of a 中/高费 option, or {@code null} (无/低费, or life or annual
 *                   saving missing: a data problem says so)
 * @param feasible   whether feasible (NPV ≥ 0, IRR ≥ i, N ≤ the class's accepted payback), or
 *                   {@code null} when not judged
 * @param notes      why it is not feasible, or why it was not judged (Chinese)
 * @param effect     tce, CO2, the reductions per 3-1 item and the synergy class
 * @param sources    the option's row and the rows of the effects counted
 */
public record OptionResult(Option option, CostClass costClass, EconomicResult economics, Boolean feasible,
        List<String> notes, OptionEffect effect, List<Source> sources) {

    public OptionResult {
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }
}
