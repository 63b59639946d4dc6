package io.github.cpaudit.render;

/** TODO(issue 5): computed tables of this group. */
final class EvaluationSheets {

    private EvaluationSheets() {
    }

    static void register(ComputedTables tables) {
    }
}
