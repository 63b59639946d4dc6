/**
 * What a document can ask for by name: the Appendix A worksheets ({@link
 * io.github.cpaudit.catalog.WorksheetCatalog}), the Appendix B items ({@link
 * io.github.cpaudit.catalog.Checklist}), and the one {@link io.github.cpaudit.catalog.Registry} of
 * every computed worksheet, report table, chart and value, each a {@link
 * io.github.cpaudit.catalog.Named} {@link io.github.cpaudit.catalog.Computation}; the macros' options
 * and the error for an unknown name or option.
 */
package io.github.cpaudit.catalog;
