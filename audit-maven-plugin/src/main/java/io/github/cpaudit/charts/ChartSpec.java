package io.github.cpaudit.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chart shows, before a chart library draws it: the values from the project's computed
 * results (the same ones the tables print) and every text the chart carries, labels already
 * formatted by the one {@link io.github.cpaudit.calc.FigureFormatter}.
 *
 * @param type          how the values are drawn
 * @param title         the default caption (the macro's {@code title=} replaces it)
 * @param categoryAxis  the category axis's label, or an empty string (pie)
 * @param valueAxis     the value axis's label with its unit, e.g. {@code 综合能耗（tce）}
 * @param secondaryAxis the second value axis's label (the Pareto's cumulative %), or an empty string
 * @param categories    the categories (bars, slices) in drawing order
 * @param series        one or more series, each with a value and a label per category
 * @param missing       the data tables that have nothing for this chart (then it is an open item)
 */
public record ChartSpec(Type type, String title, String categoryAxis, String valueAxis, String secondaryAxis,
        List<String> categories, List<Series> series, List<String> missing) {

    /** The kinds of chart the report uses. */
    public enum Type {
        /** Vertical bars, one series (counts per level). */
        COLUMNS,
        /** Horizontal bars, one or more series side by side (long names: enterprises, items). */
        BARS,
        /** Bars sorted descending on the left axis, their cumulative percentage as a line on the right. */
        PARETO,
        /** Slices of a whole; the labels carry name and share. */
        PIE,
        /** Horizontal bars of 100 % each, split into the series' shares. */
        SHARES
    }

    /**
     * One series.
     *
     * @param name   the legend's text
     * @param values one per category; {@code null} where there is none
     * @param labels the printed value per category (rounded as the tables round), empty for none
     */
    public record Series(String name, List<BigDecimal> values, List<String> labels) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            labels = List.copyOf(labels);
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException("one label per value");
            }
        }
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        missing = List.copyOf(missing);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("one value per category in series " + s.name());
            }
        }
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return categories.isEmpty();
    }

    /** Every text drawn in the chart, for the font's glyph check. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(categoryAxis, valueAxis, secondaryAxis));
        texts.addAll(categories);
        for (Series s : series) {
            texts.add(s.name());
            texts.addAll(s.labels());
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }

    /** The values of the series named {@code name}, by category. */
    public java.util.Map<String, BigDecimal> values(String name) {
        Series found = series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name));
        java.util.Map<String, BigDecimal> byCategory = new java.util.LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            byCategory.put(categories.get(i), found.values().get(i));
        }
        return byCategory;
    }
}
