package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise's (or option's) energy in standard coal: the converted lines and their sum.
 *
 * @param lines the converted lines, in input order
 * @param tce   Σ tce of the lines, full precision
 */
public record EnergyTotal(List<EnergyLine> lines, BigDecimal tce) {

    public EnergyTotal {
        lines = List.copyOf(lines);
    }

    /** Where the lines came from (lines without a source are skipped). */
    public List<Source> sources() {
        return lines.stream().map(line -> line.use().source()).filter(Objects::nonNull).toList();
    }
}
