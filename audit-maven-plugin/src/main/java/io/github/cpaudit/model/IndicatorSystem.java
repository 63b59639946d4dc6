package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An industry's indicator system (清洁生产评价指标体系) as data: levels, first-level indicators with
 * their second-level indicators, and the rule set that turns scores into a level.
 *
 * <p>Constructing one validates it and lists every problem at once: first-level weights sum to 1;
 * second-level weights sum to 1 within their first-level indicator, or to its weight w_i (absolute
 * weights, then divided by w_i here); any other sum is an error naming the first-level indicator,
 * never a silent rescale; benchmarks must not contradict the direction.
 *
 * @param name       the system's name and source (e.g. {@code 电镀行业清洁生产评价指标体系（2015）})
 * @param levelNames the benchmark levels, best first (e.g. Ⅰ级, Ⅱ级, Ⅲ级)
 * @param firstLevel the first-level indicators
 * @param rules      how scores become a level
 */
public record IndicatorSystem(String name, List<String> levelNames, List<FirstLevelIndicator> firstLevel,
        LevelRuleSet rules) {

    /** Sums of weights may differ from their target by this much (writers' long expansions of 1/3). */
    public static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("1e-6");

    public IndicatorSystem {
        levelNames = List.copyOf(levelNames);
        List<String> problems = new ArrayList<>();
        firstLevel = normalised(firstLevel, levelNames.size(), problems);
        checkRules(rules, levelNames.size(), problems);
        if (!problems.isEmpty()) {
            throw new AuditException("指标体系“" + name + "”有误（invalid indicator system）：\n- "
                    + String.join("\n- ", problems));
        }
    }

    /** Every second-level indicator, group members included, in order. */
    public List<Indicator> indicators() {
        return firstLevel.stream().flatMap(first -> first.indicators().stream()).toList();
    }

    public int levelCount() {
        return levelNames.size();
    }

    private static List<FirstLevelIndicator> normalised(List<FirstLevelIndicator> firstLevel, int levels,
            List<String> problems) {
        if (levels == 0) {
            problems.add("没有定义评价级别（no levels）");
        }
        BigDecimal firstSum = BigDecimal.ZERO;
        Set<String> ids = new HashSet<>();
        List<FirstLevelIndicator> result = new ArrayList<>();
        for (FirstLevelIndicator first : firstLevel) {
            if (first.weight() == null || first.weight().signum() <= 0) {
                problems.add("一级指标“" + first.name() + "”的权重缺失或不为正数（first-level weight missing）");
                continue;
            }
            firstSum = firstSum.add(first.weight());
            result.add(normalised(first, levels, ids, problems));
        }
        if (!firstLevel.isEmpty() && !near(firstSum, BigDecimal.ONE)) {
            problems.add("一级指标权重之和为 " + firstSum.toPlainString() + "，应为 1（first-level weights must sum to 1）");
        }
        if (firstLevel.isEmpty()) {
            problems.add("没有一级指标（no first-level indicators）");
        }
        return List.copyOf(result);
    }

    private static FirstLevelIndicator normalised(FirstLevelIndicator first, int levels, Set<String> ids,
            List<String> problems) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorItem item : first.items()) {
            if (item.weight() == null || item.weight().signum() <= 0) {
                problems.add("一级指标“" + first.name() + "”下的“" + item.name()
                        + "”权重缺失或不为正数（second-level weight missing）");
            } else {
                sum = sum.add(item.weight());
            }
            checkItem(item, levels, ids, problems);
        }
        if (first.items().isEmpty()) {
            problems.add("一级指标“" + first.name() + "”下没有二级指标（no second-level indicators）");
            return first;
        }
        if (near(sum, BigDecimal.ONE)) {
            return first;
        }
        if (near(sum, first.weight())) {
            // absolute second-level weights (summing to w_i): make them relative to the first-level indicator
            List<IndicatorItem> items = new ArrayList<>();
            for (IndicatorItem item : first.items()) {
                BigDecimal relative = item.weight() == null ? null
                        : item.weight().divide(first.weight(), MathContext.DECIMAL128);
                items.add(item instanceof Indicator indicator ? indicator.withWeight(relative)
                        : ((IndicatorGroup) item).withWeight(relative));
            }
            return new FirstLevelIndicator(first.id(), first.name(), first.weight(), items);
        }
        problems.add("一级指标“" + first.name() + "”下二级指标权重之和为 " + sum.toPlainString() + "，应为 1 或该一级指标的权重 "
                + first.weight().toPlainString() + "（second-level weights must sum to 1 or to w_i）");
        return first;
    }

    private static void checkItem(IndicatorItem item, int levels, Set<String> ids, List<String> problems) {
        if (!ids.add(item.id())) {
            problems.add("指标编号“" + item.id() + "”重复（duplicate indicator id）");
        }
        if (item instanceof Indicator indicator) {
            checkIndicator(indicator, levels, problems);
        } else if (item instanceof IndicatorGroup group) {
            if (group.members().isEmpty()) {
                problems.add("指标组“" + group.name() + "”没有成员（empty group）");
            }
            for (Indicator member : group.members()) {
                if (!ids.add(member.id())) {
                    problems.add("指标编号“" + member.id() + "”重复（duplicate indicator id）");
                }
                if (member.weight() != null) {
                    problems.add("指标组“" + group.name() + "”的成员“" + member.name()
                            + "”不应有自己的权重：组的权重在企业适用的成员间平均分配（group member weight）");
                }
                checkIndicator(member, levels, problems);
            }
        }
    }

    private static void checkIndicator(Indicator indicator, int levels, List<String> problems) {
        if (indicator.isQualitative()) {
            if (!indicator.benchmarks().isEmpty()) {
                problems.add("定性指标“" + indicator.name() + "”不应有基准值（qualitative indicator with benchmarks）");
            }
            return;
        }
        List<BigDecimal> benchmarks = indicator.benchmarks();
        if (benchmarks.size() != levels) {
            problems.add("指标“" + indicator.name() + "”应有 " + levels + " 个级别的基准值，实际为 " + benchmarks.size()
                    + " 个（benchmark count）");
            return;
        }
        for (int level = 1; level < levels; level++) {
            // a better level's benchmark must itself meet the next level's (≤: 8 ≤ 24 ≤ 40)
            if (!indicator.direction().meets(benchmarks.get(level - 1), benchmarks.get(level))) {
                problems.add("指标“" + indicator.name() + "”的基准值顺序与方向“" + indicator.direction().symbol()
                        + "”矛盾（benchmark order contradicts direction）：" + benchmarks.stream()
                        .map(BigDecimal::toPlainString).toList());
                return;
            }
        }
    }

    private static void checkRules(LevelRuleSet rules, int levels, List<String> problems) {
        if (rules == null || rules.rules().isEmpty()) {
            problems.add("没有定级规则（no level rules）");
            return;
        }
        for (LevelRule rule : rules.rules()) {
            if (rule.scoreLevel() < 0 || rule.scoreLevel() >= levels || rule.limitingLevel() >= levels
                    || rule.everyIndicatorLevel() >= levels) {
                problems.add("定级规则“" + rule.name() + "”引用了不存在的级别（rule refers to an unknown level）");
            }
        }
    }

    private static boolean near(BigDecimal value, BigDecimal target) {
        return value.subtract(target).abs().compareTo(WEIGHT_TOLERANCE) <= 0;
    }
}
