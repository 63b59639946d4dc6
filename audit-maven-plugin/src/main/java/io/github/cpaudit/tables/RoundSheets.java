package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.RoundChange;
import io.github.cpaudit.calc.RoundComparison;
import io.github.cpaudit.calc.RoundExplanations;
import io.github.cpaudit.calc.RoundExplanations.Side;
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
    static final String NO_ROUNDS = "两轮审核数据（audit.yaml 中的 rounds：after 实施后一轮的年份，或 previous 上一轮审核项目）";

    private RoundSheets() {
    }

    /** Per enterprise: 综合能耗 and CO2 in both rounds with their change rates. */
    static TableRows energy(ProjectView view, TableOptions options) {
        return perEnterprise(view, List.of("tceBefore", "tceAfter", "co2Before", "co2After"), (rounds, row, change) -> {
            changes(changes(row, "tce", change.tce(), Kind.TCE), "co2", change.co2(), Kind.CO2);
            traced(row, change.id(), "tce", RoundComparison.ENERGY, change.tce(), Kind.TCE,
                    RoundExplanations.energy(rounds, change.id(), Side.BEFORE),
                    RoundExplanations.energy(rounds, change.id(), Side.AFTER));
            return traced(row, change.id(), "co2", "二氧化碳", change.co2(), Kind.CO2,
                    RoundExplanations.carbon(rounds, change.id(), Side.BEFORE),
                    RoundExplanations.carbon(rounds, change.id(), Side.AFTER));
        });
    }

    /** Per enterprise: 新鲜水 in both rounds with its change rate, and the level before and after. */
    static TableRows water(ProjectView view, TableOptions options) {
        return perEnterprise(view, List.of("waterBefore", "waterAfter"), (rounds, row, change) -> {
            changes(row, "water", change.water(), Kind.AS_GIVEN)
                    .text("levelBefore", orDash(change.levelBefore())).text("levelAfter", orDash(change.levelAfter()));
            return change.water().before() == null ? row : traced(row, change.id(), "water", "新鲜水量", change.water(), Kind.AS_GIVEN,
                    RoundExplanations.water(rounds, change.id(), Side.BEFORE, change.water().before()),
                    RoundExplanations.water(rounds, change.id(), Side.AFTER, change.water().after()));
        });
    }

    /**
     * The cells {@code keyBefore} and {@code keyAfter} of a figure hover their rounds' rows; its
     * rate, which the row's two values give, is explained without a hover.
     */
    private static Row traced(Row row, String id, String key, String name, RoundChange change, Kind kind,
            Explanation before, Explanation after) {
        return row.trace(key + "Before", null, List.of("前一轮" + name), before)
                .trace(key + "After", null, List.of("后一轮" + name), after)
                .traceInRow(key + "Rate", null, List.of(name + "变化率"), RoundExplanations.change(
                        id + " " + name + "变化率", before, after, change, kind, true));
    }

    /** The industry's totals over the enterprises both rounds hold data for. */
    static TableRows totals(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.totals().forEach(total -> {
            Kind kind = RoundComparison.kind(total.item(), total.unit(), false);
            Explanation before = RoundExplanations.total(r, total, Side.BEFORE, kind);
            Explanation after = RoundExplanations.total(r, total, Side.AFTER, kind);
            rows.add(changes(Row.of(view, null).text("item", total.item()).text("unit", total.unit()), "",
                    total.change(), kind).count("enterprises", total.enterprises())
                    .trace("before", total.item(), List.of("前一轮"), before)
                    .trace("after", total.item(), List.of("后一轮"), after)
                    .traceInRow("change", total.item(), List.of("变化量"), RoundExplanations.change(
                            total.item() + " 变化量", before, after, total.change(), kind, false))
                    .traceInRow("rate", total.item(), List.of("变化率"), RoundExplanations.change(
                            total.item() + " 变化率", before, after, total.change(), kind, true)));
        }));
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
            Kind kind = RoundComparison.kind(check.item(), "", false);
            Kind measured = RoundComparison.kind(check.item(), "", true);
            Row row = Row.of(view, null).text("option", check.option()).text("name", check.name())
                    .text("item", check.item()).number("claimed", check.claimed(), kind)
                    .text("joint", joint(view, check))
                    .number("measured", check.measured(), measured).count("enterprises", check.enterprises())
                    .number("difference", check.difference(), Kind.PERCENT)
                    .text("result", verdict(check));
            if (check.measured() != null) {
                // one option may claim several items: the item names the cell, 实测削减量 alone serves when it is one
                row.trace("measured", check.option(), List.of(BenefitSheet.name(check.item()) + "实测削减量", "实测削减量"),
                        RoundExplanations.measured(r, check, measured));
            }
            rows.add(row);
        }));
        return result(rounds, rows, List.of(), Map.of("tolerance",
                rounds.map(r -> r.tolerance().stripTrailingZeros().toPlainString()).orElse("")));
    }

    /** 与 F02 合计 8000: the options a check counts together with its own, and their summed claim; "—" alone. */
    static String joint(ProjectView view, RoundResults.OptionCheck check) {
        return check.jointWith().isEmpty() ? "—" : "与 " + String.join("、", check.jointWith()) + " 合计 "
                + view.formatter().format(check.claimedJoint(), RoundComparison.kind(check.item(), "", false));
    }

    /** 已核实, 未核实（未按产量折算）, or why the check could not be made. */
    static String verdict(RoundResults.OptionCheck check) {
        return check.verified() == null ? "无法核对（两轮数据中没有该项）"
                : (check.verified() ? "已核实" : "未核实") + (check.scaled() ? "" : "（未按产量折算）");
    }

    /** The earlier round's targets: both rounds' values formed the same way, and 完成情况. */
    static TableRows targets(ProjectView view, TableOptions options) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.targets().forEach(check -> {
            Kind kind = check.kind();
            rows.add(Row.of(view, null)
                    .text("indicator", check.target().indicator()).text("unit", check.target().unit())
                    .text("basis", check.basis()).number("before", check.before(), kind)
                    .number("near", check.target().nearTerm(), Kind.AS_GIVEN)
                    .number("long", check.target().longTerm(), Kind.AS_GIVEN)
                    .number("after", check.after(), kind)
                    .text("status", completion(view, check.nearTerm(), check.longTerm(), kind))
                    .trace("before", check.target().indicator(), List.of("前一轮", "现状值"), check.beforeTrace())
                    .trace("after", check.target().indicator(), List.of("后一轮", "实施后值"), check.afterTrace()));
        }));
        return result(rounds, rows, List.of(), Map.of());
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
        Row fill(RoundResults rounds, Row row, RoundResults.EnterpriseChange change);
    }

    private static TableRows perEnterprise(ProjectView view, List<String> sums, EnterpriseColumns columns) {
        Optional<RoundResults> rounds = view.rounds();
        List<Row> rows = new ArrayList<>();
        rounds.ifPresent(r -> r.enterprises().forEach(change -> rows.add(columns.fill(r,
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

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
