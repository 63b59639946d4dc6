package io.github.cpaudit.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every unit against a table written here by hand (what one of the unit is in its dimension's
 * base unit, from the SI and Chinese 万 = 10⁴), independent of the factors in {@link Unit}; the
 * table must name every unit, so a new unit cannot slip in unchecked.
 */
class UnitFactorsTest {

    private static final Map<Unit, String> ONE_IN_BASE = Map.ofEntries(
            entry(Unit.KG, "1"), entry(Unit.G, "0.001"), entry(Unit.T, "1000"), entry(Unit.WAN_T, "10000000"),
            entry(Unit.M3, "1"), entry(Unit.WAN_M3, "10000"), entry(Unit.L, "0.001"),
            // energy in MJ: 1 kWh = 3.6 MJ (3,600 kJ)
            entry(Unit.MJ, "1"), entry(Unit.KJ, "0.001"), entry(Unit.GJ, "1000"), entry(Unit.TJ, "1000000"),
            entry(Unit.KWH, "3.6"), entry(Unit.WAN_KWH, "36000"), entry(Unit.MWH, "3600"),
            entry(Unit.KGCE, "1"), entry(Unit.TCE, "1000"), entry(Unit.WAN_TCE, "10000000"),
            entry(Unit.T_CO2, "1"), entry(Unit.KG_CO2, "0.001"), entry(Unit.WAN_T_CO2, "10000"),
            entry(Unit.YUAN, "1"), entry(Unit.WAN_YUAN, "10000"),
            entry(Unit.M2, "1"), entry(Unit.WAN_M2, "10000"),
            entry(Unit.PIECE, "1"), entry(Unit.SET, "1"), entry(Unit.UNIT_MACHINE, "1"), entry(Unit.WAN_PIECE, "10000"),
            entry(Unit.PERCENT, "0.01"), entry(Unit.ONE, "1"));

    @Test
    void theTableNamesEveryUnit() {
        assertThat(ONE_IN_BASE.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Unit.class));
    }

    @Test
    void everyUnitConvertsToEveryOtherOfItsDimensionExactly() {
        BigDecimal amount = new BigDecimal("123.456");
        for (Unit from : Unit.values()) {
            for (Unit to : Unit.values()) {
                if (from.dimension() != to.dimension()) {
                    continue;
                }
                // amount × (from in base) / (to in base), computed from the hand table
                BigDecimal expected = amount.multiply(new BigDecimal(ONE_IN_BASE.get(from)))
                        .divide(new BigDecimal(ONE_IN_BASE.get(to)), java.math.MathContext.DECIMAL128);
                assertThat(from.convert(amount, to)).as("%s → %s", from.symbol(), to.symbol())
                        .isEqualByComparingTo(expected);
                // and back again, with nothing lost
                assertThat(to.convert(from.convert(amount, to), from)).as("%s ↔ %s", from.symbol(), to.symbol())
                        .isEqualByComparingTo(amount);
            }
        }
    }
}
