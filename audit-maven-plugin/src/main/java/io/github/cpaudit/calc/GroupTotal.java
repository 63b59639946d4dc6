package io.github.cpaudit.calc;

import java.math.BigDecimal;
import java.util.List;

/**
 * A roll-up of enterprises sharing a district, park or size (worksheet 2-1): count, tce, tCO2, and
 * design capacity and output, one total per kind of product unit (万m² and t do not add up).
 */
public record GroupTotal(String group, int enterprises, BigDecimal tce, BigDecimal tco2,
        List<CapacityTotal> capacities) {

    public GroupTotal {
        capacities = List.copyOf(capacities);
    }
}
