package io.github.cpaudit.model;

/** An enterprise's fresh and reused water in a year (worksheet 2-5); reused may be absent (null). */
public record WaterUse(String enterprise, int year, Quantity fresh, Quantity reused, Source source) {
}
