/**
 * Immutable domain records the calculations read: units and quantities, energy lines, factor tables
 * (GB/T 2589 coefficients, CO2 and grid factors) with their defaults, the indicator system (validated
 * on construction) and enterprises' indicator values, economic inputs and option reductions. Inputs
 * may carry a {@link io.github.cpaudit.model.Source} so that results can show where they came from.
 */
package io.github.cpaudit.model;
