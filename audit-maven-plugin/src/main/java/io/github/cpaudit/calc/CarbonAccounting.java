package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.CarbonFactors;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.EmissionFactor;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.ProcessEmission;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * CO2 from energy and process data (formulas.md §2): Σ fuel × factor + purchased electricity × grid
 * factor + purchased heat × heat factor + process emissions. A fuel without a factor is an error.
 */
public final class CarbonAccounting {

    private final CarbonFactors factors;
    private final GridFactor grid;

    /**
     * @param factors fuel and heat factors (defaults or the project's)
     * @param grid    the grid factor chosen by {@link GridFactorSelection}
     */
    public CarbonAccounting(CarbonFactors factors, GridFactor grid) {
        this.factors = factors;
        this.grid = grid;
    }

    /** The emission of one energy line. */
    public CarbonLine line(EnergyUse use) {
        EnergyType type = use.type();
        if (type == EnergyType.ELECTRICITY) {
            StandardCoalConversion.requireUnit(use, Dimension.ENERGY);
            BigDecimal mwh = use.quantity().in(Unit.MWH);
            return new CarbonLine(EmissionCategory.PURCHASED_ELECTRICITY, type.chinese(), grid.tco2PerMwh(), Unit.MWH,
                    grid.source(), mwh.multiply(grid.tco2PerMwh(), MathContext.DECIMAL128), use.source());
        }
        if (type == EnergyType.HEAT || type == EnergyType.STEAM) {
            return heatLine(use);
        }
        EmissionFactor factor = factors.fuel(type).orElseThrow(() -> new AuditException(
                "燃料“" + type.chinese() + "”没有二氧化碳排放因子（no CO2 factor）：请在 audit.yaml 中给出该燃料的"
                        + "排放因子及其依据（或低位发热量与单位热值含碳量）。"));
        StandardCoalConversion.requireUnit(use, factor.unit().dimension());
        BigDecimal amount = use.quantity().in(factor.unit());
        return new CarbonLine(EmissionCategory.FUEL_COMBUSTION, type.chinese(), factor.tco2PerUnit(), factor.unit(),
                factor.basis(), amount.multiply(factor.tco2PerUnit(), MathContext.DECIMAL128), use.source());
    }

    /** Every energy line plus the process emissions. */
    public CarbonAccount account(List<EnergyUse> uses, List<ProcessEmission> processEmissions) {
        List<CarbonLine> lines = new ArrayList<>();
        for (EnergyUse use : uses) {
            lines.add(line(use));
        }
        for (ProcessEmission process : processEmissions) {
            if (process.amount().dimension() != Dimension.CO2) {
                throw new AuditException("工业过程排放“" + process.name() + "”的单位不符（unit dimension mismatch）："
                        + "给出的是“" + process.amount().unit().symbol() + "”，这里需要二氧化碳单位（如 tCO2）。");
            }
            lines.add(new CarbonLine(EmissionCategory.PROCESS, process.name(), BigDecimal.ONE, Unit.T_CO2, "数据",
                    process.amount().in(Unit.T_CO2), process.source()));
        }
        return new CarbonAccount(lines);
    }

    /** Heat, and steam or hot water through their heat: GJ × heat factor. */
    private CarbonLine heatLine(EnergyUse use) {
        BigDecimal gj;
        if (use.quantity().dimension() == Dimension.ENERGY) {
            gj = use.quantity().in(Unit.GJ);
        } else if (use.type() == EnergyType.STEAM && use.quantity().dimension() == Dimension.MASS
                && use.steamEnthalpyMjPerKg() != null) {
            BigDecimal mj = use.quantity().in(Unit.KG).multiply(use.steamEnthalpyMjPerKg(), MathContext.DECIMAL128);
            gj = Unit.MJ.convert(mj, Unit.GJ);
        } else if (use.type() == EnergyType.STEAM && use.quantity().dimension() == Dimension.MASS) {
            throw new AuditException("蒸汽按质量计量时需要给出焓值（steam enthalpy missing）：二氧化碳按蒸汽所含热量"
                    + "（GJ）计算，请给出蒸汽的焓值（MJ/kg）或直接以 GJ 计量。");
        } else {
            StandardCoalConversion.requireUnit(use, Dimension.ENERGY);
            throw new IllegalStateException("unreachable");
        }
        EmissionFactor heat = factors.heat();
        BigDecimal perUnit = Unit.GJ.convert(BigDecimal.ONE, heat.unit());
        BigDecimal tco2 = gj.multiply(perUnit, MathContext.DECIMAL128).multiply(heat.tco2PerUnit(), MathContext.DECIMAL128);
        return new CarbonLine(EmissionCategory.PURCHASED_HEAT, use.type().chinese(), heat.tco2PerUnit(), heat.unit(),
                heat.basis(), tco2, use.source());
    }
}
