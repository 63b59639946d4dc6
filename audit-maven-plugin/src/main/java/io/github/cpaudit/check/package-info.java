/**
 * {@code audit:check}: what is missing, wrong or unfilled in an audit project, and what a reviewer
 * must not miss, in one {@link io.github.cpaudit.check.CheckReport}: the data problems with their
 * cells, Appendix B completeness per enterprise (conditional items only where their condition holds
 * in the data), the findings, and the open items of the document found by converting it as
 * {@code audit:report} does ({@link io.github.cpaudit.publish.DocumentScan}, nothing written). The
 * report prints as a short Chinese summary and is written as {@code check.json}. No Maven types.
 */
package io.github.cpaudit.check;
