package io.github.cpaudit.calc;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;

/**
 * One row of worksheet 3-1 (减污降碳效益汇总): an item, the industry's baseline-year figure, what all
 * options reduce, the reduction rate, and the part already implemented (verified figures).
 *
 * @param item        the item with its unit, e.g. {@code COD（t）}, {@code 能源（tce）}
 * @param baseline    the baseline-year emission or consumption, or why there is none
 * @param reduction   the sum over all options
 * @param rate        reduction ÷ baseline × 100 %, or why there is none
 * @param implemented the sum over the implemented options
 */
public record BenefitLine(String item, Figure baseline, BigDecimal reduction, Figure rate, BigDecimal implemented) {
    /** t of the engine's item key COD（t）. */
    public static String unit(String item) {
        int open = item.lastIndexOf('（');
        return open < 0 || !item.endsWith("）") ? "" : item.substring(open + 1, item.length() - 1);
    }

    /**
     * The rounding of an item's figures, by its unit: tce and tCO2 to 0.1, 万元 to 0.01, physical
     * amounts as they add up (formulas.md §8).
     */
    public static Kind kind(String item) {
        return switch (unit(item)) {
            case "tce" -> Kind.TCE;
            case "tCO2" -> Kind.CO2;
            case "万元" -> Kind.MONEY;
            default -> Kind.AS_GIVEN;
        };
    }
}
