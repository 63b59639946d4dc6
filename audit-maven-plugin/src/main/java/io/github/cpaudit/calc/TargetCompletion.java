package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Direction;

import java.math.BigDecimal;

/**
 * 完成情况 of a cleaner-production target (worksheet 2-15): 达到 when the post-implementation value
 * meets the target in the indicator's direction, else 未达到 with the gap.
 */
public final class TargetCompletion {

    /**
     * @param achieved whether the target is met
     * @param gap      how far the value falls short (≤: value − target; ≥: target − value); 0 when met
     */
    public record Result(boolean achieved, BigDecimal gap) {

        /** {@code 达到} or {@code 未达到}. */
        public String chinese() {
            return achieved ? "达到" : "未达到";
        }
    }

    private TargetCompletion() {
    }

    public static Result assess(Direction direction, BigDecimal target, BigDecimal actual) {
        if (direction == Direction.QUALITATIVE) {
            throw new AuditException("定性指标的目标不能按数值判断完成情况（qualitative target）。");
        }
        if (direction.meets(actual, target)) {
            return new Result(true, BigDecimal.ZERO);
        }
        BigDecimal gap = direction == Direction.LOWER_IS_BETTER ? actual.subtract(target) : target.subtract(actual);
        return new Result(false, gap);
    }
}
