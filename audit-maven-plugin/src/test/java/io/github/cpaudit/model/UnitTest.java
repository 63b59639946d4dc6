package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitTest {

    @Test
    void readsTheSpellingsWritersType() {
        assertThat(Unit.parse("m3")).isEqualTo(Unit.M3);
        assertThat(Unit.parse(" m³ ")).isEqualTo(Unit.M3);
        assertThat(Unit.parse("立方米")).isEqualTo(Unit.M3);
        assertThat(Unit.parse("万m3")).isEqualTo(Unit.WAN_M3);
        assertThat(Unit.parse("万 m³")).isEqualTo(Unit.WAN_M3);
        assertThat(Unit.parse("kwh")).isEqualTo(Unit.KWH);
        assertThat(Unit.parse("KWH")).isEqualTo(Unit.KWH);
        assertThat(Unit.parse("万千瓦时")).isEqualTo(Unit.WAN_KWH);
        assertThat(Unit.parse("MWh")).isEqualTo(Unit.MWH);
        assertThat(Unit.parse("吨")).isEqualTo(Unit.T);
        assertThat(Unit.parse("万t")).isEqualTo(Unit.WAN_T);
        assertThat(Unit.parse("L")).isEqualTo(Unit.L);
        assertThat(Unit.parse("GJ")).isEqualTo(Unit.GJ);
        assertThat(Unit.parse("tce")).isEqualTo(Unit.TCE);
        assertThat(Unit.parse("吨标准煤")).isEqualTo(Unit.TCE);
        assertThat(Unit.parse("tCO₂")).isEqualTo(Unit.T_CO2);
        assertThat(Unit.parse("万元")).isEqualTo(Unit.WAN_YUAN);
        assertThat(Unit.parse("m2")).isEqualTo(Unit.M2);
        assertThat(Unit.parse("万m²")).isEqualTo(Unit.WAN_M2);
        assertThat(Unit.parse("％")).isEqualTo(Unit.PERCENT);
    }

    @Test
    void everySpellingMeansOneUnitOnly() {
        // "MJ" and "mJ" both mean megajoule: the parser ignores case, so no two spellings may collide
        Set<String> seen = new HashSet<>();
        for (Unit unit : Unit.values()) {
            String key = unit.symbol().replace('³', '3').replace('²', '2').toLowerCase(Locale.ROOT);
            assertThat(seen.add(key)).as(key).isTrue();
            assertThat(Unit.parse(unit.symbol())).isEqualTo(unit);
        }
    }

    @Test
    void convertsExactlyWithinADimension() {
        // 1.5 t = 1500 kg
        assertThat(Unit.T.convert(new BigDecimal("1.5"), Unit.KG)).isEqualByComparingTo("1500");
        // 2.5 万kWh = 25,000 kWh (万kWh 36,000 MJ / kWh 3.6 MJ = 10⁴)
        assertThat(Unit.WAN_KWH.convert(new BigDecimal("2.5"), Unit.KWH)).isEqualByComparingTo("25000");
        // 1 MWh = 1000 kWh
        assertThat(Unit.MWH.convert(BigDecimal.ONE, Unit.KWH)).isEqualByComparingTo("1000");
        // 3 万m³ = 30,000 m³; 250 L = 0.25 m³
        assertThat(Unit.WAN_M3.convert(new BigDecimal("3"), Unit.M3)).isEqualByComparingTo("30000");
        assertThat(Unit.L.convert(new BigDecimal("250"), Unit.M3)).isEqualByComparingTo("0.25");
        // 2 GJ = 2000 MJ; 1 kWh = 3.6 MJ
        assertThat(Unit.GJ.convert(new BigDecimal("2"), Unit.MJ)).isEqualByComparingTo("2000");
        assertThat(Unit.KWH.convert(BigDecimal.ONE, Unit.MJ)).isEqualByComparingTo("3.6");
        // 837.2 tce = 837,200 kgce; 12.34 万元 = 123,400 元; 85.3 % = 0.853
        assertThat(Unit.TCE.convert(new BigDecimal("837.2"), Unit.KGCE)).isEqualByComparingTo("837200");
        assertThat(Unit.WAN_YUAN.convert(new BigDecimal("12.34"), Unit.YUAN)).isEqualByComparingTo("123400");
        assertThat(Unit.PERCENT.convert(new BigDecimal("85.3"), Unit.ONE)).isEqualByComparingTo("0.853");
        assertThat(Quantity.of("1.2", Unit.WAN_M2).in(Unit.M2)).isEqualByComparingTo("12000");
    }

    @Test
    void refusesAnUnknownUnitNamingWhatWasFound() {
        assertThatThrownBy(() -> Unit.parse("桶")).isInstanceOf(AuditException.class)
                .hasMessageContaining("未知的单位（unknown unit）：“桶”").hasMessageContaining("kWh");
        assertThatThrownBy(() -> Unit.parse("  ")).isInstanceOf(AuditException.class)
                .hasMessageContaining("未知的单位（unknown unit）");
    }

    @Test
    void refusesADimensionMismatchNamingFoundAndExpected() {
        assertThatThrownBy(() -> Unit.T.convert(BigDecimal.ONE, Unit.M3)).isInstanceOf(AuditException.class)
                .hasMessageContaining("单位的量纲不符（unit dimension mismatch）：“t”是质量单位，这里需要体积单位");
        assertThatThrownBy(() -> Unit.parse("m3", Dimension.ENERGY)).isInstanceOf(AuditException.class)
                .hasMessageContaining("“m³”是体积单位，这里需要能量单位");
    }

    @Test
    void countsPiecesOfProducts() {
        assertThat(Unit.parse("个")).isEqualTo(Unit.PIECE);
        // 3.5 万件 = 35,000 件
        assertThat(Unit.WAN_PIECE.convert(new java.math.BigDecimal("3.5"), Unit.PIECE))
                .isEqualByComparingTo("35000");
        assertThatThrownBy(() -> Unit.parse("件", Dimension.MASS)).isInstanceOf(AuditException.class)
                .hasMessageContaining("“件”是数量单位，这里需要质量单位");
    }
}
