package io.github.cpaudit;

import java.util.Locale;

/**
 * The mode of a build (DESIGN.md): in {@code draft} open items are warnings and the draft still
 * renders; in {@code final} they are errors and the build fails listing every place. The document
 * attribute {@code audit-mode} carries it to the extensions.
 */
public enum AuditMode {
    DRAFT("草稿"),
    FINAL("定稿");

    /** The document attribute that sets the mode. */
    public static final String ATTRIBUTE = "audit-mode";

    private final String chinese;

    AuditMode(String chinese) {
        this.chinese = chinese;
    }

    /** {@code draft} or {@code final}, as the writer spells it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode's Chinese name followed by its key, e.g. {@code 定稿（final）}. */
    public String label() {
        return chinese + "（" + key() + "）";
    }

    /** Parses the parameter {@code audit.mode}; anything but draft or final is refused in Chinese. */
    public static AuditMode parse(String value) {
        String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (AuditMode mode : values()) {
            if (mode.key().equals(key)) {
                return mode;
            }
        }
        throw new AuditException("参数 audit.mode 的值不对（bad mode）：应为 draft（草稿）或 final（定稿），实为“"
                + value + "”。");
    }
}
