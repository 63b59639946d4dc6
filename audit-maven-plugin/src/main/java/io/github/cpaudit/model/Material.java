package io.github.cpaudit.model;

/**
 * A raw or auxiliary material of an enterprise in the baseline year (worksheet 2-3).
 *
 * @param enterprise   the enterprise id
 * @param name         e.g. 硫酸镍
 * @param quantity     annual consumption
 * @param toxic        flagged 有毒有害
 * @param toxicBasis   the list it is named in, or an empty string
 * @param substitution the substitution status or plan, or an empty string when there is none
 * @param source       the row
 */
public record Material(String enterprise, String name, Quantity quantity, boolean toxic, String toxicBasis,
        String substitution, Source source) {
}
