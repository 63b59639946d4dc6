package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.RoundChange;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.calc.TargetCompletion;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report tables that compare two audit rounds ({@code rounds:} in audit.yaml): per enterprise,
 * the industry's totals, the levels, the implemented options' claims against the measured change,
 * and the earlier round's targets. Each header names the rounds as the project calls them; without
 * rounds each table is the open item that says how to add them.
 */
final class RoundSheets {

    /** What a table without rounds asks for. */
    private static final String NO_ROUNDS = "两轮审核数据（audit.yaml 中的 rounds：after 实施后一轮的年份，或 previous 上一轮审核项目）";

    private RoundSheets() {
    }

    /** Per enterprise: 综合能耗 and CO2 in both rounds with their change rates. */
    static TableRows energy(ProjectView view, TableOptions options) {
        return perEnterprise(view, List.of("tceBefore", "tceAfter", "co2Before", "co2After"), (row, change) ->
                changes(changes(row, "tce", change.tce(), Kind.TCE), "co2", change.co2(), Kind.CO2));
    }

    /** Per enterprise: 新鲜水 in both rounds with its change rate, and the level before and after. */
    static TableRows water(ProjectView view, TableOptions options) {
        return perEnterprise(view, List.of("waterBefore", "waterAfter"), (row, change) ->
                changes(row, "water", change.water(), Kind.AS_GIVEN)
                .text("levelBefore", orDash(change.levelBefore())).text("levelAfter", orDash(change.levelAfter())));
    }

    /** The industry's totals over the enterprises both rounds hold data for. */
    static TableRows totals(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.totals().forEach(total -> rows.add(changes(Row.of(view, null)
                .text("item", total.item()).text("unit", total.unit()), "", total.change(), kind(total.item(), total.unit(), false))
                .count("enterprises", total.enterprises()))));
        return result(rounds, rows, List.of(), Map.of("gridNote", rounds.map(r -> gridNote(view, r)).orElse("")));
    }

    /** How many enterprises reach each level in each round. */
    static TableRows levels(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.levels().forEach(level -> rows.add(Row.of(view, null).text("level", level.level())
                .count("before", level.before()).count("after", level.after())
                .text("change", signed(level.after() - level.before())))));
        return result(rounds, rows, List.of("before", "after"), Map.of());
    }

    /** Each implemented option's claimed reduction per item against the reduction measured between the rounds. */
    static TableRows options(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.options().forEach(check -> {
            Kind kind = kind(check.item(), "", false);
            Kind measured = kind(check.item(), "", true);
            Row row = Row.of(view, null).text("option", check.option()).text("name", check.name())
                    .text("item", check.item()).number("claimed", check.claimed(), kind)
                    .text("joint", check.jointWith().isEmpty() ? "—"
                            : "与 " + String.join("、", check.jointWith()) + " 合计 "
                                    + view.formatter().format(check.claimedJoint(), kind))
                    .number("measured", check.measured(), measured).count("enterprises", check.enterprises())
                    .number("difference", check.difference(), Kind.PERCENT)
                    .text("result", check.verified() == null ? "无法核对（两轮数据中没有该项）"
                            : (check.verified() ? "已核实" : "未核实") + (check.scaled() ? "" : "（未按产量折算）"));
            rows.add(row);
        }));
        return result(rounds, rows, List.of(), Map.of("tolerance",
                rounds.map(r -> r.tolerance().stripTrailingZeros().toPlainString()).orElse("")));
    }

    /** The earlier round's targets: both rounds' values formed the same way, and 完成情况. */
    static TableRows targets(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.targets().forEach(check -> {
            Kind kind = check.computed() ? computedKind(check.target().unit()) : Kind.AS_GIVEN;
            rows.add(Row.of(view, null)
                    .text("indicator", check.target().indicator()).text("unit", check.target().unit())
                    .text("basis", check.basis()).number("before", check.before(), kind)
                    .number("near", check.target().nearTerm(), Kind.AS_GIVEN)
                    .number("long", check.target().longTerm(), Kind.AS_GIVEN)
                    .number("after", check.after(), kind)
                    .text("status", completion(view, check.nearTerm(), check.longTerm(), kind)));
        }));
        return result(rounds, rows, List.of(), Map.of());
    }

    /** A target's value computed from the rounds: a percentage to 0.1, any other to 4 significant digits. */
    static Kind computedKind(String unit) {
        return unit.strip().equals("%") ? Kind.PERCENT : Kind.INTENSITY;
    }

    /** 近期达到，远期未达到（差 3.8）; "—" when there is nothing to judge. */
    static String completion(ProjectView view, TargetCompletion.Result near, TargetCompletion.Result far, Kind kind) {
        List<String> parts = new ArrayList<>();
        if (near != null) {
            parts.add("近期" + judged(view, near, kind));
        }
        if (far != null) {
            parts.add("远期" + judged(view, far, kind));
        }
        return parts.isEmpty() ? "—" : String.join("，", parts);
    }

    private static String judged(ProjectView view, TargetCompletion.Result result, Kind kind) {
        return result.achieved() ? result.chinese()
                : result.chinese() + "（差 " + view.formatter().format(result.gap(), kind) + "）";
    }

    private interface EnterpriseColumns {
        Row fill(Row row, RoundResults.EnterpriseChange change);
    }

    private static TableRows perEnterprise(ProjectView view, List<String> sums, EnterpriseColumns columns) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.enterprises().forEach(change -> rows.add(columns.fill(
                Row.of(view, change.id()).text("enterprise", change.name()), change))));
        return result(rounds, rows, sums, Map.of());
    }

    /** {@code keyBefore}, {@code keyAfter}, {@code keyChange} and {@code keyRate} of one figure. */
    private static Row changes(Row row, String key, RoundChange change, Kind kind) {
        return row.number(key + (key.isEmpty() ? "before" : "Before"), change.before(), kind)
                .number(key + (key.isEmpty() ? "after" : "After"), change.after(), kind)
                .number(key + (key.isEmpty() ? "change" : "Change"), change.change(), kind)
                .number(key + (key.isEmpty() ? "rate" : "Rate"), change.rate(), Kind.PERCENT);
    }

    /** The rows with the rounds' names for the headers, or the open item of a project without rounds. */
    private static TableRows result(Optional<RoundResults> rounds, List<Row> rows, List<String> sums,
            Map<String, Object> extras) {
        Map<String, Object> context = new java.util.HashMap<>(extras);
        context.put("before", AsciidocText.cell(rounds.map(r -> r.rounds().before().name()).orElse("审核前")));
        context.put("after", AsciidocText.cell(rounds.map(r -> r.rounds().after().name()).orElse("实施后")));
        return new TableRows(rows, rounds.isPresent() ? sums : List.of(), rounds.isPresent() ? List.of()
                : List.of(NO_ROUNDS), context);
    }

    /** The note under the totals: CO2 follows each round's grid factor as well as its electricity. */
    private static String gridNote(ProjectView view, RoundResults rounds) {
        RoundChange grid = rounds.grid();
        if (grid.before().compareTo(grid.after()) == 0) {
            return "";
        }
        return AsciidocText.inline("两轮的电网排放因子不同（" + rounds.rounds().before().name() + " "
                + view.formatter().format(grid.before(), Kind.FACTOR) + "，" + rounds.rounds().after().name() + " "
                + view.formatter().format(grid.after(), Kind.FACTOR)
                + " tCO2/MWh），二氧化碳排放量的变化中含因子变化的影响。");
    }

    /** tce and tCO2 to 0.1; a sum of the data's amounts as the data give it, a computed one to 4 significant digits. */
    private static Kind kind(String item, String unit, boolean computed) {
        if (unit.contains("tce") || item.contains("tce")) {
            return Kind.TCE;
        }
        if (item.contains("CO2") || item.equals(io.github.cpaudit.calc.RoundComparison.CO2)) {
            return Kind.CO2;
        }
        return computed ? Kind.INTENSITY : Kind.AS_GIVEN;
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
