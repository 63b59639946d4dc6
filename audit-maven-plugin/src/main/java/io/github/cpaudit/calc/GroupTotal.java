package io.github.cpaudit.calc;

import io.github.cpaudit.model.Figure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A roll-up of enterprises sharing a district, park or size (worksheet 2-1): count, tce, tCO2,
 * design capacity and output, one total per kind of product unit (万m² and t do not add up), and
 * 工业总产值 (万元) and 从业人数, which are figures only when every member reported them.
 */
public record GroupTotal(String group, int enterprises, BigDecimal tce, BigDecimal tco2,
        List<CapacityTotal> capacities, Figure outputValue, Figure employees) {

    public GroupTotal {
        capacities = List.copyOf(capacities);
    }
}
