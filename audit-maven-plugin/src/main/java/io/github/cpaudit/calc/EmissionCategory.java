package io.github.cpaudit.calc;

/** The columns of worksheet 2-8 an emission belongs to. */
public enum EmissionCategory {
    FUEL_COMBUSTION("化石燃料燃烧排放"),
    PURCHASED_ELECTRICITY("净购入电力排放"),
    PURCHASED_HEAT("净购入热力排放"),
    PROCESS("工业过程排放");

    private final String chinese;

    EmissionCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
