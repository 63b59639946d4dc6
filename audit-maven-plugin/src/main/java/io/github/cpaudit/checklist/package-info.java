/**
 * Appendix B completeness: each enterprise's status of every checklist item from the project's data
 * ({@link io.github.cpaudit.checklist.ChecklistStatuses}), the conditions that make an item required
 * and the gaps ({@link io.github.cpaudit.checklist.ChecklistCompleteness}); read by worksheet 1-4 and
 * by {@code audit:check} alike.
 */
package io.github.cpaudit.checklist;
