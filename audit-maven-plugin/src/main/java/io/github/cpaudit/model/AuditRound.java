package io.github.cpaudit.model;

/**
 * One audit round of a comparison: what the report calls it, its year and its data.
 *
 * @param name   e.g. 审核基准年（2025 年）
 * @param year   the round's data year
 * @param data   the round's records (roster, options and targets as the round's project has them)
 * @param folder where the round's data files lie, as seen from the project ({@code ../电镀-2022/} for a
 *               previous project's round), or an empty string for the project's own folder: a 计算说明
 *               names a previous round's rows by it
 */
public record AuditRound(String name, int year, AuditData data, String folder) {

    public AuditRound {
        folder = folder == null ? "" : folder;
    }

    /** A round whose rows lie in the project's own data files. */
    public AuditRound(String name, int year, AuditData data) {
        this(name, year, data, "");
    }
}
