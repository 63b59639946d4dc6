/**
 * The computed tables: every worksheet of Appendix A and the report's own tables as rows computed
 * from the loaded project ({@link io.github.cpaudit.tables.ComputedTables} lists them), printed as
 * AsciiDoc through one Velocity template each that a project may override
 * ({@link io.github.cpaudit.tables.TableRenderer}, {@link io.github.cpaudit.tables.TemplateResolver});
 * every value from data escaped ({@link io.github.cpaudit.tables.AsciidocText}); the blank forms.
 */
package io.github.cpaudit.tables;
