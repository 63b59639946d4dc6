package io.github.cpaudit.calc;

/** The benefit type of an option (减污降碳协同, formulas.md §7). */
public enum SynergyClass {
    /** Reduces CO2 (directly or through energy) and at least one pollutant. */
    SYNERGY("协同"),
    /** Reduces only CO2 or energy. */
    CARBON("降碳"),
    /** Reduces only pollutants. */
    POLLUTION("减污"),
    /** Reduces neither (e.g. only water or materials). */
    NONE("其他");

    private final String chinese;

    SynergyClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
