package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Permit;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.cpaudit.data.Rows.text;

/**
 * Maps the baseline year's emissions and the permits. An amount needs a unit of mass or volume,
 * one kind per enterprise and pollutant, and a permit's unit must be of the kind its emissions
 * are counted in: otherwise the comparison would be meaningless, so the cell is reported and the
 * row left out.
 */
final class EmissionMapper {

    private static final String NOISE = "噪声";
    private static final String QUANTITY_UNITS = "质量或体积单位，如 t、kg、m³（年量可写 t/a）";

    /**
     * @param emissions baseline-year emissions that passed
     * @param permits   permits that passed
     */
    record Result(List<Emission> emissions, List<Permit> permits) {
    }

    private final DataProblems problems;

    EmissionMapper(DataProblems problems) {
        this.problems = problems;
    }

    Result map(ProjectTables tables, int year) {
        List<Emission> emissions = new ArrayList<>();
        Map<String, Dimension> kinds = new HashMap<>();
        tables.table("emissions").ifPresent(table -> {
            for (TypedTable.Row row : Rows.ofYear(tables, "emissions", year)) {
                if (row.values().containsKey("pollutant") && row.values().containsKey("category")) {
                    emission(table, row, kinds).ifPresent(emissions::add);
                }
            }
        });
        List<Permit> permits = new ArrayList<>();
        for (TypedTable.Row row : Rows.of(tables, "permits", "enterprise", "pollutant", "permitted", "unit")) {
            Unit unit = Rows.unit(row, "unit").orElseThrow();
            Dimension kind = kinds.get(key(text(row, "enterprise"), text(row, "pollutant")));
            if (kind != null ? Rows.requireDimension(row, "unit", unit, kind, "许可排放量", problems)
                    : quantityUnit(row, unit)) {
                permits.add(new Permit(text(row, "enterprise"), text(row, "permit_no"), text(row, "category"),
                        text(row, "pollutant"), new Quantity(row.get("permitted", BigDecimal.class).orElseThrow(), unit),
                        row.source()));
            }
        }
        return new Result(emissions, permits);
    }

    private Optional<Emission> emission(TypedTable table, TypedTable.Row row, Map<String, Dimension> kinds) {
        String enterprise = text(row, "enterprise");
        String pollutant = text(row, "pollutant");
        Optional<BigDecimal> generated = row.get("generated", BigDecimal.class);
        Optional<BigDecimal> discharged = row.get("discharged", BigDecimal.class);
        if (NOISE.equals(text(row, "category")) || generated.isEmpty() && discharged.isEmpty()) {
            return Optional.of(new Emission(enterprise, text(row, "category"), pollutant, text(row, "outlet"), null,
                    null, decimal(row, "concentration"), text(row, "concentration_unit"), decimal(row, "limit"),
                    text(row, "limit_source"), row.source()));
        }
        Optional<Unit> unit = Rows.unit(row, "unit");
        if (unit.isEmpty()) {
            problems.add(Problem.data(Rows.at(table, row, "unit"), "missing unit", "填了产生量或排放量却没有单位",
                    QUANTITY_UNITS, ""));
            return Optional.empty();
        }
        if (!quantityUnit(row, unit.get())) {
            return Optional.empty();
        }
        // outlets of one pollutant are summed: they must be counted in one kind of unit
        Dimension kind = kinds.putIfAbsent(key(enterprise, pollutant), unit.get().dimension());
        if (kind != null && !Rows.requireDimension(row, "unit", unit.get(), kind, "同一污染物的排放量", problems)) {
            return Optional.empty();
        }
        return Optional.of(new Emission(enterprise, text(row, "category"), pollutant, text(row, "outlet"),
                generated.map(v -> new Quantity(v, unit.get())).orElse(null),
                discharged.map(v -> new Quantity(v, unit.get())).orElse(null), decimal(row, "concentration"),
                text(row, "concentration_unit"), decimal(row, "limit"), text(row, "limit_source"), row.source()));
    }

    private boolean quantityUnit(TypedTable.Row row, Unit unit) {
        if (unit.dimension() == Dimension.MASS || unit.dimension() == Dimension.VOLUME) {
            return true;
        }
        problems.add(Problem.data(row.at("unit"), "unit dimension mismatch", "排放量的单位量纲不符", QUANTITY_UNITS,
                text(row, "unit")));
        return false;
    }

    private static BigDecimal decimal(TypedTable.Row row, String key) {
        return row.get(key, BigDecimal.class).orElse(null);
    }

    private static String key(String enterprise, String pollutant) {
        return enterprise + "\u0000" + pollutant;
    }
}
