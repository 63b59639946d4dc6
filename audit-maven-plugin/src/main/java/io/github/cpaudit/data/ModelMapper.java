package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.CommonIssue;
import io.github.cpaudit.model.AuditSettings;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.EquipmentItem;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.Material;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Target;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.cpaudit.data.Rows.list;
import static io.github.cpaudit.data.Rows.text;
import static io.github.cpaudit.data.Rows.unit;

/**
 * Turns the checked data tables into the domain records the calculations read, for the baseline
 * year. What only the domain can judge (an energy type the standard-coal table does not know, an
 * indicator the system does not have, a unit of the wrong kind, an option effect that counts
 * nowhere) is reported at its cell, like every other data problem; emissions and permits, options
 * and their effects, scores and balances have their own mappers.
 */
public final class ModelMapper {

    /** The issues table's cause columns and the aspect each is about. */
    private static final Map<String, String> CAUSE_COLUMNS = orderedCauses();

    private final DataProblems problems;

    public ModelMapper(DataProblems problems) {
        this.problems = problems;
    }

    public AuditData map(ProjectTables tables, int baselineYear, IndicatorSystem system, String gridRegion,
            GridFactor gridFactor, AuditSettings settings) {
        List<Enterprise> enterprises = enterprises(tables);
        Map<String, List<EnergyUse>> energy = new LinkedHashMap<>();
        Map<String, List<ProductOutput>> production = new LinkedHashMap<>();
        Map<String, WaterUse> water = new LinkedHashMap<>();
        Map<String, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
        for (TypedTable.Row row : Rows.ofYear(tables, "energy", baselineYear)) {
            energyUse(row).ifPresent(use -> energy.computeIfAbsent(enterprise(row), k -> new ArrayList<>()).add(use));
        }
        for (TypedTable.Row row : Rows.ofYear(tables, "production", baselineYear)) {
            productOutput(row, baselineYear).ifPresent(output ->
                    production.computeIfAbsent(enterprise(row), k -> new ArrayList<>()).add(output));
        }
        Optional<TypedTable> waterTable = tables.table("water");
        Optional<Unit> freshUnit = waterTable.flatMap(table -> Rows.columnUnit(table, "fresh", problems));
        Optional<Unit> reusedUnit = waterTable.flatMap(table -> Rows.columnUnit(table, "reused", problems));
        if (freshUnit.isPresent() && reusedUnit.isPresent()) {
            for (TypedTable.Row row : Rows.ofYear(tables, "water", baselineYear)) {
                waterUse(row, baselineYear, freshUnit.get(), reusedUnit.get())
                        .ifPresent(use -> water.put(enterprise(row), use));
            }
        }
        if (system != null) {
            Map<String, Indicator> indicators = new HashMap<>();
            system.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
            for (TypedTable.Row row : Rows.ofYear(tables, "indicator_values", baselineYear)) {
                indicatorValue(row, indicators, system.levelCount()).ifPresent(value -> values
                        .computeIfAbsent(enterprise(row), k -> new LinkedHashMap<>())
                        .put(row.get("indicator", String.class).orElseThrow(), value));
            }
        }
        EmissionMapper.Result emissions = new EmissionMapper(problems).map(tables, baselineYear);
        List<Material> materials = materials(tables, baselineYear);
        Set<String> pollutants = new HashSet<>();
        emissions.emissions().forEach(emission -> pollutants.add(emission.pollutant()));
        emissions.permits().forEach(permit -> pollutants.add(permit.pollutant()));
        Map<String, Dimension> materialKinds = new HashMap<>();
        materials.forEach(material -> materialKinds.putIfAbsent(material.name(), material.quantity().dimension()));
        List<Option> options = new OptionMapper(problems, new EffectItems(pollutants, materialKinds))
                .map(tables, settings.costClasses());
        return new AuditData(baselineYear, enterprises, energy, production, water, values, system, gridRegion,
                gridFactor, emissions.emissions(), emissions.permits(), materials, equipment(tables), options,
                new ScoreMapper(problems).map(tables), targets(tables), new BalanceMapper(problems).map(tables),
                issues(tables), settings, written(tables));
    }

    private static Map<String, List<WrittenRow>> written(ProjectTables tables) {
        Map<String, List<WrittenRow>> written = new HashMap<>();
        tables.tables().forEach((key, table) -> written.put(key, table.rows().stream().map(TypedTable.Row::written).toList()));
        return written;
    }

    private static List<Material> materials(ProjectTables tables, int year) {
        List<Material> materials = new ArrayList<>();
        for (TypedTable.Row row : Rows.ofYear(tables, "materials", year)) {
            Optional<BigDecimal> quantity = row.get("quantity", BigDecimal.class);
            Optional<Unit> unit = unit(row, "unit");
            if (row.values().containsKey("material") && quantity.isPresent() && unit.isPresent()) {
                materials.add(new Material(enterprise(row), text(row, "material"), new Quantity(quantity.get(),
                        unit.get()), row.get("toxic", Boolean.class).orElse(false), text(row, "toxic_basis"),
                        text(row, "substitution"), row.source()));
            }
        }
        return materials;
    }

    private static List<EquipmentItem> equipment(ProjectTables tables) {
        return Rows.of(tables, "equipment", "enterprise", "object", "item", "policy_class").stream()
                .map(row -> new EquipmentItem(enterprise(row), text(row, "process"), text(row, "object"),
                        text(row, "item"), text(row, "policy_class"), row.source()))
                .toList();
    }

    private static List<Target> targets(ProjectTables tables) {
        return Rows.of(tables, "targets", "indicator", "unit", "direction").stream()
                .map(row -> new Target(text(row, "indicator"), text(row, "unit"),
                        "越高越好".equals(text(row, "direction")) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                        decimal(row, "baseline"), decimal(row, "near_term"), decimal(row, "long_term"),
                        text(row, "basis"), decimal(row, "achieved"), row.source()))
                .toList();
    }

    private static BigDecimal decimal(TypedTable.Row row, String key) {
        return row.get(key, BigDecimal.class).orElse(null);
    }

    /** Cause column → aspect, in the aspects' order. */
    private static Map<String, String> orderedCauses() {
        Map<String, String> causes = new LinkedHashMap<>();
        CommonIssue.ASPECTS.forEach((aspect, key) -> causes.put("cause_" + key, aspect));
        return causes;
    }

    /** The common problems with their causes by aspect (the issues table's cause_* columns). */
    private static List<CommonIssue> issues(ProjectTables tables) {
        List<CommonIssue> issues = new ArrayList<>();
        tables.table("issues").ifPresent(table -> {
            for (TypedTable.Row row : table.rows()) {
                if (!row.values().containsKey("id")) {
                    continue;
                }
                Map<String, String> causes = new LinkedHashMap<>();
                CAUSE_COLUMNS.forEach((column, aspect) ->
                        row.get(column, String.class).ifPresent(cause -> causes.put(aspect, cause)));
                issues.add(new CommonIssue(text(row, "id"), text(row, "description"), list(row, "aspect"),
                        list(row, "enterprises"), causes, row.source()));
            }
        });
        return issues;
    }

    private List<Enterprise> enterprises(ProjectTables tables) {
        List<Enterprise> enterprises = new ArrayList<>();
        tables.table("roster").ifPresent(roster -> {
            // 工业总产值 is kept in 万元 whatever unit its header names (工业总产值（元）)
            Optional<Unit> valueUnit = Rows.columnUnit(roster, "output_value", problems);
            for (TypedTable.Row row : roster.rows()) {
                if (row.values().containsKey("id") && row.values().containsKey("name")) {
                    BigDecimal outputValue = valueUnit.flatMap(unit -> row.get("output_value", BigDecimal.class)
                            .map(value -> unit.convert(value, Unit.WAN_YUAN))).orElse(null);
                    enterprises.add(new Enterprise(text(row, "id"), text(row, "name"), text(row, "industry_code"),
                            text(row, "district"), text(row, "park"), text(row, "size"), text(row, "audit_type"),
                            list(row, "audit_reasons"), row.get("key_carbon_emitter", Boolean.class).orElse(false),
                            outputValue, row.get("employees", Integer.class).orElse(null), row.source()));
                }
            }
        });
        return enterprises;
    }

    private Optional<EnergyUse> energyUse(TypedTable.Row row) {
        Optional<BigDecimal> amount = row.get("quantity", BigDecimal.class);
        Optional<String> typeText = row.get("energy_type", String.class);
        Optional<Unit> unit = unit(row, "unit");
        if (amount.isEmpty() || typeText.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        try {
            EnergyType type = EnergyType.parse(typeText.get());
            return Optional.of(new EnergyUse(type, new Quantity(amount.get(), unit.get()), null, row.source()));
        } catch (AuditException e) {
            problems.add(Problem.data(row.at("energy_type"), "unknown energy type", e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<ProductOutput> productOutput(TypedTable.Row row, int year) {
        Optional<Unit> unit = unit(row, "unit");
        Optional<BigDecimal> output = row.get("output", BigDecimal.class);
        if (unit.isEmpty() || output.isEmpty()) {
            return Optional.empty();
        }
        Quantity capacity = row.get("capacity", BigDecimal.class).map(c -> new Quantity(c, unit.get())).orElse(null);
        return Optional.of(new ProductOutput(enterprise(row), year, text(row, "product"),
                new Quantity(output.get(), unit.get()), capacity, row.source()));
    }

    private Optional<WaterUse> waterUse(TypedTable.Row row, int year, Unit freshUnit, Unit reusedUnit) {
        Optional<BigDecimal> fresh = row.get("fresh", BigDecimal.class);
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        Quantity reused = row.get("reused", BigDecimal.class).map(r -> new Quantity(r, reusedUnit)).orElse(null);
        return Optional.of(new WaterUse(enterprise(row), year, new Quantity(fresh.get(), freshUnit), reused,
                row.source()));
    }

    private Optional<IndicatorValue> indicatorValue(TypedTable.Row row, Map<String, Indicator> indicators, int levels) {
        String id = text(row, "indicator");
        String text = text(row, "value");
        Indicator indicator = indicators.get(id);
        if (indicator == null) {
            problems.add(Problem.data(row.at("indicator"), "unknown indicator", "指标体系中没有这个指标",
                    "指标体系中的指标编号（" + String.join("、", indicators.keySet().stream().sorted().toList()) + "）", id));
            return Optional.empty();
        }
        if (text.equals("不适用")) {
            return Optional.of(IndicatorValue.notApplicable().withSource(row.source()));
        }
        if (indicator.direction() == Direction.QUALITATIVE) {
            Optional<Integer> level = QualitativeLevel.parse(text, levels);
            if (level.isEmpty() && !QualitativeLevel.isNone(text)) {
                problems.add(Problem.data(row.at("value"), "unknown level", "定性指标的取值不对",
                        "达到的级别（Ⅰ、Ⅱ、Ⅲ）、“未达到”或“不适用”", text));
                return Optional.empty();
            }
            return Optional.of((level.isPresent() ? IndicatorValue.meetsLevel(level.get()) : IndicatorValue.meetsNoLevel())
                    .withSource(row.source()));
        }
        try {
            return Optional.of(IndicatorValue.measured(new BigDecimal(TableValidator.halfWidth(text).replace("%", "").strip()),
                    row.source()));
        } catch (NumberFormatException e) {
            problems.add(Problem.data(row.at("value"), "not a number", "定量指标的取值不是数字",
                    "数值（单位 " + indicator.unit() + "）或“不适用”", text));
            return Optional.empty();
        }
    }

    private static String enterprise(TypedTable.Row row) {
        return text(row, "enterprise");
    }
}
