package io.github.cpaudit.render;

/** TODO(issue 5): computed tables of this group. */
final class ReportTables {

    private ReportTables() {
    }

    static void register(ComputedTables tables) {
    }
}
