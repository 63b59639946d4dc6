package io.github.cpaudit.calc;

import io.github.cpaudit.calc.Explanation.Coefficient;
import io.github.cpaudit.calc.Explanation.Input;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.EconomicInputs;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Permit;
import io.github.cpaudit.model.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link Explanation}s of what the audit judges (formulas.md §3, §5, §6): an enterprise's level
 * score, a permit check, an option's economics and a benefit of worksheet 3-1; built from the
 * calculation's own results, so that what is explained is what was computed.
 */
public final class AppraisalExplanations {

    static final String LEVEL_FORMULA = "得分 Y = 100 × Σ 达到该级的指标的权重（不适用的指标不计，其余权重按比例放大为合计 1；"
            + "缺少数据的指标按 0 分计）（清洁生产评价指标体系编制通则）";
    static final String PERMIT_FORMULA = "排放量 = Σ 各排放口排放量（换算为许可排放量的单位）；不超过许可排放量为达标，超过为超许可"
            + "（超出量 = 排放量 − 许可排放量）";
    static final String CASH_FLOW = "F = P − E，E = max(0, t ×（P − D）)，D =（I − 残值）÷ n，I 为扣除补贴后的总投资";
    static final String NPV_FORMULA = "NPV = Σ_{j=1..n} F ÷（1 + i）^j + 残值 ÷（1 + i）^n − I；" + CASH_FLOW;
    static final String PAYBACK_FORMULA = "N = I ÷ F；" + CASH_FLOW;
    static final String INVESTMENT_FORMULA = "I = 总投资 − 补贴";
    static final String NPVR_FORMULA = "NPVR = NPV ÷ I；" + NPV_FORMULA;
    static final String IRR_FORMULA = "IRR 为使 NPV = 0 的折现率（数值求解到 0.01%；未折现的现金流量合计不超过 I 时为“无”）：Σ_{j=1..n} F ÷（1 + IRR）^j"
            + " + 残值 ÷（1 + IRR）^n − I = 0；" + CASH_FLOW;
    static final String CONCENTRATION_FORMULA = "排放浓度（噪声为等效声级）不超过标准限值为达标（范围限值在上下限之间为达标），否则超标；"
            + "各排放口（噪声昼、夜）分别判断";
    static final String BENEFIT_FORMULA = "方案实施后削减量 = Σ 各方案的削减量（换算为本项目的单位）";
    static final String BASELINE_FORMULA = "基准年排放/消耗 = Σ 各企业基准年的排放量或消耗量（换算为本项目的单位）";
    static final String IMPLEMENTED_FORMULA = "削减量 = Σ 各已实施方案的削减量（方案效果已核定的用核定值，换算为本项目的单位）";
    static final String INVESTMENT_SUM_FORMULA = "投资 = Σ 各已实施方案的总投资（补贴前）";
    static final String SAVING_SUM_FORMULA = "年经济效益 = Σ 各已实施方案的年节省（节能降耗的经济效益 + 削减污染物排放的经济效益）";
    static final String RATE_FORMULA = "削减率（%）= 方案实施后削减量 ÷ 基准年排放/消耗 × 100%";
    /** Where an indicator's value without a source row comes from: it was not given. */
    private static final Source NO_ROW = new Source("", "", 0);

    private AppraisalExplanations() {
    }

    /**
     * An enterprise's score at {@code level} (0 = Ⅰ): each applicable indicator with its value, its
     * effective weight and whether it meets the level.
     *
     * @param levelName the level's name (e.g. {@code Ⅱ级})
     */
    public static Explanation levelScore(String figure, String enterprise, LevelResult result, int level,
            String levelName) {
        List<Input> inputs = new ArrayList<>();
        for (IndicatorScore score : result.indicators()) {
            if (!score.isApplicable()) {
                continue;
            }
            String weight = "权重 " + FigureFormatter.plain(score.weight().round(new java.math.MathContext(4)));
            String met = score.status() == IndicatorScore.Status.MISSING ? "缺少数据，按 0 分计"
                    : (score.meets(level) ? "达到" : "未达到") + levelName;
            String what = enterprise + " " + score.indicator().name() + "（" + weight + "，" + met + "）";
            boolean measured = score.value() != null && score.value().number() != null;
            inputs.add(new Input(score.value() == null || score.value().source() == null ? NO_ROW : score.value().source(),
                    what, measured ? score.value().number() : null, measured ? score.indicator().unit() : ""));
        }
        return new Explanation(figure, result.score(level), Kind.PERCENT, "分", LEVEL_FORMULA, inputs, List.of());
    }

    /**
     * An enterprise's emission of a pollutant against its permit: the emission rows added up in the
     * permit's unit, and the permit's row.
     */
    public static Explanation permit(String figure, String enterprise, List<Emission> rows, Permit permit) {
        List<Input> inputs = new ArrayList<>();
        BigDecimal emitted = BigDecimal.ZERO;
        for (Emission row : rows) {
            if (row.discharged() != null) {
                inputs.add(Explanations.quantity(row.source(), enterprise + " " + row.pollutant()
                        + (row.outlet().isEmpty() ? "" : " " + row.outlet()) + " 排放量", row.discharged()));
                emitted = emitted.add(row.discharged().in(permit.permitted().unit()));
            }
        }
        inputs.add(Explanations.quantity(permit.source(), enterprise + " " + permit.pollutant() + " 许可排放量",
                permit.permitted()));
        return new Explanation(figure, emitted, Kind.AS_GIVEN, permit.permitted().unit().symbol(), PERMIT_FORMULA,
                inputs, List.of());
    }

    /** A figure of an option's economics (worksheet 2-18), as its 计算说明 names and computes it. */
    public enum Economic {
        INVESTMENT, CASH_FLOW, PAYBACK, NPV, NPVR, IRR
    }

    /**
     * A figure of an option's economics from its row's I, subsidy, P, n and residual, at the rates i
     * and t (printed in percent) with their origins; I alone reads only the investment and subsidy.
     */
    public static Explanation economics(String figure, EconomicResult result, Economic which, String discountOrigin,
            String taxOrigin) {
        EconomicInputs in = result.inputs();
        Source row = in.source() == null ? NO_ROW : in.source();
        List<Input> inputs = new ArrayList<>(List.of(new Input(row, "总投资", in.investment(), "万元"),
                new Input(row, "补贴", in.subsidy(), "万元")));
        if (which == Economic.INVESTMENT) {
            return new Explanation(figure, result.netInvestment(), Kind.MONEY, "万元", INVESTMENT_FORMULA, inputs,
                    List.of());
        }
        inputs.addAll(List.of(new Input(row, "年节省 P", in.annualNetSaving(), "万元/a"),
                new Input(row, "使用年限 n", BigDecimal.valueOf(in.years()), "a"), new Input(row, "残值", in.residual(), "万元")));
        List<Coefficient> rates = new ArrayList<>();
        // the cash flow and the payback do not discount: only the tax rate applies to them
        if (which != Economic.CASH_FLOW && which != Economic.PAYBACK) {
            rates.add(rate("基准折现率 i", in.discountRate(), discountOrigin));
        }
        rates.add(rate("所得税率 t", in.taxRate(), taxOrigin));
        return switch (which) {
            case CASH_FLOW -> new Explanation(figure, result.annualCashFlow(), Kind.MONEY, "万元/a", CASH_FLOW, inputs, rates);
            case PAYBACK -> new Explanation(figure, available(result.payback()), Kind.PAYBACK, "a", PAYBACK_FORMULA, inputs,
                    rates);
            case NPV -> new Explanation(figure, result.npv(), Kind.MONEY, "万元", NPV_FORMULA, inputs, rates);
            case NPVR -> new Explanation(figure, available(result.npvr()), Kind.RATIO, "", NPVR_FORMULA, inputs, rates);
            case IRR -> new Explanation(figure, available(result.irr()), Kind.IRR, "%", IRR_FORMULA, inputs, rates);
            case INVESTMENT -> throw new IllegalStateException("explained above");
        };
    }

    /** A rate kept as a fraction (0.08), printed as the writer sets it in audit.yaml: 8 %. */
    private static Coefficient rate(String name, BigDecimal fraction, String origin) {
        return new Coefficient(name, fraction.movePointRight(2).stripTrailingZeros(), "%", origin);
    }

    private static BigDecimal available(Figure figure) {
        return figure.isAvailable() ? figure.value() : null;
    }

    /**
     * A pollutant's measured concentrations (each outlet's, or 昼 and 夜) against their limits: the
     * monitoring rows, and each limit as a coefficient named with its standard. The figure's value is
     * the highest concentration.
     */
    public static Explanation concentration(String figure, List<ConcentrationResult> results) {
        List<Input> inputs = new ArrayList<>();
        Set<Coefficient> limits = new LinkedHashSet<>();
        BigDecimal highest = null;
        for (ConcentrationResult result : results) {
            Emission row = result.emission();
            String what = row.enterprise() + " " + row.pollutant() + (row.outlet().isEmpty() ? "" : " " + row.outlet());
            inputs.add(new Input(row.source() == null ? NO_ROW : row.source(), what + " 排放浓度", row.concentration(),
                    row.measure()));
            highest = highest == null || row.concentration().compareTo(highest) > 0 ? row.concentration() : highest;
            String family = result.standard().isEmpty() ? "" : "排放限值：" + result.standard();
            String name = row.pollutant() + " 标准限值";
            if (result.min() != null) {
                limits.add(new Coefficient(name + "（下限）", result.min(), row.measure(), result.basis(), family));
            }
            if (result.max() != null) {
                limits.add(new Coefficient(result.min() == null ? name : name + "（上限）", result.max(), row.measure(),
                        result.basis(), family));
            }
        }
        String unit = results.isEmpty() ? "" : results.get(0).emission().measure();
        return new Explanation(figure, highest, Kind.AS_GIVEN, unit, CONCENTRATION_FORMULA, inputs, List.copyOf(limits));
    }

    /**
     * The reduction of a 3-1 item: the amount of each option, read at the row it was given in.
     *
     * @param amounts each option's amount, as an input naming its row
     */
    public static Explanation benefit(String figure, BigDecimal reduction, Kind kind, String unit, List<Input> amounts) {
        return new Explanation(figure, reduction, kind, unit, BENEFIT_FORMULA, amounts, List.of());
    }

    /** What is the figure of the implemented options, and how it adds up. */
    public enum Implemented {
        REDUCTION(IMPLEMENTED_FORMULA), INVESTMENT(INVESTMENT_SUM_FORMULA), SAVING(SAVING_SUM_FORMULA);

        private final String formula;

        Implemented(String formula) {
            this.formula = formula;
        }
    }

    /**
     * A figure summed over implemented options (the 清洁生产审核绩效表): each option's amount, read
     * at the row it was given in (its effect rows, or its row of the options table).
     */
    public static Explanation implemented(String figure, Implemented which, BigDecimal value, Kind kind, String unit,
            List<Input> amounts) {
        return new Explanation(figure, value, kind, unit, which.formula, amounts, List.of());
    }

    /**
     * The baseline-year figure of a 3-1 item: energy and CO2 as the enterprises' accounts give them
     * (their lines and coefficients), any other item from its rows as entered.
     */
    public static Explanation baseline(String figure, String item, Figure baseline, Kind kind, String unit,
            AuditResults results, AuditData data) {
        BigDecimal value = available(baseline);
        if (item.equals(SynergyAnalysis.ENERGY_ITEM)) {
            return Explanations.energy(figure, results.enterprises(), value);
        }
        if (item.equals(SynergyAnalysis.CO2_ITEM)) {
            return Explanations.carbon(figure, results.enterprises(), value, results.grid().used());
        }
        List<Input> inputs = ItemAmounts.unit(item).map(found -> ItemAmounts.inputs(ItemAmounts.name(item), found, data))
                .orElse(List.of());
        return new Explanation(figure, value, kind, unit, BASELINE_FORMULA, inputs, List.of());
    }

    /** A 3-1 reduction rate: the reduction's chain and the baseline's, one after the other. */
    public static Explanation reductionRate(String figure, Figure rate, Explanation reduction, Explanation baseline) {
        List<Input> inputs = new ArrayList<>(reduction.inputs());
        inputs.addAll(baseline.inputs());
        Set<Coefficient> coefficients = new LinkedHashSet<>(reduction.coefficients());
        coefficients.addAll(baseline.coefficients());
        return new Explanation(figure, available(rate), Kind.PERCENT, "%", RATE_FORMULA + "；" + reduction.formula()
                + "；" + baseline.formula(), inputs, List.copyOf(coefficients));
    }
}
