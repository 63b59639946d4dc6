package io.github.cpaudit.tables;

import io.github.cpaudit.calc.BalanceResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Balance;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The balances of formulas.md §6: worksheet 2-20 (materials and pollutant factors) and 2-21
 * (water). A deviation beyond the project's tolerance is marked ※ and explained under the table.
 */
final class BalanceSheets {

    /** The balance kind of worksheet 2-21. */
    static final String WATER = "水";

    /** Inputs that are water used again, not water taken in. */
    private static final Pattern REUSE = Pattern.compile("回用|重复|循环");
    /** Outputs that leave as wastewater; the other outputs are consumed (evaporated, carried off). */
    private static final Pattern DISCHARGE = Pattern.compile("排|废水|污水");

    private BalanceSheets() {
    }

    /**
     * 2-20 物料及污染因子平衡: one row per material or pollutant-factor balance, its inputs and outputs
     * as entered, the totals in the first input's unit, the deviation and the utilisation.
     */
    static TableRows materials(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (BalanceResult result : balances(view, kind -> !WATER.equals(kind))) {
            Balance balance = result.balance();
            Row row = Row.of(view, balance.enterprise()).text("enterprise", view.name(balance.enterprise()))
                    .text("subject", balance.subject() + "（" + balance.kind() + "）")
                    .text("inputs", entries(view, balance.inputs())).text("outputs", entries(view, balance.outputs()));
            quantity(view, row, "inputTotal", result.check().inputTotal());
            quantity(view, row, "outputTotal", result.check().outputTotal());
            rows.add(deviation(row, result).figure("utilisation", result.utilisation(), Kind.PERCENT));
        }
        return table(view, rows, "物料平衡（balances）中平衡类型为“物料”或“污染因子”的行");
    }

    /**
     * 2-21 水平衡: one row per water balance; inputs named 回用/重复/循环 are 重复用水量 and the
     * others 取水量 (a whole-plant balance without such inputs takes the water table's reuse);
     * outputs named 排/废水/污水 are 排水量, the others 消耗量; all in m³.
     */
    static TableRows water(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (BalanceResult result : balances(view, WATER::equals)) {
            Balance balance = result.balance();
            boolean plant = WATER.equals(balance.subject()) || balance.subject().startsWith("全厂");
            BigDecimal reuse = sum(balance.inputs(), true, REUSE);
            if (reuse == null && plant) {
                WaterUse use = view.project().data().water().get(balance.enterprise());
                reuse = use == null || use.reused() == null ? null : cubicMetres(use.reused());
            }
            Row row = Row.of(view, balance.enterprise()).text("enterprise", view.name(balance.enterprise()))
                    .text("unit", plant && WATER.equals(balance.subject()) ? "全厂" : balance.subject())
                    .number("intake", sum(balance.inputs(), false, REUSE), Kind.AS_GIVEN)
                    .number("reuse", reuse, Kind.AS_GIVEN)
                    .number("consumption", sum(balance.outputs(), false, DISCHARGE), Kind.AS_GIVEN)
                    .number("discharge", sum(balance.outputs(), true, DISCHARGE), Kind.AS_GIVEN);
            rows.add(deviation(row, result));
        }
        return table(view, rows, "物料平衡（balances）中平衡类型为“水”的行");
    }

    private static List<BalanceResult> balances(ProjectView view, Predicate<String> kind) {
        return view.results().balances().stream().filter(result -> kind.test(result.balance().kind())).toList();
    }

    /** The deviation, marked when beyond the tolerance (the template prints ※ after it). */
    private static Row deviation(Row row, BalanceResult result) {
        row.figure("deviation", result.check().deviation(), Kind.PERCENT);
        if (!result.check().isWithinTolerance()) {
            row.text("over", "※");
        }
        return row;
    }

    /** The rows, with the note on ※ when a deviation is beyond the tolerance. */
    private static TableRows table(ProjectView view, List<Row> rows, String missing) {
        Map<String, Object> extras = new HashMap<>();
        if (rows.stream().anyMatch(row -> !row.get("over").isEmpty())) {
            BigDecimal tolerance = view.project().data().settings().balanceTolerancePercent();
            extras.put("note", AsciidocText.cell("注：※ 平衡偏差率超出允许偏差 ±"
                    + view.formatter().format(tolerance, Kind.AS_GIVEN) + "%，列为审核发现。"));
        }
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of(missing) : List.of(), extras);
    }

    /** 镍板（阳极） 18900 kg；硫酸镍带入 10258 kg. */
    private static String entries(ProjectView view, List<Balance.Entry> entries) {
        return String.join("；", entries.stream().map(entry -> entry.item() + " "
                + view.formatter().format(entry.quantity().value(), Kind.AS_GIVEN) + " "
                + entry.quantity().unit().symbol()).toList());
    }

    /** A total with its unit in the cell, sorted by its number. */
    private static void quantity(ProjectView view, Row row, String key, Quantity quantity) {
        row.number(key, quantity.value(), Kind.AS_GIVEN);
        // the same cell again with its unit: the number stays for sort=
        row.text(key, view.formatter().format(quantity.value(), Kind.AS_GIVEN) + " " + quantity.unit().symbol());
    }

    /** Σ m³ of the entries whose names match {@code pattern} (or do not), {@code null} when there is none. */
    private static BigDecimal sum(List<Balance.Entry> entries, boolean matching, Pattern pattern) {
        BigDecimal sum = null;
        for (Balance.Entry entry : entries) {
            BigDecimal m3 = cubicMetres(entry.quantity());
            if (pattern.matcher(entry.item()).find() == matching && m3 != null) {
                sum = sum == null ? m3 : sum.add(m3);
            }
        }
        return sum;
    }

    /** Water in m³; by mass 1 t = 1 m³; {@code null} for another kind of unit. */
    private static BigDecimal cubicMetres(Quantity quantity) {
        if (quantity.dimension() == Dimension.VOLUME) {
            return quantity.in(Unit.M3);
        }
        return quantity.dimension() == Dimension.MASS ? quantity.in(Unit.T) : null;
    }
}
