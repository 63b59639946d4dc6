package io.github.cpaudit.model;

/**
 * A process emission entered as data (not computed from energy).
 *
 * @param name     what emits, e.g. {@code 碳酸盐分解}
 * @param amount   the CO2, in a CO2 unit
 * @param source   where it came from, or {@code null}
 */
public record ProcessEmission(String name, Quantity amount, Source source) {
}
