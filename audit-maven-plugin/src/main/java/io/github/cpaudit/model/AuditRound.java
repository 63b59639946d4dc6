package io.github.cpaudit.model;

/**
 * One audit round of a comparison: what the report calls it, its year and its data.
 *
 * @param name e.g. 审核基准年（2025 年）
 * @param year the round's data year
 * @param data the round's records (roster, options and targets as the round's project has them)
 */
public record AuditRound(String name, int year, AuditData data) {
}
