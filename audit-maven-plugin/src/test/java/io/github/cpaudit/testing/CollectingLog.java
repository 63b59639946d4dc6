package io.github.cpaudit.testing;

import io.github.cpaudit.publish.PublishLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A publishing log that keeps what it is told, by level, for tests to assert on; HTML and PDF may
 * log at once from two threads, so the lists are synchronized.
 */
public final class CollectingLog implements PublishLog {

    public final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    public final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    /** Every info message prefixed with the name of the thread that logged it and a space. */
    public final List<String> infoThreads = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        infos.add(message);
        infoThreads.add(Thread.currentThread().getName() + " " + message);
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
