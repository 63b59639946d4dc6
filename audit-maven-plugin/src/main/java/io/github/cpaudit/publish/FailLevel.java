package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;

import io.github.cpaudit.problem.Severity;

import java.util.Locale;

/** The lowest severity of a problem that fails the build. */
public enum FailLevel {
    INFO(Severity.INFO, "信息"),
    WARN(Severity.WARN, "警告"),
    ERROR(Severity.ERROR, "错误"),
    FATAL(Severity.FATAL, "严重错误");

    private final Severity severity;
    private final String chinese;

    FailLevel(Severity severity, String chinese) {
        this.severity = severity;
        this.chinese = chinese;
    }

    public boolean isReachedBy(Severity problemSeverity) {
        return problemSeverity.ordinal() >= severity.ordinal();
    }

    /** The level's Chinese name followed by its key, e.g. {@code 警告（WARN）}. */
    public String label() {
        return chinese + "（" + name() + "）";
    }

    public static FailLevel parse(String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (name.equals("WARNING")) {
            return WARN;
        }
        for (FailLevel level : values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        throw new AuditException("未知的失败级别（unknown fail level）：“" + value
                + "”。参数 failLevel（audit.failLevel）只接受 INFO、WARN、ERROR、FATAL。");
    }
}
