package io.github.cpaudit.model;

import java.math.BigDecimal;

/**
 * A cleaner-production target of the industry (worksheet 2-15); the numbers are in {@code unit}.
 *
 * @param indicator the indicator's name
 * @param unit      its unit as written (not converted: all values of a target share it)
 * @param direction lower or higher is better
 * @param baseline  现状值, or {@code null}
 * @param nearTerm  近期目标, or {@code null}
 * @param longTerm  远期目标, or {@code null}
 * @param basis     依据, or an empty string
 * @param achieved  实施后值, or {@code null} before implementation
 * @param source    the row
 */
public record Target(String indicator, String unit, Direction direction, BigDecimal baseline, BigDecimal nearTerm,
        BigDecimal longTerm, String basis, BigDecimal achieved, Source source) {
}
