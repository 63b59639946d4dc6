package io.github.cpaudit.catalog;

import io.github.cpaudit.engine.ProjectView;

/**
 * How a named table, chart or value is computed from the loaded project: the one shape behind
 * every name of the {@link Registry}.
 *
 * @param <R> what it computes (a table's rows, a chart's values, a figure)
 */
@FunctionalInterface
public interface Computation<R> {

    /**
     * @param name    the name asked for (for a family, the member: {@code levels.Ⅱ级.count})
     * @param options the macro's options ({@code top=}, {@code enterprise=} …)
     */
    R compute(ProjectView view, String name, TableOptions options);
}
