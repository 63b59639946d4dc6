package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * One reference value that is not the project's own fact: an emission limit of a standard, or an
 * energy-consumption limit of a product. A range (pH 6–9) has both bounds; a plain limit only
 * {@code max}.
 *
 * @param category e.g. 废水, 废气, or the product's class for an energy limit
 * @param subject  the pollutant or the product
 * @param min      the lower bound, or {@code null}
 * @param max      the upper bound, or {@code null}
 * @param unit     as the standard writes it (mg/L, mg/m³, kgce/m²)
 */
public record ReferenceLimit(String category, String subject, BigDecimal min, BigDecimal max, String unit,
        Source source) {
}
