/**
 * The report's charts: what each shows, computed from the same results as the tables
 * ({@link io.github.cpaudit.charts.ReportCharts} → {@link io.github.cpaudit.charts.ChartSpec}), and
 * drawn to PNG with JFreeChart ({@link io.github.cpaudit.charts.ChartPainter}).
 */
package io.github.cpaudit.charts;
