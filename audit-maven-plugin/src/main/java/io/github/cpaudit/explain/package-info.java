/**
 * {@code audit:explain}: the chain of a computed figure or table cell printed for the console, its
 * formula, input rows and coefficients ({@link io.github.cpaudit.explain.FigureExplainer}).
 */
package io.github.cpaudit.explain;
