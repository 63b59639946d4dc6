package io.github.cpaudit.model;

import java.util.List;
import java.util.Optional;

/**
 * A set of reference values from one document (a discharge standard, an energy-consumption limit
 * standard), with the source the report names and whether the values are illustrative.
 */
public record ReferenceLimitSet(String name, String source, boolean illustrative, List<ReferenceLimit> limits) {

    public ReferenceLimitSet {
        limits = List.copyOf(limits);
    }

    /** The limit for a subject (pollutant or product) within a category, if the set has one. */
    public Optional<ReferenceLimit> limit(String category, String subject) {
        return limits.stream().filter(l -> l.category().equals(category) && l.subject().equals(subject)).findFirst();
    }
}
