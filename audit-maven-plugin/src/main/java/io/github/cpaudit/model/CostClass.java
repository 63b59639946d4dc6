package io.github.cpaudit.model;

import java.util.Optional;

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

    /** Reads a class as the data and {@code audit.yaml} write it (无低费 or 无/低费, 中费, 高费). */
    public static Optional<CostClass> parse(String text) {
        String key = text == null ? "" : text.strip().replace("/", "");
        for (CostClass costClass : values()) {
            if (costClass.chinese.replace("/", "").equals(key)) {
                return Optional.of(costClass);
            }
        }
        return Optional.empty();
    }
}
