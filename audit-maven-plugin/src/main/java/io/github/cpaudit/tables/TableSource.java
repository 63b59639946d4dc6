package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;

/** Computes the rows of one table (a worksheet or a report table) from the loaded project. */
@FunctionalInterface
public interface TableSource {

    TableRows rows(ProjectView view, TableOptions options);
}
