package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.StandardCoalCoefficients.Coefficient;
import io.github.cpaudit.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Physical energy → standard coal (formulas.md §1): tce = Σ quantity × coefficient, after converting
 * each quantity to the unit its coefficient is given per. An energy type without a coefficient or a
 * unit of the wrong dimension is an error, never a zero.
 */
public final class StandardCoalConversion {

    private static final BigDecimal KG_PER_T = new BigDecimal(1000);

    private final StandardCoalCoefficients coefficients;

    public StandardCoalConversion(StandardCoalCoefficients coefficients) {
        this.coefficients = coefficients;
    }

    /** Converts one line. */
    public EnergyLine convert(EnergyUse use) {
        Coefficient coefficient = coefficientFor(use);
        BigDecimal amount = amountIn(use, coefficient.unit());
        BigDecimal kgce = amount.multiply(coefficient.kgcePerUnit(), MathContext.DECIMAL128);
        return new EnergyLine(use, coefficient.kgcePerUnit(), coefficient.unit(), coefficient.basis(),
                kgce.divide(KG_PER_T, MathContext.DECIMAL128));
    }

    /** Converts every line and sums them. */
    public EnergyTotal total(List<EnergyUse> uses) {
        List<EnergyLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (EnergyUse use : uses) {
            EnergyLine line = convert(use);
            lines.add(line);
            sum = sum.add(line.tce(), MathContext.DECIMAL128);
        }
        return new EnergyTotal(lines, sum);
    }

    private Coefficient coefficientFor(EnergyUse use) {
        EnergyType type = use.type();
        // steam measured as heat, or by mass with a known enthalpy, counts by the heat it carries
        boolean steamAsHeat = type == EnergyType.STEAM
                && (use.quantity().dimension() == Dimension.ENERGY || use.steamEnthalpyMjPerKg() != null);
        EnergyType lookup = steamAsHeat ? EnergyType.HEAT : type;
        return coefficients.coefficient(lookup).orElseThrow(() -> new AuditException(
                "能源品种“" + type.chinese() + "”没有折标系数（no standard-coal coefficient）："
                        + "请在 audit.yaml 中给出该能源的折标系数及其依据。"));
    }

    /** The line's amount in {@code unit}: for steam with enthalpy, the heat it carries in MJ. */
    private static BigDecimal amountIn(EnergyUse use, Unit unit) {
        if (use.type() == EnergyType.STEAM && use.quantity().dimension() == Dimension.MASS
                && use.steamEnthalpyMjPerKg() != null) {
            BigDecimal mj = use.quantity().in(Unit.KG).multiply(use.steamEnthalpyMjPerKg(), MathContext.DECIMAL128);
            return Unit.MJ.convert(mj, unit);
        }
        requireUnit(use, unit.dimension());
        return use.quantity().in(unit);
    }

    static void requireUnit(EnergyUse use, Dimension expected) {
        Unit given = use.quantity().unit();
        if (given.dimension() != expected) {
            throw new AuditException("能源品种“" + use.type().chinese() + "”的单位不符（unit dimension mismatch）："
                    + "给出的是“" + given.symbol() + "”（" + given.dimension().chinese() + "），这里需要"
                    + expected.chinese() + "单位。");
        }
    }
}
