package io.github.cpaudit.data;

import java.util.Locale;

/**
 * The kinds of value a data column holds; names as written in {@code tables.yaml}. {@code ENTERPRISE}
 * is a reference to the roster; {@code REF} and {@code REF_LIST} refer to another table's ids
 * (the column's {@code ref}), a list being separated by 、 or commas.
 */
public enum ColumnType {
    ID, ENTERPRISE, REF, REF_LIST, TEXT, DECIMAL, SIGNED_DECIMAL, INTEGER, YEAR, PERCENT, DATE, BOOLEAN, ENUM, ENUM_LIST,
    UNIT, INDUSTRY_CODE;

    static ColumnType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
