package io.github.cpaudit.model;

/**
 * A physical (or monetary) dimension: quantities convert only within one dimension. Each dimension
 * has a base unit to which every {@link Unit} of it gives an exact factor.
 */
public enum Dimension {
    MASS("质量", "kg"),
    VOLUME("体积", "m³"),
    /** Heat and electricity alike: kWh is exactly 3.6 MJ. */
    ENERGY("能量", "MJ"),
    STANDARD_COAL("标准煤", "kgce"),
    CO2("二氧化碳", "tCO2"),
    MONEY("金额", "元"),
    AREA("面积", "m²"),
    /** Pieces of a product (件, 台 …): outputs counted rather than weighed or measured. */
    COUNT("数量", "件"),
    RATIO("比例", "1");

    private final String chinese;
    private final String baseSymbol;

    Dimension(String chinese, String baseSymbol) {
        this.chinese = chinese;
        this.baseSymbol = baseSymbol;
    }

    /** The Chinese name used in messages, e.g. {@code 质量}. */
    public String chinese() {
        return chinese;
    }

    public String baseSymbol() {
        return baseSymbol;
    }
}
