package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that knows units: each unit's dimension, its exact factor to the dimension's base
 * unit, and the spellings writers type for it ({@code m3}, {@code m³}, {@code 立方米}, {@code 万m3}…).
 */
public enum Unit {
    KG(Dimension.MASS, "kg", "1", "千克", "公斤"),
    G(Dimension.MASS, "g", "0.001", "克"),
    T(Dimension.MASS, "t", "1000", "吨"),
    WAN_T(Dimension.MASS, "万t", "10000000", "万吨"),

    M3(Dimension.VOLUME, "m³", "1", "m3", "立方米", "方", "立方"),
    WAN_M3(Dimension.VOLUME, "万m³", "10000", "万m3", "万立方米", "万方", "10^4m3", "10⁴m3", "10000m3"),
    L(Dimension.VOLUME, "L", "0.001", "升", "l"),

    MJ(Dimension.ENERGY, "MJ", "1", "兆焦", "兆焦耳"),
    KJ(Dimension.ENERGY, "kJ", "0.001", "千焦", "千焦耳"),
    GJ(Dimension.ENERGY, "GJ", "1000", "吉焦", "吉焦耳"),
    TJ(Dimension.ENERGY, "TJ", "1000000", "太焦", "太焦耳"),
    KWH(Dimension.ENERGY, "kWh", "3.6", "千瓦时", "度", "kw·h", "kw.h", "kw-h"),
    WAN_KWH(Dimension.ENERGY, "万kWh", "36000", "万千瓦时", "万度", "万kw·h", "万kw.h"),
    MWH(Dimension.ENERGY, "MWh", "3600", "兆瓦时", "mw·h", "千千瓦时"),

    KGCE(Dimension.STANDARD_COAL, "kgce", "1", "千克标准煤", "千克标煤", "kg标准煤"),
    TCE(Dimension.STANDARD_COAL, "tce", "1000", "吨标准煤", "吨标煤", "t标准煤"),
    WAN_TCE(Dimension.STANDARD_COAL, "万tce", "10000000", "万吨标准煤", "万吨标煤"),

    T_CO2(Dimension.CO2, "tCO2", "1", "tco₂", "吨二氧化碳"),
    KG_CO2(Dimension.CO2, "kgCO2", "0.001", "kgco₂", "千克二氧化碳"),
    WAN_T_CO2(Dimension.CO2, "万tCO2", "10000", "万tco₂", "万吨二氧化碳"),

    YUAN(Dimension.MONEY, "元", "1", "rmb", "cny"),
    WAN_YUAN(Dimension.MONEY, "万元", "10000"),

    M2(Dimension.AREA, "m²", "1", "m2", "平方米"),
    WAN_M2(Dimension.AREA, "万m²", "10000", "万m2", "万平方米"),

    PIECE(Dimension.COUNT, "件", "1", "个", "只", "pcs"),
    SET(Dimension.COUNT, "套", "1"),
    UNIT_MACHINE(Dimension.COUNT, "台", "1"),
    WAN_PIECE(Dimension.COUNT, "万件", "10000", "万个", "万只"),

    PERCENT(Dimension.RATIO, "%", "0.01", "百分比", "％"),
    ONE(Dimension.RATIO, "1", "1");

    private final Dimension dimension;
    private final String symbol;
    private final BigDecimal factor;
    private final List<String> aliases;

    Unit(Dimension dimension, String symbol, String factor, String... aliases) {
        this.dimension = dimension;
        this.symbol = symbol;
        this.factor = new BigDecimal(factor);
        this.aliases = List.of(aliases);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The symbol printed in tables, e.g. {@code m³}. */
    public String symbol() {
        return symbol;
    }

    /** Exact factor to the dimension's base unit: 1 of this unit is {@code factor} base units. */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * Converts {@code value} of this unit into {@code target}; exact except where the factors do not
     * divide (MJ → kWh), then to 34 significant digits.
     *
     * @throws AuditException when the dimensions differ
     */
    public BigDecimal convert(BigDecimal value, Unit target) {
        if (target == this) {
            return value;
        }
        requireDimension(target.dimension);
        return value.multiply(factor).divide(target.factor, MathContext.DECIMAL128);
    }

    /**
     * Refuses a unit of another dimension.
     *
     * @throws AuditException naming the unit found and the dimension expected
     */
    public void requireDimension(Dimension expected) {
        if (dimension != expected) {
            throw new AuditException("单位的量纲不符（unit dimension mismatch）：“" + symbol + "”是"
                    + dimension.chinese() + "单位，这里需要" + expected.chinese() + "单位（如 "
                    + examples(expected) + "）。");
        }
    }

    /**
     * Reads a unit as a writer types it: case and spaces do not matter, {@code 3}/{@code ³} and
     * {@code 2}/{@code ²} are the same, Chinese names are accepted.
     *
     * @throws AuditException for a blank or unknown unit
     */
    public static Unit parse(String text) {
        return find(text).orElseThrow(() -> new AuditException("未知的单位（unknown unit）：“" + (text == null ? "" : text.strip())
                + "”。可用的单位有：" + Arrays.stream(values()).map(Unit::symbol)
                .collect(Collectors.joining("、")) + "。"));
    }

    /** The unit a writer means by {@code text}, as {@link #parse(String)} reads it; empty for none. */
    public static Optional<Unit> find(String text) {
        String key = normalise(text);
        if (!key.isEmpty()) {
            for (Unit unit : values()) {
                if (normalise(unit.symbol).equals(key)
                        || unit.aliases.stream().anyMatch(alias -> normalise(alias).equals(key))) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads a unit and requires its dimension, e.g. an energy amount in {@code 万kWh}. */
    public static Unit parse(String text, Dimension expected) {
        Unit unit = parse(text);
        unit.requireDimension(expected);
        return unit;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replace(" ", "").replace("　", "")
                .replace('³', '3').replace('²', '2').replace('₂', '2')
                .replace("（", "(").replace("）", ")")
                .toLowerCase(Locale.ROOT);
    }

    private static String examples(Dimension dimension) {
        return Arrays.stream(values()).filter(unit -> unit.dimension == dimension).map(Unit::symbol)
                .collect(Collectors.joining("、"));
    }
}
