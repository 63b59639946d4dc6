package io.github.cpaudit.calc;

import io.github.cpaudit.model.Source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise's CO2 (worksheet 2-8): the lines, and sums per category and in total.
 *
 * @param lines the lines in input order (energy first, then process emissions)
 */
public record CarbonAccount(List<CarbonLine> lines) {

    public CarbonAccount {
        lines = List.copyOf(lines);
    }

    public BigDecimal total(EmissionCategory category) {
        return lines.stream().filter(line -> line.category() == category).map(CarbonLine::tco2)
                .reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MathContext.DECIMAL128));
    }

    /** Σ of every line, tCO2. */
    public BigDecimal total() {
        return lines.stream().map(CarbonLine::tco2).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MathContext.DECIMAL128));
    }

    public List<Source> sources() {
        return lines.stream().map(CarbonLine::source).filter(Objects::nonNull).toList();
    }
}
