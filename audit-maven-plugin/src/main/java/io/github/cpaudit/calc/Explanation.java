package io.github.cpaudit.calc;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How a computed figure came about, for a reader who wants to check it by hand: the formula in
 * words, every input row with the value read there, and every coefficient with its origin (a
 * standard, a published table, {@code audit.yaml}). The document's 数据来源与计算说明, the HTML's
 * details and {@code audit:explain} all print this one record.
 *
 * @param figure       what the figure is, in Chinese (e.g. {@code 全行业综合能耗})
 * @param value        the figure at full precision, or {@code null} when it is not available
 * @param kind         how the figure is rounded when printed
 * @param unit         the figure's unit (e.g. {@code tce}), or an empty string
 * @param formula      the formula in words, in Chinese
 * @param inputs       the data rows the figure reads, in reading order
 * @param coefficients the coefficients and factors applied, each once
 */
public record Explanation(String figure, BigDecimal value, Kind kind, String unit, String formula,
        List<Input> inputs, List<Coefficient> coefficients) {

    public Explanation {
        Objects.requireNonNull(figure, "figure");
        unit = unit == null ? "" : unit;
        inputs = List.copyOf(inputs);
        coefficients = List.copyOf(coefficients);
    }

    /**
     * One value read from a data row.
     *
     * @param source where it was read
     * @param what   what it is (e.g. {@code E03 天然气 实物量})
     * @param value  the value as entered, or {@code null} for a row that gives no number (a level met)
     * @param unit   its unit as entered, or an empty string
     */
    public record Input(Source source, String what, BigDecimal value, String unit) {

        public Input {
            unit = unit == null ? "" : unit;
        }
    }

    /**
     * A coefficient or factor applied.
     *
     * @param name     what it is (e.g. {@code 天然气折标系数})
     * @param value    its value
     * @param unit     its unit (e.g. {@code kgce/m³})
     * @param origin   where it comes from (e.g. {@code GB/T 2589 参考折标系数})
     * @param family   the coefficients of one kind and origin it belongs with (e.g. {@code 排放限值：GB 21900-2008
     *                 表2}), which the sources attachment names in one line; an empty string for none
     */
    public record Coefficient(String name, BigDecimal value, String unit, String origin, String family) {

        public Coefficient {
            family = family == null ? "" : family;
        }

        /** A coefficient of no family. */
        public Coefficient(String name, BigDecimal value, String unit, String origin) {
            this(name, value, unit, origin, "");
        }
    }

    /** The data files the inputs come from, each once, in reading order. */
    public List<String> files() {
        return inputs.stream().map(input -> input.source().file()).filter(file -> !file.isEmpty()).distinct().toList();
    }
}
