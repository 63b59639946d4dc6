package io.github.cpaudit.assessment;

/**
 * A column of an export table.
 *
 * @param key    the English key, for code and for readers that map columns by key
 * @param header the Chinese header the files print
 */
public record Column(String key, String header) {
}
