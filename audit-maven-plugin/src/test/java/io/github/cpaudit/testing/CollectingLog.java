package io.github.cpaudit.testing;

import io.github.cpaudit.publish.PublishLog;
import java.util.ArrayList;
import java.util.List;

/** A publishing log that keeps what it is told, by level, for tests to assert on. */
public final class CollectingLog implements PublishLog {

    public final List<String> infos = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    /** Warnings and errors, each prefixed with its level. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        warnings.forEach(w -> problems.add("WARN " + w));
        errors.forEach(e -> problems.add("ERROR " + e));
        return problems;
    }
}
