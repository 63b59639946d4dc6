package io.github.cpaudit.data;

import io.github.cpaudit.model.IndicatorSystem;

/**
 * An indicator system as read from its YAML file, with what the report must say about it: the
 * source it follows and whether its values are illustrative (not the published system's).
 *
 * @param system       the validated system
 * @param source       the published document it follows or reproduces
 * @param illustrative whether any value is illustrative rather than the published one
 * @param file         the file, relative to the project folder
 */
public record IndicatorSystemFile(IndicatorSystem system, String source, boolean illustrative, String file) {
}
