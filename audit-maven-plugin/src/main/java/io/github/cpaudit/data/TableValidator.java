package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Location;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@link RawTable} against its {@link TableSpec}: headers, required columns, each cell's
 * type and allowed values, and unique keys. Every problem is collected, none stops the check;
 * what passes becomes a {@link TypedTable}.
 */
public final class TableValidator {

    /** A header with its unit in parentheses: {@code 新鲜水量（m³）}. */
    private static final Pattern HEADER_WITH_UNIT = Pattern.compile("^(.+?)\\s*[（(]\\s*([^）)]*?)\\s*[）)]$");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern DECIMAL = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern CHINESE_DATE = Pattern.compile("^(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern ID_TEXT = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("\\d+");
    private static final Pattern YEAR_TEXT = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[、,，;；]\\s*");

    private final IndustryCodes industryCodes;
    private final DataProblems problems;

    public TableValidator(IndustryCodes industryCodes, DataProblems problems) {
        this.industryCodes = industryCodes;
        this.problems = problems;
    }

    public TypedTable validate(TableSpec spec, RawTable raw) {
        Map<String, String> headerOf = new LinkedHashMap<>(); // column key → header as written
        Map<String, String> headerUnits = new HashMap<>();
        for (String header : raw.headers()) {
            if (header.isEmpty()) {
                continue;
            }
            Matcher withUnit = HEADER_WITH_UNIT.matcher(header);
            String name = withUnit.matches() ? withUnit.group(1) : header;
            // a column the table names (e.g. checklist_status's 说明) is data, whatever its first word
            ColumnSpec column = findColumn(spec, name, header);
            if (column == null && isNote(header)) {
                continue;
            }
            if (column == null) {
                problems.add(Problem.data(raw.headerAt(header), "unknown column", "未知的列",
                        "本表的列名之一（" + columnNames(spec) + "），备注列请以“备注”开头", header));
            } else if (headerOf.containsKey(column.key())) {
                // the same header twice is the reader's "duplicate header"; two names for one column is ours
                if (!headerOf.get(column.key()).equals(header)) {
                    problems.add(Problem.data(raw.headerAt(header), "duplicate column", "同一列出现两次",
                            "“" + column.name() + "”只出现一次", header));
                }
            } else {
                headerOf.put(column.key(), header);
                if (withUnit.matches() && !withUnit.group(2).isEmpty()) {
                    headerUnits.put(column.key(), withUnit.group(2));
                }
            }
        }
        for (ColumnSpec column : spec.columns()) {
            if (column.required() && !headerOf.containsKey(column.key())) {
                problems.add(Problem.data(raw.headerAt(null), "missing required column", "缺少必需的列",
                        "有“" + column.name() + "”（" + column.key() + "）列", "没有这一列"));
            }
        }
        List<TypedTable.Row> rows = new ArrayList<>();
        Map<List<Object>, TypedTable.Row> seenKeys = new HashMap<>();
        for (RawTable.Row raw1 : raw.rows()) {
            Map<String, Object> values = new HashMap<>();
            for (Map.Entry<String, String> entry : headerOf.entrySet()) {
                ColumnSpec column = spec.column(entry.getKey()).orElseThrow();
                String text = raw1.cell(entry.getValue());
                Location at = raw1.at(entry.getValue());
                if (text.isEmpty()) {
                    if (column.required() && !raw1.isRefused(entry.getValue())) {
                        problems.add(Problem.data(at, "missing value", "必填项为空", column.name(), ""));
                    }
                    continue;
                }
                Object value = parse(column, text, at);
                if (value != null) {
                    values.put(column.key(), value);
                }
            }
            TypedTable.Row row = new TypedTable.Row(raw1.source(), values, headerOf);
            checkUnique(spec, row, seenKeys);
            rows.add(row);
        }
        return new TypedTable(spec, raw.file(), raw.sheet(), headerUnits, rows);
    }

    private void checkUnique(TableSpec spec, TypedTable.Row row, Map<List<Object>, TypedTable.Row> seen) {
        if (spec.unique().isEmpty() || !spec.unique().stream().allMatch(row.values()::containsKey)) {
            return;
        }
        List<Object> key = spec.unique().stream().map(k -> normaliseKey(row.values().get(k))).toList();
        TypedTable.Row first = seen.putIfAbsent(key, row);
        if (first != null) {
            String names = String.join("+", spec.unique().stream()
                    .map(k -> spec.column(k).map(ColumnSpec::name).orElse(k)).toList());
            problems.add(Problem.data(row.at(spec.unique().get(0)), "duplicate key", "重复的记录",
                    names + "不重复（与第 " + first.source().row() + " 行相同）",
                    String.join("+", key.stream().map(String::valueOf).toList())));
        }
    }

    /** The typed value of a cell, or {@code null} after reporting why it is not valid. */
    private Object parse(ColumnSpec column, String text, Location at) {
        String ascii = halfWidth(text);
        return switch (column.type()) {
            case ID, ENTERPRISE, REF -> id(ascii, at, text);
            case REF_LIST -> idList(column, ascii, at, text);
            case TEXT -> matchesPattern(column, text, at);
            case DECIMAL -> decimal(ascii, at, false, text);
            case SIGNED_DECIMAL -> decimal(ascii, at, true, text);
            case INTEGER -> NON_NEGATIVE_INTEGER.matcher(ascii).matches() ? (Object) Integer.valueOf(ascii)
                    : invalid(at, "not an integer", "不是非负整数", "0、1、2 这样的整数", text);
            case YEAR -> YEAR_TEXT.matcher(ascii).matches() ? (Object) Integer.valueOf(ascii)
                    : invalid(at, "bad year", "年份格式不对", "四位年份，如 2025", text);
            case PERCENT -> percent(ascii, at, text);
            case DATE -> date(ascii, at, text);
            case BOOLEAN -> bool(ascii, at, text);
            case ENUM -> column.values().contains(text) ? text
                    : invalid(at, "unknown value", "不是允许的取值", String.join("、", column.values()) + " 之一", text);
            case ENUM_LIST -> enumList(column, text, at);
            case UNIT -> unit(text, at);
            case INDUSTRY_CODE -> industryCodes.normalise(ascii).map(Object.class::cast).orElseGet(() ->
                    invalid(at, "unknown industry code", "行业代码不存在",
                            IndustryCodes.EDITION + " 中的代码，如 C3360", text));
        };
    }

    private Object id(String ascii, Location at, String text) {
        return ID_TEXT.matcher(ascii).matches() ? ascii
                : invalid(at, "bad id", "编号格式不对", "字母、数字、下划线或短横线", text);
    }

    /** A list of ids, or the word for all of them (kept as a one-element list of that word). */
    private Object idList(ColumnSpec column, String ascii, Location at, String text) {
        if (text.equals(column.refAll())) {
            return List.of(text);
        }
        List<String> ids = new ArrayList<>();
        for (String id : LIST_SEPARATORS.split(ascii)) {
            if (id(id, at, id) == null) {
                return null;
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** A unit the toolkit can convert; an annual amount may say so ({@code t/a}, {@code m³/年}). */
    private Object unit(String text, Location at) {
        if (Rows.findUnit(text).isPresent()) {
            return text;
        }
        return invalid(at, "unknown unit", "未知的单位", "工具能换算的单位，如 t、kg、万kWh、m³、万m²、件（年量可写 t/a）", text);
    }

    private Object decimal(String ascii, Location at, boolean signed, String text) {
        String number = GROUPED_NUMBER.matcher(ascii).matches() ? ascii.replace(",", "") : ascii;
        if (!DECIMAL.matcher(number).matches()) {
            return invalid(at, "not a number", "不是数字", signed ? "一个数" : "不小于 0 的数", text);
        }
        BigDecimal value = new BigDecimal(number);
        if (!signed && value.signum() < 0) {
            return invalid(at, "negative quantity", "数量不能为负", "不小于 0 的数", text);
        }
        return value;
    }

    private Object percent(String ascii, Location at, String text) {
        String number = ascii.endsWith("%") ? ascii.substring(0, ascii.length() - 1).trim() : ascii;
        if (!DECIMAL.matcher(number).matches()) {
            return invalid(at, "not a percentage", "不是百分数", "0–100 之间的数，如 85 或 85%", text);
        }
        BigDecimal value = new BigDecimal(number);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return invalid(at, "percentage out of range", "百分数超出范围", "0–100 之间的数", text);
        }
        return value;
    }

    private Object date(String ascii, Location at, String text) {
        Matcher m = CHINESE_DATE.matcher(ascii);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // falls through to the problem below
            }
        }
        try {
            return LocalDate.parse(ascii);
        } catch (DateTimeParseException e) {
            return invalid(at, "bad date", "日期格式不对", "2025-03-18 或 2025年3月18日 这样的日期", text);
        }
    }

    private Object bool(String ascii, Location at, String text) {
        return switch (ascii.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "√" -> Boolean.TRUE;
            case "否", "n", "no", "false", "0", "×" -> Boolean.FALSE;
            default -> invalid(at, "not yes or no", "不是“是”或“否”", "是 或 否", text);
        };
    }

    private Object enumList(ColumnSpec column, String text, Location at) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATORS.split(text)) {
            if (!column.values().contains(item)) {
                return invalid(at, "unknown value", "不是允许的取值",
                        String.join("、", column.values()) + " 中的一项或几项（用顿号分隔）", item);
            }
            items.add(item);
        }
        return List.copyOf(items);
    }

    private Object matchesPattern(ColumnSpec column, String text, Location at) {
        if (column.pattern() != null && !text.matches(column.pattern())) {
            return invalid(at, "bad format", "格式不对", column.patternHint() == null ? column.pattern() : column.patternHint(), text);
        }
        return text;
    }

    private Object invalid(Location at, String key, String what, String expected, String found) {
        problems.add(Problem.data(at, key, what, expected, found));
        return null;
    }

    /** The unit a header gives in parentheses ({@code 新鲜水量（m³）} → m³), if any. */
    public static java.util.Optional<String> headerUnit(String header) {
        Matcher withUnit = HEADER_WITH_UNIT.matcher(header);
        return withUnit.matches() && !withUnit.group(2).isEmpty() ? java.util.Optional.of(withUnit.group(2))
                : java.util.Optional.empty();
    }

    /** The column a header names (its unit in parentheses or not), if any. */
    public static java.util.Optional<ColumnSpec> columnOf(TableSpec spec, String header) {
        Matcher withUnit = HEADER_WITH_UNIT.matcher(header);
        return java.util.Optional.ofNullable(findColumn(spec, withUnit.matches() ? withUnit.group(1) : header, header));
    }

    private static ColumnSpec findColumn(TableSpec spec, String name, String header) {
        for (ColumnSpec column : spec.columns()) {
            if (column.isNamedBy(name) || column.isNamedBy(header)) {
                return column;
            }
        }
        return null;
    }

    private static boolean isNote(String header) {
        return header.startsWith("备注") || header.startsWith("说明") || header.toLowerCase(java.util.Locale.ROOT).startsWith("note");
    }

    private static String columnNames(TableSpec spec) {
        return String.join("、", spec.columns().stream().map(ColumnSpec::name).toList());
    }

    private static Object normaliseKey(Object value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value;
    }

    /** Full-width digits, letters and signs typed with a Chinese input method, as ASCII. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
