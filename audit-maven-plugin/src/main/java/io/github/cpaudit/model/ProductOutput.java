package io.github.cpaudit.model;

/** One product's output (and design capacity, when given) of an enterprise in a year (worksheet 2-2). */
public record ProductOutput(String enterprise, int year, String product, Quantity output, Quantity capacity,
        Source source) {
}
