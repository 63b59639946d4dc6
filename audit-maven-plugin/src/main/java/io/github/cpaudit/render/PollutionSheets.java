package io.github.cpaudit.render;

/** TODO(issue 5): computed tables of this group. */
final class PollutionSheets {

    private PollutionSheets() {
    }

    static void register(ComputedTables tables) {
    }
}
