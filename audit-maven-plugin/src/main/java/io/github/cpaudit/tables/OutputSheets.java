package io.github.cpaudit.tables;

import io.github.cpaudit.calc.CapacityTotal;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.GroupTotal;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.calc.ProductCapacity;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Worksheets 2-1 and 2-2: the industry's capacity and output, by group and by product. */
final class OutputSheets {

    /** Sizes in their natural order rather than as first met in the roster. */
    private static final List<String> SIZES = List.of("大型", "中型", "小型", "微型");

    private OutputSheets() {
    }

    /**
     * 2-1 行业基本情况汇总: the enterprises grouped by district (default), park or size
     * ({@code by=区县|园区|规模}), each group's design capacity and output of its products with a
     * capacity, 产能利用率, 工业总产值 and 从业人数, then the industry's total. Capacities in one kind of
     * unit print as numbers with the unit in the header, several kinds in the cells.
     */
    static TableRows summary(ProjectView view, TableOptions options) {
        Grouping by = Grouping.of(options.get("by").orElse(Grouping.DISTRICT.key()),
                List.of(Grouping.DISTRICT, Grouping.PARK, Grouping.SIZE));
        List<GroupTotal> groups = new ArrayList<>(view.results().rollUps().getOrDefault(by.key(), List.of()));
        if (by == Grouping.SIZE) {
            groups.sort(Comparator.comparing(g -> SIZES.contains(g.group()) ? SIZES.indexOf(g.group()) : SIZES.size()));
        }
        Map<Dimension, Unit> units = new LinkedHashMap<>();
        groups.forEach(g -> g.capacities().forEach(c -> units.putIfAbsent(c.capacity().dimension(), c.capacity().unit())));
        boolean oneUnit = units.size() == 1;
        List<Row> rows = new ArrayList<>();
        for (GroupTotal group : groups) {
            rows.add(groupRow(view, Row.of(view, null).text("group", group.group()), group.enterprises(),
                    group.capacities(), units, oneUnit, group.outputValue(), group.employees()));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        Heading heading = Heading.of(view, "2-1").rename("分组", by.header());
        if (oneUnit) {
            String symbol = units.values().iterator().next().symbol();
            heading.unit("设计产能", symbol).unit("实际产量", symbol);
        }
        extras.put("heading", heading.text());
        if (!groups.isEmpty()) {
            extras.put("industry", industry(view, groups, units, oneUnit));
        }
        return new TableRows(rows, List.of(), ProductionSheets.missing(rows, "企业名录（roster）"), extras);
    }

    /** The industry's total: the groups added up, capacity per kind of unit, sums only of complete figures. */
    private static Row industry(ProjectView view, List<GroupTotal> groups, Map<Dimension, Unit> units, boolean oneUnit) {
        List<CapacityTotal> capacities = new ArrayList<>();
        for (Unit unit : units.values()) {
            BigDecimal capacity = BigDecimal.ZERO;
            BigDecimal output = BigDecimal.ZERO;
            for (GroupTotal group : groups) {
                for (CapacityTotal total : group.capacities()) {
                    if (total.capacity().dimension() == unit.dimension()) {
                        capacity = capacity.add(total.capacity().in(unit));
                        output = output.add(total.output().in(unit));
                    }
                }
            }
            Quantity c = new Quantity(capacity, unit);
            Quantity o = new Quantity(output, unit);
            capacities.add(new CapacityTotal(c, o, Percentages.capacityUtilisation(o, c, List.of())));
        }
        return groupRow(view, Row.of(view, null), groups.stream().mapToInt(GroupTotal::enterprises).sum(), capacities,
                units, oneUnit, sumIfComplete(groups, GroupTotal::outputValue),
                sumIfComplete(groups, GroupTotal::employees));
    }

    private static Row groupRow(ProjectView view, Row row, int enterprises, List<CapacityTotal> capacities,
            Map<Dimension, Unit> units, boolean oneUnit, Figure outputValue, Figure employees) {
        row.count("enterprises", enterprises).figure("outputValue", outputValue, Kind.MONEY)
                .figure("employees", employees, Kind.AS_GIVEN);
        if (capacities.isEmpty()) {
            return row.text("capacity", "—").text("output", "—").text("utilisation", "—");
        }
        if (oneUnit) {
            CapacityTotal total = capacities.get(0);
            Unit unit = units.get(total.capacity().dimension());
            return row.number("capacity", total.capacity().in(unit), Kind.AS_GIVEN)
                    .number("output", total.output().in(unit), Kind.AS_GIVEN)
                    .figure("utilisation", total.utilisation(), Kind.PERCENT);
        }
        // several kinds of unit: each kind in the cell with its unit, in the same order in every column
        List<String> capacity = new ArrayList<>();
        List<String> output = new ArrayList<>();
        List<String> utilisation = new ArrayList<>();
        for (CapacityTotal total : capacities) {
            Unit unit = units.get(total.capacity().dimension());
            capacity.add(view.formatter().format(total.capacity().in(unit), Kind.AS_GIVEN) + " " + unit.symbol());
            output.add(view.formatter().format(total.output().in(unit), Kind.AS_GIVEN) + " " + unit.symbol());
            utilisation.add(view.formatter().format(total.utilisation(), Kind.PERCENT) + "（" + unit.symbol() + "）");
        }
        return row.text("capacity", String.join("；", capacity)).text("output", String.join("；", output))
                .text("utilisation", String.join("；", utilisation));
    }

    /** The groups' sum of a figure, or "—" when a group has none (never a partial sum). */
    private static Figure sumIfComplete(List<GroupTotal> groups, Function<GroupTotal, Figure> figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (GroupTotal group : groups) {
            Figure f = figure.apply(group);
            if (!f.isAvailable()) {
                return Figure.unavailable("有企业未填报（not reported）");
            }
            sum = sum.add(f.value());
        }
        return Figure.of(sum);
    }

    /**
     * 2-2 主要产品产量: one row per enterprise and product (roster order; the baseline year's products,
     * then any product only earlier years report), its design capacity and the output of the two
     * years before the baseline year (from the production table: the engine maps only the baseline
     * year) and of the baseline year, with 产能利用率. The header names the actual years. When every
     * product is counted in one unit the totals row adds capacity and outputs.
     */
    static TableRows products(ProjectView view, TableOptions options) {
        int year = view.project().data().baselineYear();
        Map<String, Map<String, Map<Integer, WrittenRow>>> earlier = earlierYears(view, year);
        List<Row> rows = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (EnterpriseResult result : view.results().enterprises()) {
            String id = result.enterprise().id();
            Map<String, Map<Integer, WrittenRow>> byProduct = new LinkedHashMap<>(earlier.getOrDefault(id, Map.of()));
            for (ProductCapacity product : result.products()) {
                Unit unit = product.product().output().unit();
                Map<Integer, WrittenRow> before = byProduct.remove(product.product().product());
                Row row = Row.of(view, id).text("enterprise", result.enterprise().name())
                        .text("product", product.product().product()).text("unit", unit.symbol())
                        .number("capacity", product.product().capacity() == null ? null
                                : product.product().capacity().in(unit), Kind.AS_GIVEN)
                        .number("output", product.product().output().value(), Kind.AS_GIVEN)
                        .figure("utilisation", product.utilisation(), Kind.PERCENT);
                earlierOutput(view, row, "output2", before, year - 2, unit);
                earlierOutput(view, row, "output1", before, year - 1, unit);
                rows.add(row);
                units.add(unit.symbol());
            }
            // products the baseline year no longer reports still show their history
            byProduct.forEach((product, before) -> {
                Row row = Row.of(view, id).text("enterprise", result.enterprise().name()).text("product", product)
                        .text("unit", before.values().iterator().next().text("unit"))
                        .number("capacity", null, Kind.AS_GIVEN).number("output", null, Kind.AS_GIVEN)
                        .text("utilisation", "—");
                earlierOutput(view, row, "output2", before, year - 2, null);
                earlierOutput(view, row, "output1", before, year - 1, null);
                rows.add(row);
                units.add(before.values().iterator().next().text("unit"));
            });
        }
        boolean oneUnit = units.stream().distinct().count() == 1;
        Map<String, Object> extras = Map.of("heading", Heading.of(view, "2-2")
                .rename("前两年产量", (year - 2) + "年产量").rename("前一年产量", (year - 1) + "年产量")
                .rename("基准年产量", year + "年（基准年）产量").text());
        return new TableRows(rows, oneUnit ? List.of("capacity", "output2", "output1", "output") : List.of(),
                ProductionSheets.missing(rows, "产品产量（production）"), extras);
    }

    /** The production rows of the two years before {@code year}: by enterprise, product and year. */
    private static Map<String, Map<String, Map<Integer, WrittenRow>>> earlierYears(ProjectView view, int year) {
        Map<String, Map<String, Map<Integer, WrittenRow>>> rows = new LinkedHashMap<>();
        for (WrittenRow row : view.written("production")) {
            Integer y = row.get("year", Integer.class).orElse(null);
            String enterprise = row.text("enterprise");
            String product = row.text("product");
            if (y != null && (y == year - 1 || y == year - 2) && !enterprise.isEmpty() && !product.isEmpty()
                    && row.get("output", BigDecimal.class).isPresent()) {
                rows.computeIfAbsent(enterprise, k -> new LinkedHashMap<>())
                        .computeIfAbsent(product, k -> new LinkedHashMap<>()).put(y, row);
            }
        }
        return rows;
    }

    /**
     * An earlier year's output in the baseline year's unit ({@code unit}); as written, with its
     * unit, when it is counted in another unit that does not convert; "—" when not reported.
     */
    private static void earlierOutput(ProjectView view, Row row, String key, Map<Integer, WrittenRow> before,
            int year, Unit unit) {
        WrittenRow source = before == null ? null : before.get(year);
        if (source == null) {
            row.number(key, null, Kind.AS_GIVEN);
            return;
        }
        BigDecimal output = source.get("output", BigDecimal.class).orElseThrow();
        String written = source.text("unit");
        if (unit == null) {
            row.number(key, output, Kind.AS_GIVEN);
            return;
        }
        Optional<BigDecimal> converted = unit.symbol().equals(written) ? Optional.of(output)
                : Unit.find(written).filter(given -> given.dimension() == unit.dimension())
                        .map(given -> given.convert(output, unit));
        if (converted.isPresent()) {
            row.number(key, converted.get(), Kind.AS_GIVEN);
        } else {
            row.text(key, view.formatter().format(output, Kind.AS_GIVEN) + " " + written);
        }
    }
}
