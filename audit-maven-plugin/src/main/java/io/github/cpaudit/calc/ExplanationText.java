package io.github.cpaudit.calc;

import io.github.cpaudit.calc.Explanation.Coefficient;
import io.github.cpaudit.calc.Explanation.Input;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Explanation} as lines of plain text, the same for {@code audit:explain} and the HTML's
 * details: the figure rounded and at full precision, the formula, each input row
 * ({@code data/energy.csv:4  E03 天然气 实物量 24.5 万m³}) and each coefficient with its origin.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    /** The explanation's lines; {@code indent} goes before each input and coefficient. */
    public static List<String> lines(Explanation explanation, FigureFormatter formatter, String indent) {
        return lines(explanation, formatter, indent, Integer.MAX_VALUE, "");
    }

    /**
     * The explanation's lines with at most {@code shown} input rows, then a line saying how many more
     * there are and {@code whereAll} (where to see them all): a hover over a total of 500 enterprises
     * lists a few rows, not a thousand.
     */
    public static List<String> lines(Explanation explanation, FigureFormatter formatter, String indent, int shown,
            String whereAll) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(explanation, formatter));
        lines.add("计算方法：" + explanation.formula());
        List<Input> inputs = explanation.inputs();
        if (!inputs.isEmpty()) {
            lines.add("输入数据（" + inputs.size() + " 项）：");
            for (Input input : inputs.subList(0, Math.min(shown, inputs.size()))) {
                lines.add(indent + input(input));
            }
            if (inputs.size() > shown) {
                lines.add(indent + "……另 " + (inputs.size() - shown) + " 项" + whereAll);
            }
        }
        if (!explanation.coefficients().isEmpty()) {
            lines.add("系数：");
            for (Coefficient coefficient : explanation.coefficients()) {
                lines.add(indent + coefficient(coefficient, formatter));
            }
        }
        return lines;
    }

    /**
     * {@code 全行业综合能耗 = 1216.0 tce（未修约 1216）}, or {@code … = —} when not available; the unrounded
     * value to 10 significant digits.
     */
    public static String heading(Explanation explanation, FigureFormatter formatter) {
        BigDecimal value = explanation.value();
        if (value == null) {
            return explanation.figure() + " = —";
        }
        String unit = explanation.unit().isEmpty() ? "" : " " + explanation.unit();
        return explanation.figure() + " = " + formatter.format(value, explanation.kind()) + unit
                + "（未修约 " + unrounded(value) + "）";
    }

    /** Significant digits a figure's unrounded value shows: a check by hand needs no more. */
    static final int UNROUNDED_DIGITS = 10;

    /**
     * The value to {@link #UNROUNDED_DIGITS} significant digits, trailing zeros left out
     * ({@code 57.80218496} for DECIMAL128's 34 digits), a whole number as it is however long.
     */
    static String unrounded(BigDecimal value) {
        BigDecimal shown = value.precision() - value.scale() >= UNROUNDED_DIGITS ? value.setScale(0, RoundingMode.HALF_EVEN)
                : value.round(new MathContext(UNROUNDED_DIGITS, RoundingMode.HALF_EVEN));
        return FigureFormatter.plain(shown);
    }

    /** {@code data/energy.csv:4  E03 天然气 实物量 24.5 万m³}; an input without a number is only its text. */
    public static String input(Input input) {
        String at = input.source().file().isEmpty() ? "" : input.source().format() + "  ";
        String value = input.value() == null ? ""
                : " " + FigureFormatter.plain(input.value()) + (input.unit().isEmpty() ? "" : " " + input.unit());
        return at + input.what() + value;
    }

    /**
     * {@code 天然气折标系数 1.3300 kgce/m³（GB/T 2589 参考折标系数）}: as a table prints it (a factor
     * computed from a measured value to 5 significant digits).
     */
    public static String coefficient(Coefficient coefficient, FigureFormatter formatter) {
        return coefficient.name() + " " + formatter.format(coefficient.value(), FigureFormatter.Kind.FACTOR)
                + (coefficient.unit().isEmpty() ? "" : " " + coefficient.unit()) + "（" + coefficient.origin() + "）";
    }
}
