package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A computed number at full precision, or the reason why there is none (zero output, no positive
 * rate …). A missing figure is shown as "—" or "无", never as a number.
 *
 * @param value   the number, or {@code null} when not available
 * @param reason  why the number is not available (Chinese, for the writer), or {@code null}
 * @param sources where the inputs came from, possibly empty
 */
public record Figure(BigDecimal value, String reason, List<Source> sources) {

    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason");
        }
        sources = List.copyOf(sources);
    }

    public static Figure of(BigDecimal value, List<Source> sources) {
        return new Figure(value, null, sources);
    }

    public static Figure of(BigDecimal value) {
        return new Figure(value, null, List.of());
    }

    public static Figure unavailable(String reason, List<Source> sources) {
        return new Figure(null, reason, sources);
    }

    public static Figure unavailable(String reason) {
        return new Figure(null, reason, List.of());
    }

    public boolean isAvailable() {
        return value != null;
    }

    public Optional<BigDecimal> optionalValue() {
        return Optional.ofNullable(value);
    }

    public Optional<String> optionalReason() {
        return Optional.ofNullable(reason);
    }
}
