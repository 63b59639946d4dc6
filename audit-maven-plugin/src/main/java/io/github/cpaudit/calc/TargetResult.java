package io.github.cpaudit.calc;

import io.github.cpaudit.model.Target;

/**
 * 完成情况 of a target (worksheet 2-15), judged only when the post-implementation value exists.
 *
 * @param target   the target as mapped
 * @param nearTerm against the near-term target, or {@code null} when either value is missing
 * @param longTerm against the long-term target, or {@code null} when either value is missing
 */
public record TargetResult(Target target, TargetCompletion.Result nearTerm, TargetCompletion.Result longTerm) {
}
