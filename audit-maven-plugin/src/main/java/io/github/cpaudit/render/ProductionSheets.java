package io.github.cpaudit.render;

import io.github.cpaudit.calc.EnergyLimitResult;
import io.github.cpaudit.calc.EnergyLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.ProductOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Phase 2 诊断审核, production and resources: worksheets 2-1 to 2-6. */
final class ProductionSheets {

    private ProductionSheets() {
    }

    static void register(ComputedTables tables) {
        tables.worksheet("2-4", ProductionSheets::energy);
    }

    /**
     * 2-4 能源消耗及折标: one row per enterprise and energy type, then the enterprise's 小计 row with
     * its total, its 单位产品综合能耗 and its check against the energy-consumption limit.
     */
    static TableRows energy(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (EnterpriseResult result : view.results().enterprises()) {
            String id = result.enterprise().id();
            if (result.energy().lines().isEmpty()) {
                continue;
            }
            for (EnergyLine line : result.energy().lines()) {
                rows.add(view.row(id).text("enterprise", result.enterprise().name())
                        .text("type", line.use().type().chinese())
                        .number("quantity", line.use().quantity().value(), Kind.AS_GIVEN)
                        .text("unit", line.use().quantity().unit().symbol())
                        .text("coefficient", view.formatter().format(line.coefficient(), Kind.AS_GIVEN)
                                + " kgce/" + line.perUnit().symbol())
                        .number("tce", line.tce(), Kind.TCE));
            }
            Row subtotal = view.row(id).subtotal().text("enterprise", result.enterprise().name()).text("type", "小计")
                    .number("tce", result.energy().tce(), Kind.TCE)
                    .text("intensity", intensity(view, result));
            limit(view, id).ifPresent(check -> subtotal
                    .text("limit", view.formatter().format(check.limit().max(), Kind.AS_GIVEN) + " " + check.limit().unit())
                    .text("verdict", check.status().chinese()));
            rows.add(subtotal);
        }
        return new TableRows(rows, List.of("tce"), rows.isEmpty() ? List.of("能源消耗（energy）") : List.of(), Map.of());
    }

    /** 单位产品综合能耗 with its unit (kgce per the product's unit), or "—". */
    private static String intensity(ProjectView view, EnterpriseResult result) {
        if (!result.intensity().isAvailable()) {
            return "—";
        }
        List<ProductOutput> products = view.project().data().production().getOrDefault(result.enterprise().id(), List.of());
        String unit = products.isEmpty() ? "" : " kgce/" + products.get(0).output().unit().symbol();
        return view.formatter().format(result.intensity(), Kind.INTENSITY) + unit;
    }

    private static java.util.Optional<EnergyLimitResult> limit(ProjectView view, String enterpriseId) {
        return view.results().energyLimits().stream().filter(check -> check.enterprise().id().equals(enterpriseId))
                .findFirst();
    }
}
