/**
 * 评估与验收: the figures the provincial authority collects from an audit (per enterprise, per
 * option, per 3-1 item) as tables with stable column names ({@link io.github.cpaudit.assessment.ExportSheet}),
 * written as CSV files and one XLSX workbook; no Maven types.
 */
package io.github.cpaudit.assessment;
