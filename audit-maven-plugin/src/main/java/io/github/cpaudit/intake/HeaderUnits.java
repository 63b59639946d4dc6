package io.github.cpaudit.intake;

import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number under one header unit read under another: a form prints the schema's unit (新鲜水量（m³）)
 * while a project's CSV may use another of the same kind (新鲜水量（万m³）), so forms convert the
 * known rows one way and collect converts the returned rows back.
 */
final class HeaderUnits {

    private HeaderUnits() {
    }

    /** {@code value} in {@code from} as a number in {@code to}; empty when either is unknown or they measure different things. */
    static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(value);
        }
        Optional<Unit> source = Unit.find(from);
        Optional<Unit> target = Unit.find(to);
        if (source.isEmpty() || target.isEmpty() || source.get().dimension() != target.get().dimension()) {
            return Optional.empty();
        }
        return Optional.of(source.get().convert(value, target.get()).stripTrailingZeros());
    }
}
