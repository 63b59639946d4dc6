package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.RoundComparison;
import io.github.cpaudit.calc.RoundExplanations;
import io.github.cpaudit.calc.RoundExplanations.Side;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 中/高费方案实施前后对比 of the acceptance package (验收 verifies the implementation and effect of
 * the 中/高费 options): each implemented 中/高费 option, item by item, with its claimed (or verified)
 * reduction and, from two audit rounds, the item before and after in its enterprises and the
 * measured reduction and verdict exactly as {@code round-options} checks them.
 */
final class AcceptanceOptionsSheet {

    private AcceptanceOptionsSheet() {
    }

    static TableRows rows(ProjectView view, TableOptions options) {
        // the checks are of the earlier round's options: this project's own only when it is that round
        Optional<RoundResults> rounds = view.rounds();
        boolean ownOptions = rounds.map(r -> r.rounds().before().folder().isEmpty()).orElse(true);
        OptionTexts texts = new OptionTexts(view);
        List<Row> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            if (!option.implemented() || result.costClass() == CostClass.NO_OR_LOW) {
                continue;
            }
            result.effect().items().forEach((item, claimed) -> {
                if (claimed.signum() == 0 || BenefitSheet.name(item).equals(BenefitSheet.MONEY_ITEM)) {
                    return;
                }
                Row row = texts.row(option).text("option", option.id()).text("name", option.name())
                        .text("enterprises", texts.enterpriseNames(option))
                        .number("investment", option.investment(), Kind.MONEY).text("item", item)
                        .number("claimed", claimed, RoundComparison.kind(item, "", false));
                if (rounds.isEmpty()) {
                    List.of("before", "after", "measured", "result").forEach(key -> row.open(key, RoundSheets.NO_ROUNDS));
                    row.text("joint", "—");
                } else {
                    measured(view, rounds.get(), ownOptions ? check(rounds.get(), option.id(), item) : Optional.empty(),
                            row);
                }
                rows.add(row);
            });
        }
        return new TableRows(rows, List.of(), view.results().options().isEmpty() ? List.of(OptionSheets.OPTIONS)
                : List.of(), Map.of("previous", !ownOptions));
    }

    /** 实施前, 实施后, 实测削减量 and 核对结果 of the option's check of the item, each "—" without one. */
    private static void measured(ProjectView view, RoundResults rounds, Optional<RoundResults.OptionCheck> found,
            Row row) {
        if (found.isEmpty()) {
            List.of("before", "after", "measured", "result", "joint").forEach(key -> row.text(key, "—"));
            return;
        }
        RoundResults.OptionCheck check = found.get();
        Kind kind = RoundComparison.kind(check.item(), "", false);
        Kind measured = RoundComparison.kind(check.item(), "", true);
        row.number("before", check.before(), kind).number("after", check.after(), kind)
                .number("measured", check.measured(), measured).text("joint", RoundSheets.joint(view, check))
                .text("result", RoundSheets.verdict(check));
        if (check.measured() != null) {
            String name = BenefitSheet.name(check.item());
            row.trace("before", check.option(), List.of(name + "实施前", "实施前"),
                    RoundExplanations.optionAmount(rounds, check, Side.BEFORE, kind))
                    .trace("after", check.option(), List.of(name + "实施后", "实施后"),
                            RoundExplanations.optionAmount(rounds, check, Side.AFTER, kind))
                    .trace("measured", check.option(), List.of(name + "实测削减量", "实测削减量"),
                            RoundExplanations.measured(rounds, check, measured));
        }
    }

    private static Optional<RoundResults.OptionCheck> check(RoundResults rounds, String option, String item) {
        return rounds.options().stream().filter(check -> check.option().equals(option) && check.item().equals(item))
                .findFirst();
    }
}
