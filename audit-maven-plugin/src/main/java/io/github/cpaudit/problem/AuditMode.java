package io.github.cpaudit.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * Parses the attribute {@code audit-mode} as a build passes it: a trailing {@code @} (a default
     * the document may override) is not part of the mode; no value is draft.
     */
    public static AuditMode ofAttribute(String value) {
        return value == null ? DRAFT : parse(value.replaceFirst("@$", ""));
    }

    /** Parses the parameter {@code audit.mode}; anything but draft or final is refused in Chinese. */
    public static AuditMode parse(String value) {
        return find(value).orElseThrow(() -> new AuditException(
                "参数 audit.mode 的值不对（bad mode）：应为 draft（草稿）或 final（定稿），实为“" + value + "”。"));
    }

    /** The mode a document's attribute names; a value that is no mode is draft (the build refused it). */
    public static AuditMode ofDocument(Object value) {
        return find(value == null ? null : value.toString()).orElse(DRAFT);
    }

    private static Optional<AuditMode> find(String value) {
        String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.key().equals(key)).findFirst();
    }
}
