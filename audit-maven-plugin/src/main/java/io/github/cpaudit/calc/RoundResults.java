package io.github.cpaudit.calc;

import io.github.cpaudit.model.AuditRounds;
import io.github.cpaudit.model.Target;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two audit rounds compared, over the enterprises both hold data for.
 *
 * @param rounds      the rounds and what the report calls them
 * @param earlier     the earlier round's calculation, which the 计算说明 of its figures read
 * @param later       the later round's calculation
 * @param grid        each round's grid factor (tCO2/MWh): CO2 moves with it as well as with electricity
 * @param enterprises per enterprise, in the later round's roster order
 * @param totals      the industry totals: 综合能耗, CO2, 新鲜水, then each pollutant discharged
 * @param levels      how many enterprises reach each cleaner-production level in each round
 * @param options     each implemented option's claimed effect against the change measured
 * @param targets     the earlier round's targets with both rounds' values
 */
public record RoundResults(AuditRounds rounds, AuditResults earlier, AuditResults later, RoundChange grid, List<EnterpriseChange> enterprises,
        List<ItemChange> totals, List<LevelCount> levels, List<OptionCheck> options, List<TargetCheck> targets) {

    public RoundResults {
        enterprises = List.copyOf(enterprises);
        totals = List.copyOf(totals);
        levels = List.copyOf(levels);
        options = List.copyOf(options);
        targets = List.copyOf(targets);
    }

    /**
     * One enterprise in both rounds.
     *
     * @param water       新鲜水 in m³, sides {@code null} where a round has no water data
     * @param levelBefore the earlier round's level, or {@code null} without an evaluation
     * @param levelAfter  the later round's level, or {@code null}
     */
    public record EnterpriseChange(String id, String name, RoundChange tce, RoundChange co2, RoundChange water,
            String levelBefore, String levelAfter) {
    }

    /**
     * An industry total in both rounds.
     *
     * @param item        综合能耗, 二氧化碳排放量, 新鲜水量 or the pollutant as written
     * @param unit        the unit both sides are in
     * @param enterprises how many enterprises count in it (those with the item in both rounds)
     */
    public record ItemChange(String item, String unit, RoundChange change, int enterprises) {
    }

    /** A level and how many enterprises reach it in each round. */
    public record LevelCount(String level, int before, int after) {
    }

    /**
     * An implemented option's claimed reduction of one item against the reduction measured between
     * the rounds (GB/T 13234's product approach: the earlier round's amount scaled to the later
     * round's output, minus the later round's amount).
     *
     * @param option      方案编号
     * @param name        方案名称
     * @param item        the 3-1 item with its unit, e.g. 新鲜水（m³）
     * @param claimed     the option's own claimed reduction
     * @param jointWith   the other options checked together with it (claims on the same item in
     *                    overlapping enterprises cannot be told apart), empty when alone
     * @param claimedJoint the claims summed over the option and {@code jointWith}
     * @param before      the earlier round's amount of the item summed over the enterprises the
     *                    measurement counts (as entered, not scaled by output), or {@code null}
     *                    when it counts none
     * @param after       the later round's amount over the same enterprises, or {@code null}
     * @param measured    the reduction measured over their enterprises, or {@code null} when the
     *                    rounds' data have no such item
     * @param enterprises how many enterprises the measurement covers
     * @param scaled      whether the earlier amounts were scaled by output (false when an
     *                    enterprise's outputs do not share one unit: the raw difference is used)
     * @param difference  (measured − claimed) / claimed × 100 %, or {@code null}
     * @param verified    measured reaches the claim within the tolerance; {@code null} when not measurable
     */
    public record OptionCheck(String option, String name, String item, BigDecimal claimed, List<String> jointWith,
            BigDecimal claimedJoint, BigDecimal before, BigDecimal after, BigDecimal measured, int enterprises, boolean scaled, BigDecimal difference,
            Boolean verified) {

        public OptionCheck {
            jointWith = List.copyOf(jointWith);
        }
    }

    /**
     * A target of the earlier round with both rounds' values.
     *
     * @param target   the target as written
     * @param basis    how the industry value is formed (Chinese), or why it cannot be
     * @param before   the earlier round's value, or {@code null}
     * @param after    the later round's value, or {@code null}
     * @param nearTerm 完成情况 against the near-term target, or {@code null}
     * @param longTerm against the long-term target, or {@code null}
     * @param beforeTrace how {@code before} came about (the rounds' rows, or the target's own row)
     * @param afterTrace  how {@code after} came about
     */
    public record TargetCheck(Target target, String basis, BigDecimal before, BigDecimal after,
            TargetCompletion.Result nearTerm, TargetCompletion.Result longTerm, Explanation beforeTrace,
            Explanation afterTrace) {

        /** The basis of a target the rounds' data cannot form: its values are the row's. */
        public static final String AS_WRITTEN = "按目标表所填（无法由两轮数据计算）";

        /** Whether both values were computed from the rounds' data. */
        public boolean computed() {
            return !basis.equals(AS_WRITTEN);
        }

        /** How its values print: computed ones a percentage to 0.1 or 4 significant digits, typed ones as typed. */
        public FigureFormatter.Kind kind() {
            return kind(basis, target.unit());
        }

        static FigureFormatter.Kind kind(String basis, String unit) {
            return basis.equals(AS_WRITTEN) ? FigureFormatter.Kind.AS_GIVEN
                    : unit.strip().equals("%") ? FigureFormatter.Kind.PERCENT : FigureFormatter.Kind.INTENSITY;
        }
    }

    /** Whether any comparable enterprise has a level in either round. */
    public boolean hasLevels() {
        return !levels.isEmpty();
    }

    /** The tolerance of the option checks, in percent. */
    public BigDecimal tolerance() {
        return rounds.tolerance();
    }
}
