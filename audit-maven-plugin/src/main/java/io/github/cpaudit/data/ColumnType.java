package io.github.cpaudit.data;

import java.util.Locale;

/** The kinds of value a data column holds; names as written in {@code tables.yaml}. */
public enum ColumnType {
    ID, ENTERPRISE, TEXT, DECIMAL, SIGNED_DECIMAL, INTEGER, YEAR, PERCENT, DATE, BOOLEAN, ENUM, ENUM_LIST,
    UNIT, INDUSTRY_CODE;

    static ColumnType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
