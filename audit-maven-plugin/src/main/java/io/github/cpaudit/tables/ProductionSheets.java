package io.github.cpaudit.tables;

import io.github.cpaudit.calc.EnergyLimitResult;
import io.github.cpaudit.calc.EnergyLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.Explanations;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.Finding;
import io.github.cpaudit.calc.UnitConsumption;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.EquipmentItem;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Material;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Phase 2 诊断审核, production and resources: worksheets 2-1 to 2-6 (2-1 and 2-2, capacity and
 * output, in {@link OutputSheets}).
 */
final class ProductionSheets {

    private ProductionSheets() {
    }


    /**
     * 2-3 主要原辅材料消耗: one row per enterprise and material (roster order), its consumption per
     * unit of the enterprise's output, whether it is toxic and by which list, and its substitution;
     * a toxic material without substitution plan is a finding and prints in bold.
     */
    static TableRows materials(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        UnitColumn perOutput = new UnitColumn("perOutput", Kind.INTENSITY);
        for (Material material : inRosterOrder(view, view.project().data().materials(), Material::enterprise)) {
            Quantity quantity = material.quantity();
            Row row = Row.of(view, material.enterprise()).text("enterprise", view.name(material.enterprise()))
                    .text("material", material.name()).text("unit", quantity.unit().symbol())
                    .number("quantity", quantity.value(), Kind.AS_GIVEN)
                    .text("toxic", material.toxic() ? "是" + (material.toxicBasis().isBlank() ? ""
                            : "（" + material.toxicBasis() + "）") : "否");
            if (isFinding(view, material.source())) {
                row.text("substitution", "无替代计划（审核发现）").text("finding", "是");
            } else {
                row.text("substitution", material.substitution());
            }
            // materials come in t, kg …: the header says 每万m² and the row's 单位 cell gives the rest
            PerOutput per = perOutput(view, material.enterprise(), "单位产品消耗量", quantity, quantity.unit());
            perOutput.put(row, per.figure(), per.productUnit() == null ? null : "每" + per.productUnit(), per.unit());
            rows.add(row);
        }
        Map<String, Object> extras = Map.of("heading", Heading.of(view, "2-3")
                .unit("单位产品消耗量", perOutput.fill(view.formatter())).text());
        return new TableRows(rows, List.of(), missing(rows, "原辅材料消耗（materials）"), extras);
    }

    /**
     * 2-4 能源消耗及折标: one row per enterprise and energy type, then the enterprise's 小计 row with
     * its total, its 单位产品综合能耗 and its check against the energy-consumption limit.
     */
    static TableRows energy(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        boolean anyEnergy = anyEnergy(view);
        Set<String> omitted = anyEnergy ? omittedEnergy(view) : Set.of();
        for (EnterpriseResult result : view.results().enterprises()) {
            String id = result.enterprise().id();
            if (result.energy().lines().isEmpty()) {
                if (anyEnergy) {
                    rows.add(withoutEnergy(Row.of(view, id).text("enterprise", result.enterprise().name()), id,
                            omitted, "tce"));
                }
                continue;
            }
            String name = id + " " + result.enterprise().name();
            for (EnergyLine line : result.energy().lines()) {
                String type = line.use().type().chinese();
                rows.add(Row.of(view, id).text("enterprise", result.enterprise().name())
                        .text("type", type)
                        .number("quantity", line.use().quantity().value(), Kind.AS_GIVEN)
                        .text("unit", line.use().quantity().unit().symbol())
                        .text("coefficient", view.formatter().format(line.coefficient(), Kind.FACTOR)
                                + " kgce/" + line.perUnit().symbol())
                        .number("tce", line.tce(), Kind.TCE)
                        .traceInRow("tce", type, List.of(TCE_COLUMN),
                                Explanations.energyLine(name + " " + type + "折标准煤", id, line)));
            }
            Row subtotal = Row.of(view, id).subtotal().text("enterprise", result.enterprise().name()).text("type", "小计")
                    .number("tce", result.energy().tce(), Kind.TCE)
                    .text("intensity", intensity(view, result))
                    .trace("tce", SUBTOTAL, List.of(TCE_COLUMN, "综合能耗"),
                            Explanations.energy(name + " 综合能耗", List.of(result), result.energy().tce()));
            // where a limit applies, the intensity is shown in the limit's unit so the two compare at a glance
            Optional<EnergyLimitResult> limit = limit(view, id);
            limit.ifPresent(check -> subtotal
                    .text("intensity", check.intensity().isAvailable()
                            ? view.formatter().format(check.intensity(), Kind.INTENSITY) + " " + check.limit().unit()
                            : "—")
                    .text("limit", view.formatter().format(check.limit().max(), Kind.AS_GIVEN) + " " + check.limit().unit())
                    .text("verdict", check.status().chinese()));
            Figure shown = limit.map(EnergyLimitResult::intensity).orElse(result.intensity());
            List<ProductOutput> outputs = view.project().data().production().getOrDefault(id, List.of());
            if (shown.isAvailable()) {
                String unit = limit.map(check -> check.limit().unit())
                        .orElseGet(() -> "kgce/" + outputs.get(0).output().unit().symbol());
                subtotal.trace("intensity", SUBTOTAL, List.of(INTENSITY_COLUMN), Explanations.intensity(
                        name + " 单位产品综合能耗", id, result.energy(), outputs, shown, unit));
            }
            rows.add(subtotal);
        }
        return new TableRows(rows, List.of("tce"), rows.isEmpty() ? List.of("能源消耗（energy）") : List.of(), Map.of());
    }

    /** The columns of 2-4 an address names: 2-4:E03:综合能耗 is the 小计 row's 折标准煤. */
    private static final String TCE_COLUMN = "折标准煤";
    private static final String INTENSITY_COLUMN = "单位产品综合能耗";
    private static final String SUBTOTAL = "小计";

    /**
     * What an enterprise without usable energy rows shows where its energy figures would be: missing
     * data is an open item, never 0 tce.
     */
    static final String NO_ENERGY = "未报送能源消耗数据（energy）";
    /** As {@link #NO_ENERGY} for an enterprise whose energy rows a problem kept out (named under the table). */
    static final String ENERGY_NOT_USED = "能源消耗数据未采用（见表下说明）";

    /** Whether any enterprise has usable energy rows: without, a table shows the missing-data notice. */
    static boolean anyEnergy(ProjectView view) {
        return view.results().enterprises().stream().anyMatch(result -> !result.energy().lines().isEmpty());
    }

    /** The enterprises with energy rows a problem kept out of the figures. */
    static Set<String> omittedEnergy(ProjectView view) {
        Set<String> ids = new HashSet<>();
        view.omittedRows(List.of("energy")).forEach(row -> ids.add(row.enterprise()));
        return ids;
    }

    /**
     * The energy cells of an enterprise without usable energy rows: open items, warned as missing
     * data when it reported none, pointing to the note under the table when its rows were refused.
     */
    static Row withoutEnergy(Row row, String enterpriseId, Set<String> omitted, String... keys) {
        for (String key : keys) {
            if (omitted.contains(enterpriseId)) {
                row.omitted(key, ENERGY_NOT_USED);
            } else {
                row.open(key, NO_ENERGY);
            }
        }
        return row;
    }

    /** 单位产品综合能耗 with its unit (kgce per the product's unit), or "—". */
    static String intensity(ProjectView view, EnterpriseResult result) {
        if (!result.intensity().isAvailable()) {
            return "—";
        }
        List<ProductOutput> products = view.project().data().production().getOrDefault(result.enterprise().id(), List.of());
        String unit = products.isEmpty() ? "" : " kgce/" + products.get(0).output().unit().symbol();
        return view.formatter().format(result.intensity(), Kind.INTENSITY) + unit;
    }

    private static Optional<EnergyLimitResult> limit(ProjectView view, String enterpriseId) {
        return view.results().energyLimits().stream().filter(check -> check.enterprise().id().equals(enterpriseId))
                .findFirst();
    }

    /**
     * 2-5 水资源消耗: one row per enterprise that reported water (roster order), in m³, with its
     * reuse rate and fresh water per unit of output; the totals row adds the volumes and gives the
     * reuse rate of the rows shown.
     */
    static TableRows water(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        UnitColumn perOutput = new UnitColumn("perOutput", Kind.INTENSITY);
        for (EnterpriseResult result : view.results().enterprises()) {
            String id = result.enterprise().id();
            WaterUse water = view.project().data().water().get(id);
            if (water == null) {
                continue;
            }
            Quantity fresh = water.fresh().to(Unit.M3);
            Row row = Row.of(view, id).text("enterprise", result.enterprise().name())
                    .number("fresh", fresh.value(), Kind.AS_GIVEN)
                    .number("reused", water.reused() == null ? null : water.reused().in(Unit.M3), Kind.AS_GIVEN)
                    .figure("rate", result.waterReuse(), Kind.PERCENT);
            if (result.waterReuse().isAvailable()) {
                row.trace("rate", null, List.of("重复利用率"), Explanations.waterReuse(
                        id + " " + result.enterprise().name() + " 水重复利用率", water, result.waterReuse()));
            }
            PerOutput per = perOutput(view, id, "单位产品取水量", fresh, Unit.M3);
            perOutput.put(row, per.figure(), per.unit());
            rows.add(row);
        }
        Map<String, Object> extras = Map.of("heading", Heading.of(view, "2-5")
                .unit("单位产品取水量", perOutput.fill(view.formatter())).text(),
                "totals", new TotalFigures(view.formatter()));
        return new TableRows(rows, List.of("fresh", "reused"), missing(rows, "水资源消耗（water）"), extras);
    }

    /**
     * 2-6 主要生产工艺、装备及产品: one row per process, piece of equipment or product (roster order,
     * then the data's); items of the industrial policy's 限制 or 淘汰 class are findings and print
     * in bold.
     */
    static TableRows equipment(ProjectView view, TableOptions options) {
        Map<Source, WrittenRow> raw = new HashMap<>();
        view.written("equipment").forEach(row -> raw.put(row.source(), row));
        List<Row> rows = new ArrayList<>();
        for (EquipmentItem item : inRosterOrder(view, view.project().data().equipment(), EquipmentItem::enterprise)) {
            Optional<WrittenRow> source = Optional.ofNullable(raw.get(item.source()));
            Row row = Row.of(view, item.enterprise()).text("enterprise", view.name(item.enterprise()))
                    .text("process", item.process()).text("object", item.object()).text("name", item.name())
                    .text("spec", source.map(r -> r.text("spec")).orElse(""))
                    .text("policy", item.policyClass());
            source.flatMap(r -> r.get("count", Integer.class)).ifPresent(n -> row.count("count", n));
            if (isFinding(view, item.source())) {
                row.text("finding", "是");
            }
            rows.add(row);
        }
        return new TableRows(rows, List.of(), missing(rows, "工艺装备产品（equipment）"), Map.of());
    }

    /**
     * A consumption per unit of output by the engine's rule, its unit (t/万m²) and the product's
     * unit (万m²); the units are {@code null} for an enterprise without output.
     */
    record PerOutput(Figure figure, String unit, String productUnit) { }

    /**
     * {@code total} per unit of the enterprise's whole baseline-year output, in {@code totalUnit}
     * per its first product's unit (as 单位产品综合能耗); "—" without output or with mixed units.
     */
    static PerOutput perOutput(ProjectView view, String enterpriseId, String what, Quantity total, Unit totalUnit) {
        List<ProductOutput> outputs = view.project().data().production().getOrDefault(enterpriseId, List.of());
        Figure figure = UnitConsumption.perOutput(what, view.name(enterpriseId), total, totalUnit, outputs,
                outputs.stream().map(ProductOutput::source).toList());
        String productUnit = outputs.isEmpty() ? null : outputs.get(0).output().unit().symbol();
        return new PerOutput(figure, productUnit == null ? null : totalUnit.symbol() + "/" + productUnit, productUnit);
    }

    /** Items sorted by their enterprise's place in the roster, keeping the data's order within one. */
    static <T> List<T> inRosterOrder(ProjectView view, List<T> items, Function<T, String> enterprise) {
        Map<String, Integer> place = new HashMap<>();
        view.enterprises().forEach(e -> place.putIfAbsent(e.id(), place.size()));
        return items.stream().sorted(Comparator.comparing(item -> place.getOrDefault(enterprise.apply(item),
                Integer.MAX_VALUE))).collect(Collectors.toList());
    }

    /** Whether the engine lists the data row as a finding (淘汰/限制类, toxic material without plan). */
    private static boolean isFinding(ProjectView view, Source source) {
        return view.results().findings().stream().map(Finding::source).anyMatch(source::equals);
    }

    /** The data table named in the notice when the worksheet has no rows. */
    static List<String> missing(List<Row> rows, String table) {
        return rows.isEmpty() ? List.of(table) : List.of();
    }
}
