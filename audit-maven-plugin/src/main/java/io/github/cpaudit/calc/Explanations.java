package io.github.cpaudit.calc;

import io.github.cpaudit.calc.Explanation.Coefficient;
import io.github.cpaudit.calc.Explanation.Input;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.WaterUse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Explanation}s of the figures that energy, carbon and water give (formulas.md §1, §2,
 * §6): built from the calculation's own lines, so that what is explained is what was computed.
 */
public final class Explanations {

    static final String ENERGY_FORMULA = "折标准煤（tce）= Σ 实物量（换算为折标系数的计量单位）× 折标系数（kgce/单位）÷ 1000"
            + "（GB/T 2589）";
    static final String LINE_FORMULA = "折标准煤（tce）= 实物量（换算为折标系数的计量单位）× 折标系数（kgce/单位）÷ 1000"
            + "（GB/T 2589）";
    static final String CARBON_FORMULA = "二氧化碳排放量（tCO2）= Σ 化石燃料消耗量 × 排放因子 + 净购入电力（MWh）× 电网排放因子"
            + " + 净购入热力（GJ）× 热力排放因子 + 工业过程排放";
    static final String WATER_FORMULA = "重复利用率（%）= 重复用水量 ÷（重复用水量 + 新鲜水量）× 100%";
    static final String INTENSITY_FORMULA = "单位产品综合能耗 = 综合能耗（kgce）÷ 产品产量（各产品以同一类单位计量，合计后相除）";

    private Explanations() {
    }

    /** One energy line of worksheet 2-4: its quantity × its coefficient. */
    public static Explanation energyLine(String figure, String enterprise, EnergyLine line) {
        return new Explanation(figure, line.tce(), Kind.TCE, "tce", LINE_FORMULA,
                List.of(energyInput(enterprise, line.use())), List.of(coefficient(line)));
    }

    /** The energy of these enterprises in tce (an enterprise's 综合能耗, the industry's): Σ of their lines. */
    public static Explanation energy(String figure, List<EnterpriseResult> results, BigDecimal tce) {
        List<Input> inputs = new ArrayList<>();
        Set<Coefficient> coefficients = new LinkedHashSet<>();
        for (EnterpriseResult result : results) {
            for (EnergyLine line : result.energy().lines()) {
                inputs.add(energyInput(result.enterprise().id(), line.use()));
                coefficients.add(coefficient(line));
            }
        }
        return new Explanation(figure, tce, Kind.TCE, "tce", ENERGY_FORMULA, inputs, List.copyOf(coefficients));
    }

    /**
     * The CO2 of these enterprises (worksheet 2-8, the industry's total): Σ of their lines; the grid
     * factor is named with its data year and region.
     */
    public static Explanation carbon(String figure, List<EnterpriseResult> results, BigDecimal tco2, GridFactor grid) {
        List<Input> inputs = new ArrayList<>();
        Set<Coefficient> coefficients = new LinkedHashSet<>();
        for (EnterpriseResult result : results) {
            String id = result.enterprise().id();
            Map<Source, EnergyUse> bySource = new HashMap<>();
            result.energy().lines().stream().map(EnergyLine::use).filter(use -> use.source() != null)
                    .forEach(use -> bySource.putIfAbsent(use.source(), use));
            for (CarbonLine line : result.carbon().lines()) {
                EnergyUse use = line.source() == null ? null : bySource.get(line.source());
                if (use != null) {
                    inputs.add(energyInput(id, use));
                } else if (line.source() != null) {
                    inputs.add(new Input(line.source(), id + " " + line.label(), line.tco2(), "tCO2"));
                }
                if (line.category() != EmissionCategory.PROCESS) {
                    coefficients.add(carbonFactor(line, grid));
                }
            }
        }
        return new Explanation(figure, tco2, Kind.CO2, "tCO2", CARBON_FORMULA, inputs, List.copyOf(coefficients));
    }

    /** The grid factor the project uses, and why (the selection rule's sentence). */
    public static Explanation grid(GridFactorChoice choice) {
        GridFactor used = choice.used();
        return new Explanation("电网排放因子", used.tco2PerMwh(), Kind.FACTOR, "tCO2/MWh", choice.note(), List.of(),
                List.of(new Coefficient("电网排放因子", used.tco2PerMwh(), "tCO2/MWh", gridOrigin(used))));
    }

    /** An enterprise's water reuse rate (worksheet 2-5) from its water row. */
    public static Explanation waterReuse(String figure, WaterUse water, Figure rate) {
        return new Explanation(figure, rate.value(), Kind.PERCENT, "%", WATER_FORMULA, waterInputs(water, true),
                List.of());
    }

    /** A water row's 新鲜水量 and, with {@code reused} and when given, its 重复用水量. */
    static List<Input> waterInputs(WaterUse water, boolean reused) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(quantity(water.source(), water.enterprise() + " 新鲜水量", water.fresh()));
        if (reused && water.reused() != null) {
            inputs.add(quantity(water.source(), water.enterprise() + " 重复用水量", water.reused()));
        }
        return inputs;
    }

    /** An enterprise's 单位产品综合能耗: its energy lines and its outputs. */
    public static Explanation intensity(String figure, String enterprise, EnergyTotal energy,
            List<ProductOutput> outputs, Figure intensity, String unit) {
        List<Input> inputs = new ArrayList<>();
        Set<Coefficient> coefficients = new LinkedHashSet<>();
        for (EnergyLine line : energy.lines()) {
            inputs.add(energyInput(enterprise, line.use()));
            coefficients.add(coefficient(line));
        }
        for (ProductOutput output : outputs) {
            inputs.add(quantity(output.source(), enterprise + " " + output.product() + " 产量", output.output()));
        }
        return new Explanation(figure, intensity.value(), Kind.INTENSITY, unit, INTENSITY_FORMULA, inputs,
                List.copyOf(coefficients));
    }

    private static Input energyInput(String enterprise, EnergyUse use) {
        return quantity(use.source(), enterprise + " " + use.type().chinese() + " 实物量", use.quantity());
    }

    static Input quantity(Source source, String what, Quantity quantity) {
        return new Input(source == null ? new Source("", "", 0) : source, what, quantity.value(),
                quantity.unit().symbol());
    }

    private static Coefficient carbonFactor(CarbonLine line, GridFactor grid) {
        if (line.category() == EmissionCategory.PURCHASED_ELECTRICITY && grid != null) {
            return new Coefficient("电网排放因子", line.factor(), "tCO2/" + line.perUnit().symbol(), gridOrigin(grid));
        }
        // steam and hot water count through the heat they carry: one heat factor, whatever the label
        String name = line.category() == EmissionCategory.PURCHASED_HEAT ? "热力排放因子" : line.label() + "二氧化碳排放因子";
        return new Coefficient(name, line.factor(), "tCO2/" + line.perUnit().symbol(), line.basis());
    }

    /** {@code 生态环境部、国家统计局公布的…（2023 全国）}. */
    private static String gridOrigin(GridFactor grid) {
        return grid.source() + "（" + grid.dataYear() + " " + grid.region() + "）";
    }

    private static Coefficient coefficient(EnergyLine line) {
        return new Coefficient(line.use().type().chinese() + "折标系数", line.coefficient(),
                "kgce/" + line.perUnit().symbol(), line.basis());
    }
}
