package io.github.cpaudit.render;

/** TODO(issue 5): computed tables of this group. */
final class OptionSheets {

    private OptionSheets() {
    }

    static void register(ComputedTables tables) {
    }
}
