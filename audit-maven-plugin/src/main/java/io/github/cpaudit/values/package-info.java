/**
 * The figures a sentence can quote with {@code audit:value[KEY]}, each with its rounding
 * ({@link io.github.cpaudit.values.FigureValues}).
 */
package io.github.cpaudit.values;
