package io.github.cpaudit.model;

/**
 * A permitted annual quantity of one pollutant of an enterprise (排污许可).
 *
 * @param enterprise the enterprise id
 * @param permitNo   the permit's number
 * @param category   重点管理, 简化管理 or 登记管理
 * @param pollutant  as written, matched with the emissions' pollutant by name
 * @param permitted  the permitted quantity per year
 * @param source     the row
 */
public record Permit(String enterprise, String permitNo, String category, String pollutant, Quantity permitted,
        Source source) {
}
