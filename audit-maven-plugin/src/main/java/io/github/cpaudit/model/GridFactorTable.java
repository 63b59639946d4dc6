package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The published grid factors a selection chooses from (formulas.md §2).
 *
 * @param factors the published factors, national and regional
 */
public record GridFactorTable(List<GridFactor> factors) {

    public GridFactorTable {
        factors = List.copyOf(factors);
    }

    /** The factors published by the ecology and environment ministry with the statistics bureau. */
    public static GridFactorTable defaults() {
        String publisher = "生态环境部、国家统计局公布的电力二氧化碳排放因子";
        List<GridFactor> factors = new ArrayList<>();
        factors.add(new GridFactor(GridFactor.NATIONAL, 2021, new BigDecimal("0.5568"), publisher));
        factors.add(new GridFactor(GridFactor.NATIONAL, 2022, new BigDecimal("0.5366"), publisher));
        factors.add(new GridFactor(GridFactor.NATIONAL, 2023, new BigDecimal("0.5306"), publisher));
        String[][] regional2023 = {{"华北", "0.6361"}, {"东北", "0.5122"}, {"华东", "0.5500"}, {"华中", "0.5271"},
            {"西北", "0.5543"}, {"南方", "0.4042"}, {"西南", "0.2472"}};
        for (String[] row : regional2023) {
            factors.add(new GridFactor(row[0], 2023, new BigDecimal(row[1]), publisher));
        }
        return new GridFactorTable(factors);
    }

    /** The factors of one region ({@link GridFactor#NATIONAL} for the national average). */
    public List<GridFactor> ofRegion(String region) {
        return factors.stream().filter(factor -> factor.region().equals(region)).toList();
    }
}
