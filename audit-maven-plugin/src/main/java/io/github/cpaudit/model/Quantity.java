package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount with its unit, kept at full precision.
 *
 * @param value the amount as entered
 * @param unit  its unit
 */
public record Quantity(BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /** The amount in {@code target}, exact where possible; a different dimension is an error. */
    public BigDecimal in(Unit target) {
        return unit.convert(value, target);
    }

    public Quantity to(Unit target) {
        return new Quantity(in(target), target);
    }

    public Dimension dimension() {
        return unit.dimension();
    }
}
