/**
 * Collection workbooks: {@code audit:forms} writes one XLSX per enterprise from the schema, and
 * {@code audit:collect} reads the returned workbooks back into the project's data tables.
 * {@link io.github.cpaudit.intake.FormLayout} is the contract between the two.
 */
package io.github.cpaudit.intake;
