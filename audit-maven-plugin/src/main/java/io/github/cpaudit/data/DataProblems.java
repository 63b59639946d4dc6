package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.AuditException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every problem found in the project's data: readers and checks add to it and carry on, so the
 * writer sees all of them at once instead of one per build.
 */
public final class DataProblems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Fails with every problem listed, one per line, when there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            StringBuilder text = new StringBuilder("项目数据有 " + problems.size() + " 处问题（invalid data），请逐条改正：");
            for (Problem problem : problems) {
                text.append(System.lineSeparator()).append("  ").append(problem.format());
            }
            throw new AuditException(text.toString());
        }
    }
}
