package io.github.cpaudit.calc;

import io.github.cpaudit.model.Emission;

import java.math.BigDecimal;

/**
 * A measured concentration (or noise level) against its limit (worksheet 2-7): the data's own
 * limit when it states one, else the discharge standard's from the reference file.
 *
 * @param min      the lower bound (pH), or {@code null}
 * @param max      the upper bound, or {@code null}
 * @param basis    where the limit comes from (限值依据, or the reference file's source and line)
 * @param standard the standard the limit belongs to, without the line: the limits of one standard
 *                 are named together in the sources attachment; an empty string when no limit applies
 * @param verdict  达标, 超标, or — when no limit applies
 */
public record ConcentrationResult(Emission emission, BigDecimal min, BigDecimal max, String basis,
        String standard, String verdict) {
}
