/**
 * Pure calculations of formulas.md: standard coal, CO2, unit consumption, the 通则 cleaner-production
 * level, benchmarking and potential, weighted-sum ranking, option economics, derived percentages and
 * checks, the 减污降碳协同 roll-up, and the one presentation formatter; {@link
 * io.github.cpaudit.calc.AuditCalculation} runs all of them on a project's data into
 * {@link io.github.cpaudit.calc.AuditResults}. No I/O, no Asciidoctor or Maven
 * types, no static mutable state; BigDecimal (DECIMAL128) at full precision, rounded only by
 * {@link io.github.cpaudit.calc.FigureFormatter}. A value the spec calls "an error" is an
 * {@link io.github.cpaudit.problem.AuditException}; a figure that cannot exist (zero output, no IRR) is a
 * {@link io.github.cpaudit.model.Figure} without value.
 */
package io.github.cpaudit.calc;
