/**
 * Immutable domain records the calculations read: units and quantities, energy lines, factor tables
 * (GB/T 2589 coefficients, CO2 and grid factors) with their defaults, the indicator system (validated
 * on construction) and enterprises' indicator values, emissions and permits, materials and equipment,
 * options with their reductions, weighted-sum scores, targets, balances, the project's economic
 * settings, all gathered in {@link io.github.cpaudit.model.AuditData}. Inputs carry a
 * {@link io.github.cpaudit.model.Source} so that results can show where they came from.
 */
package io.github.cpaudit.model;
