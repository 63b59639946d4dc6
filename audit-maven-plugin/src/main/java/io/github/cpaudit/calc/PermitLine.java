package io.github.cpaudit.calc;

import io.github.cpaudit.model.Permit;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;

import java.util.List;

/**
 * One enterprise × pollutant of worksheet 2-7: its outlets summed, its permit and the verdict.
 *
 * @param enterprise the enterprise id
 * @param category   the category of its first emission row, or an empty string (permit only)
 * @param pollutant  the pollutant
 * @param generated  Σ 产生量 in the first row's unit, or {@code null} when none is given
 * @param discharged Σ 排放量 in the first row's unit, or {@code null} when none is given
 * @param permit     the permit of the pollutant, or {@code null}
 * @param compliance 达标 or 超许可, or {@code null} without both an emission and a permit
 * @param sources    the emission rows and the permit's row
 */
public record PermitLine(String enterprise, String category, String pollutant, Quantity generated,
        Quantity discharged, Permit permit, PermitCompliance.Result compliance, List<Source> sources) {

    public PermitLine {
        sources = List.copyOf(sources);
    }
}
