package io.github.cpaudit.model;

import io.github.cpaudit.problem.AuditException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The energy kinds of GB/T 2589's reference table, with the names writers use for them. */
public enum EnergyType {
    RAW_COAL("原煤", "raw coal", "coal", "煤", "煤炭"),
    CLEANED_COAL("洗精煤", "cleaned coal", "washed coal", "精煤"),
    COKE("焦炭", "coke"),
    CRUDE_OIL("原油", "crude oil"),
    FUEL_OIL("燃料油", "fuel oil", "重油"),
    GASOLINE("汽油", "gasoline", "petrol"),
    KEROSENE("煤油", "kerosene"),
    DIESEL("柴油", "diesel"),
    LPG("液化石油气", "lpg", "液化气"),
    NATURAL_GAS("天然气", "natural gas", "ng", "管道天然气"),
    ELECTRICITY("电力", "electricity", "电", "外购电力", "电能"),
    HEAT("热力", "heat", "热", "外购热力", "热水"),
    STEAM("蒸汽", "steam", "低压蒸汽", "蒸汽(低压)");

    private final String chinese;
    private final List<String> aliases;

    EnergyType(String chinese, String... aliases) {
        this.chinese = chinese;
        this.aliases = List.of(aliases);
    }

    /** The name printed in tables, e.g. {@code 天然气}. */
    public String chinese() {
        return chinese;
    }

    /**
     * Reads an energy type as a writer types it (Chinese or English, any case).
     *
     * @throws AuditException for an unknown type: it must never count as zero
     */
    public static EnergyType parse(String text) {
        return find(text).orElseThrow(() -> new AuditException("未知的能源品种（unknown energy type）：“" + (text == null ? "" : text.strip())
                + "”。可用的能源品种有：" + Arrays.stream(values()).map(EnergyType::chinese)
                .collect(Collectors.joining("、")) + "。"));
    }

    /** The energy type a writer means by {@code text}, as {@link #parse(String)} reads it; empty for none. */
    public static Optional<EnergyType> find(String text) {
        String key = normalise(text);
        return Arrays.stream(values()).filter(type -> normalise(type.chinese).equals(key)
                || type.aliases.stream().anyMatch(alias -> normalise(alias).equals(key))).findFirst();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replace("（", "(").replace("）", ")")
                .replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
