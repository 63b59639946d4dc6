package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Balance;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.cpaudit.data.Rows.text;

/**
 * Maps the balances, one per enterprise and subject. Its entries are summed, so they must share the
 * kind of unit of its first row; a balance needs at least one input, else its deviation has no base.
 */
final class BalanceMapper {

    private static final String INPUT = "输入";

    private final DataProblems problems;

    BalanceMapper(DataProblems problems) {
        this.problems = problems;
    }

    List<Balance> map(ProjectTables tables) {
        Map<String, List<TypedTable.Row>> groups = new LinkedHashMap<>();
        for (TypedTable.Row row : Rows.of(tables, "balances", "enterprise", "subject", "kind", "direction", "item",
                "quantity", "unit")) {
            groups.computeIfAbsent(text(row, "enterprise") + "\u0000" + text(row, "subject"), k -> new ArrayList<>())
                    .add(row);
        }
        List<Balance> balances = new ArrayList<>();
        for (List<TypedTable.Row> rows : groups.values()) {
            TypedTable.Row first = rows.get(0);
            Unit firstUnit = Rows.unit(first, "unit").orElseThrow();
            List<Balance.Entry> inputs = new ArrayList<>();
            List<Balance.Entry> outputs = new ArrayList<>();
            for (TypedTable.Row row : rows) {
                Unit unit = Rows.unit(row, "unit").orElseThrow();
                if (Rows.requireDimension(row, "unit", unit, firstUnit.dimension(),
                        "平衡“" + text(row, "subject") + "”各项", problems)) {
                    Balance.Entry entry = new Balance.Entry(text(row, "item"),
                            new Quantity(row.get("quantity", BigDecimal.class).orElseThrow(), unit),
                            row.get("product", Boolean.class).orElse(false), row.source());
                    (INPUT.equals(text(row, "direction")) ? inputs : outputs).add(entry);
                }
            }
            if (inputs.isEmpty()) {
                problems.add(Problem.data(first.at("direction"), "no inputs", "平衡“" + text(first, "subject")
                        + "”没有输入项", "至少一行方向为“输入”", "只有输出"));
            } else {
                balances.add(new Balance(text(first, "enterprise"), text(first, "subject"), text(first, "kind"),
                        inputs, outputs));
            }
        }
        return balances;
    }
}
