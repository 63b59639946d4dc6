package io.github.cpaudit.calc;

import java.math.BigDecimal;

/** A roll-up of enterprises sharing a district, park or size (worksheet 2-1): count, tce, tCO2. */
public record GroupTotal(String group, int enterprises, BigDecimal tce, BigDecimal tco2) {
}
