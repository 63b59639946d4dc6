package io.github.cpaudit.tables;

import io.github.cpaudit.calc.AppraisalExplanations;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.IndicatorBenchmark;
import io.github.cpaudit.calc.IndicatorScore;
import io.github.cpaudit.calc.LevelResult;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.LevelRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cleaner-production level by the 通则 method (formulas.md §3): worksheets 2-10 and 2-11. */
final class LevelSheets {

    /** Worksheets 2-10 and 2-11 print three levels (Ⅰ, Ⅱ, Ⅲ), as their columns say. */
    private static final int LEVELS = 3;
    /** The levels as the columns name them: Y~Ⅰ~, Y~Ⅱ~, Y~Ⅲ~. */
    private static final String[] NUMERALS = {"Ⅰ", "Ⅱ", "Ⅲ"};
    private static final String SYSTEM = "指标体系（audit.yaml 的 indicator_system）";
    private static final String VALUES = "指标数据（indicator_values）";

    private LevelSheets() {
    }

    /**
     * 2-10 清洁生产水平评价: per enterprise its scores Y_Ⅰ, Y_Ⅱ, Y_Ⅲ (0–100, to 0.1), the best level all
     * its limiting indicators meet and its level by the system's rules; an enterprise without values
     * shows 未评价. A missing value scored 0 is named in the note and is an open item.
     */
    static TableRows levels(ProjectView view, TableOptions options) {
        IndicatorSystem system = view.project().data().indicatorSystem();
        if (system == null) {
            return missing(SYSTEM);
        }
        List<Row> rows = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> scoredZero = new ArrayList<>();
        boolean anyLevel = false;
        for (EnterpriseResult result : view.results().enterprises()) {
            Enterprise enterprise = result.enterprise();
            LevelResult level = result.level();
            Row row = Row.of(view, enterprise.id()).text("enterprise", enterprise.name());
            rows.add(row);
            if (level == null) {
                row.text("level", "未评价（缺少指标数据）");
                continue;
            }
            anyLevel = true;
            String who = enterprise.id() + " " + enterprise.name();
            int scored = scoredLevel(system, level);
            for (int k = 0; k < Math.min(LEVELS, level.scores().size()); k++) {
                Explanation score = AppraisalExplanations.levelScore(who + " Y" + NUMERALS[k], enterprise.id(), level, k,
                        system.levelNames().get(k));
                List<String> names = List.of("Y~" + NUMERALS[k] + "~", "Y" + NUMERALS[k], "Y" + (k + 1));
                row.number("y" + (k + 1), level.score(k), Kind.PERCENT);
                // the level's details already list the score its rule read: no second hover for the same chain
                if (k == scored) {
                    row.traceInRow("y" + (k + 1), null, names, score);
                } else {
                    row.trace("y" + (k + 1), null, names, score);
                }
            }
            // the level carries the chain of the score that decided it: one hover per enterprise, not four
            row.text("limiting", limiting(system, level)).text("level", level.level())
                    .trace("level", null, List.of("评价等级", "得分"), levelExplanation(system, who, enterprise.id(), level));
            List<String> missingNames = level.indicators().stream()
                    .filter(score -> score.status() == IndicatorScore.Status.MISSING)
                    .map(score -> score.indicator().name()).toList();
            if (!missingNames.isEmpty()) {
                scoredZero.add(enterprise.name() + "（" + String.join("、", missingNames) + "）");
            }
            open.addAll(level.warnings());
        }
        if (!anyLevel) {
            return missing(VALUES);
        }
        String note = "Y~Ⅰ~、Y~Ⅱ~、Y~Ⅲ~ 为各级得分（满分 100）；评价等级按《" + AsciidocText.inline(system.name())
                + "》的定级规则。";
        if (!scoredZero.isEmpty()) {
            note += "以下企业缺少指标数据，按 0 分计（待补充）：" + AsciidocText.inline(String.join("；", scoredZero)) + "。";
        }
        return new TableRows(rows, List.of(), List.of(), Map.of("note", note), open);
    }

    /**
     * The level's 计算说明: the score the rule that held reads (the lowest level's when none held), the
     * rule in words in the figure's name.
     */
    private static Explanation levelExplanation(IndicatorSystem system, String who, String id, LevelResult level) {
        List<LevelRule> rules = system.rules().rules();
        int scored = scoredLevel(system, level);
        String rule;
        if (level.ruleIndex() < 0) {
            rule = "未满足任何定级规则";
        } else {
            LevelRule held = rules.get(level.ruleIndex());
            rule = "Y" + NUMERALS[held.scoreLevel()] + " ≥ " + FigureFormatter.plain(held.minScore())
                    + (held.limitingLevel() < 0 ? "" : "，限定性指标全部达到" + system.levelNames().get(held.limitingLevel()))
                    + (held.everyIndicatorLevel() < 0 ? "" : "，全部指标达到" + system.levelNames().get(held.everyIndicatorLevel()));
        }
        return AppraisalExplanations.levelScore(who + " 评价等级 " + level.level() + "（" + rule + "）：Y" + NUMERALS[scored],
                id, level, scored, system.levelNames().get(scored));
    }

    /** The level whose score the rule that held reads (the lowest level's when none held). */
    private static int scoredLevel(IndicatorSystem system, LevelResult level) {
        return level.ruleIndex() < 0 ? Math.min(LEVELS, level.scores().size()) - 1
                : system.rules().rules().get(level.ruleIndex()).scoreLevel();
    }

    /**
     * 限定性指标达标情况: the best level every applicable limiting indicator meets and, short of the
     * best level, the limiting indicators that miss the level above it.
     */
    private static String limiting(IndicatorSystem system, LevelResult level) {
        List<IndicatorScore> limiting = level.indicators().stream()
                .filter(score -> score.isApplicable() && score.indicator().limiting()).toList();
        if (limiting.isEmpty()) {
            return "无限定性指标";
        }
        List<String> names = system.levelNames();
        int best = level.limitingMet().indexOf(Boolean.TRUE);
        if (best == 0) {
            return "达到" + names.get(0);
        }
        // the next level up (the lowest when none is met) and the limiting indicators that miss it
        int target = best < 0 ? names.size() - 1 : best - 1;
        String falling = String.join("、", limiting.stream().filter(score -> !score.meets(target))
                .map(score -> score.indicator().name()).toList());
        return best < 0 ? "未达到" + names.get(target) + "（" + falling + "）"
                : "达到" + names.get(best) + "（未达" + names.get(target) + "：" + falling + "）";
    }

    /**
     * 2-11 指标对标分析: per indicator its benchmarks, the industry's best, median and worst value (4
     * significant digits in the indicator's unit) and the share of the enterprises with a value that
     * meet each level (to 0.1 %); a qualitative indicator shows how many enterprises reach each level.
     */
    static TableRows benchmarks(ProjectView view, TableOptions options) {
        IndicatorSystem system = view.project().data().indicatorSystem();
        if (system == null) {
            return missing(SYSTEM);
        }
        if (view.project().data().indicatorValues().isEmpty()) {
            return missing(VALUES);
        }
        List<Row> rows = new ArrayList<>();
        boolean anyLimiting = false;
        for (IndicatorBenchmark benchmark : view.results().benchmarks()) {
            Indicator indicator = benchmark.indicator();
            anyLimiting |= indicator.limiting();
            Row row = Row.of(view, null).text("indicator", indicator.name() + (indicator.limiting() ? "*" : ""))
                    .text("unit", indicator.unit());
            for (int k = 0; k < LEVELS && k < benchmark.shareMeeting().size(); k++) {
                row.figure("s" + (k + 1), benchmark.shareMeeting().get(k), Kind.PERCENT);
            }
            if (indicator.isQualitative()) {
                row.text("qualitative", "定性指标").text("counts", levelCounts(view, system, indicator));
            } else {
                for (int k = 0; k < LEVELS && k < indicator.benchmarks().size(); k++) {
                    row.number("b" + (k + 1), indicator.benchmarks().get(k), Kind.AS_GIVEN);
                }
                row.figure("best", benchmark.best(), Kind.INTENSITY).figure("median", benchmark.median(), Kind.INTENSITY)
                        .figure("worst", benchmark.worst(), Kind.INTENSITY);
            }
            rows.add(row);
        }
        String note = "企业比例以提供该指标数据的企业数为基数（不适用的企业不计）。" + (anyLimiting ? "* 为限定性指标。" : "");
        return new TableRows(rows, List.of(), List.of(), Map.of("note", note));
    }

    /** How many enterprises reach each level of a qualitative indicator: Ⅰ级 3家、Ⅱ级 5家 …. */
    private static String levelCounts(ProjectView view, IndicatorSystem system, Indicator indicator) {
        int[] counts = new int[system.levelCount() + 1];
        for (Map<String, IndicatorValue> values : view.project().data().indicatorValues().values()) {
            IndicatorValue value = values.get(indicator.id());
            if (value != null && value.kind() == IndicatorValue.Kind.QUALITATIVE) {
                counts[value.bestLevel() == null ? system.levelCount() : value.bestLevel()]++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < system.levelCount(); k++) {
            parts.add(system.levelNames().get(k) + " " + counts[k] + "家");
        }
        if (counts[system.levelCount()] > 0) {
            parts.add("未达到" + system.levelNames().get(system.levelCount() - 1) + " " + counts[system.levelCount()] + "家");
        }
        return String.join("、", parts);
    }

    private static TableRows missing(String source) {
        return new TableRows(List.of(), List.of(), List.of(source), Map.of());
    }
}
