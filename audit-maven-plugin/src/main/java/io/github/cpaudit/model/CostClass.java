package io.github.cpaudit.model;

/** An option's cost class by its investment; the limits are the project's (see {@link CostClassLimits}). */
public enum CostClass {
    NO_OR_LOW("无/低费"),
    MEDIUM("中费"),
    HIGH("高费");

    private final String chinese;

    CostClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
