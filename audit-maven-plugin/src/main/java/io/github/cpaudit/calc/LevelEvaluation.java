package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.FirstLevelIndicator;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorGroup;
import io.github.cpaudit.model.IndicatorItem;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.LevelRule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cleaner-production level by the 通则 method (formulas.md §3):
 * Y_gk = Σ_i w_i · Σ_j ω_ij · Y_gk(x_ij), with not-applicable indicators left out and their siblings'
 * weights scaled up to sum to 1 (a first-level indicator with nothing applicable is left out the same
 * way), then the system's level rules. BigDecimal (DECIMAL128) with a 1e-9 tolerance at thresholds,
 * so that re-weighting by 1/3 cannot turn "every indicator meets Ⅲ" into 99.999… &lt; 100.
 */
public final class LevelEvaluation {

    /** Scores within this of a threshold count as reaching it. */
    public static final BigDecimal THRESHOLD_TOLERANCE = new BigDecimal("1e-9");

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private LevelEvaluation() {
    }

    /**
     * @param system     the indicator system
     * @param enterprise the enterprise's name (for warnings)
     * @param values     the enterprise's values by indicator id; an indicator absent here is missing
     */
    public static LevelResult evaluate(IndicatorSystem system, String enterprise, Map<String, IndicatorValue> values) {
        int levels = system.levelCount();
        List<IndicatorScore> scores = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        BigDecimal applicableFirstSum = BigDecimal.ZERO;
        for (FirstLevelIndicator first : system.firstLevel()) {
            if (applicableWeight(first, values).signum() > 0) {
                applicableFirstSum = applicableFirstSum.add(first.weight());
            }
        }
        if (applicableFirstSum.signum() == 0) {
            throw new AuditException("企业“" + enterprise + "”的全部指标都不适用（no applicable indicator），无法评价清洁生产水平。");
        }

        for (FirstLevelIndicator first : system.firstLevel()) {
            BigDecimal itemSum = applicableWeight(first, values);
            // scale applicable first-level weights and applicable items' weights up to sum to 1
            BigDecimal firstWeight = itemSum.signum() == 0 ? BigDecimal.ZERO
                    : first.weight().divide(applicableFirstSum, MC);
            for (IndicatorItem item : first.items()) {
                if (item instanceof Indicator indicator) {
                    BigDecimal weight = isApplicable(indicator, values) && itemSum.signum() > 0
                            ? firstWeight.multiply(indicator.weight().divide(itemSum, MC), MC) : BigDecimal.ZERO;
                    scores.add(score(indicator, first, weight, values, levels, enterprise, warnings));
                } else if (item instanceof IndicatorGroup group) {
                    long applicableMembers = group.members().stream().filter(m -> isApplicable(m, values)).count();
                    BigDecimal memberWeight = applicableMembers == 0 ? BigDecimal.ZERO
                            : firstWeight.multiply(group.weight().divide(itemSum, MC), MC)
                                    .divide(BigDecimal.valueOf(applicableMembers), MC);
                    for (Indicator member : group.members()) {
                        BigDecimal weight = isApplicable(member, values) ? memberWeight : BigDecimal.ZERO;
                        scores.add(score(member, first, weight, values, levels, enterprise, warnings));
                    }
                }
            }
        }

        List<BigDecimal> levelScores = new ArrayList<>();
        List<Boolean> limitingMet = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean limiting = true;
            for (IndicatorScore score : scores) {
                if (score.meets(level)) {
                    sum = sum.add(score.weight().multiply(HUNDRED, MC), MC);
                }
                if (score.isApplicable() && score.indicator().limiting() && !score.meets(level)) {
                    limiting = false;
                }
            }
            levelScores.add(sum);
            limitingMet.add(limiting);
        }

        List<LevelRule> rules = system.rules().rules();
        for (int index = 0; index < rules.size(); index++) {
            LevelRule rule = rules.get(index);
            if (holds(rule, levelScores, limitingMet, scores)) {
                return new LevelResult(enterprise, levelScores, rule.name(), rule.description(), index, limitingMet,
                        scores, warnings);
            }
        }
        return new LevelResult(enterprise, levelScores, system.rules().belowAll(), "", -1, limitingMet, scores,
                warnings);
    }

    private static boolean holds(LevelRule rule, List<BigDecimal> levelScores, List<Boolean> limitingMet,
            List<IndicatorScore> scores) {
        BigDecimal score = levelScores.get(rule.scoreLevel());
        if (score.compareTo(rule.minScore().subtract(THRESHOLD_TOLERANCE)) < 0) {
            return false;
        }
        if (rule.limitingLevel() >= 0 && !limitingMet.get(rule.limitingLevel())) {
            return false;
        }
        return rule.everyIndicatorLevel() < 0 || scores.stream()
                .filter(IndicatorScore::isApplicable).allMatch(s -> s.meets(rule.everyIndicatorLevel()));
    }

    /** Σ of the weights of the items that apply (a group applies when one of its members does). */
    private static BigDecimal applicableWeight(FirstLevelIndicator first, Map<String, IndicatorValue> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorItem item : first.items()) {
            boolean applies = item instanceof Indicator indicator ? isApplicable(indicator, values)
                    : ((IndicatorGroup) item).members().stream().anyMatch(m -> isApplicable(m, values));
            if (applies) {
                sum = sum.add(item.weight());
            }
        }
        return sum;
    }

    private static boolean isApplicable(Indicator indicator, Map<String, IndicatorValue> values) {
        IndicatorValue value = values.get(indicator.id());
        return value == null || value.kind() != IndicatorValue.Kind.NOT_APPLICABLE;
    }

    private static IndicatorScore score(Indicator indicator, FirstLevelIndicator first, BigDecimal weight,
            Map<String, IndicatorValue> values, int levels, String enterprise, List<String> warnings) {
        IndicatorValue value = values.get(indicator.id());
        if (value == null) {
            warnings.add("企业“" + enterprise + "”缺少指标“" + indicator.name() + "”的数据（missing value），按 0 分计。");
            return new IndicatorScore(indicator, first.id(), IndicatorScore.Status.MISSING, weight, null, null);
        }
        if (value.kind() == IndicatorValue.Kind.NOT_APPLICABLE) {
            return new IndicatorScore(indicator, first.id(), IndicatorScore.Status.NOT_APPLICABLE, BigDecimal.ZERO,
                    null, value);
        }
        return new IndicatorScore(indicator, first.id(), IndicatorScore.Status.SCORED, weight,
                bestLevel(indicator, value, levels, enterprise), value);
    }

    private static Integer bestLevel(Indicator indicator, IndicatorValue value, int levels, String enterprise) {
        if (indicator.isQualitative()) {
            if (value.kind() != IndicatorValue.Kind.QUALITATIVE) {
                throw new AuditException("企业“" + enterprise + "”的定性指标“" + indicator.name()
                        + "”应填写达到的级别，而不是数值（qualitative indicator needs a level）。");
            }
            Integer level = value.bestLevel();
            if (level != null && (level < 0 || level >= levels)) {
                throw new AuditException("企业“" + enterprise + "”的指标“" + indicator.name() + "”填写了不存在的级别（unknown level）。");
            }
            return level;
        }
        if (value.kind() != IndicatorValue.Kind.MEASURED || value.number() == null) {
            throw new AuditException("企业“" + enterprise + "”的定量指标“" + indicator.name()
                    + "”应填写数值（quantitative indicator needs a number）。");
        }
        for (int level = 0; level < levels; level++) {
            if (indicator.direction().meets(value.number(), indicator.benchmarks().get(level))) {
                return level;
            }
        }
        return null;
    }
}
