package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.Balance;
import io.github.cpaudit.model.Dimension;
import io.github.cpaudit.model.Direction;
import io.github.cpaudit.model.CarbonFactors;
import io.github.cpaudit.model.CommonIssue;
import io.github.cpaudit.model.EnergyType;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.GridFactorTable;
import io.github.cpaudit.model.Indicator;
import io.github.cpaudit.model.IndicatorValue;
import io.github.cpaudit.model.NaturalGasNcv;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.OptionReductions;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.ReferenceLimit;
import io.github.cpaudit.model.ReferenceLimitSet;
import io.github.cpaudit.model.Scoring;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.StandardCoalCoefficients;
import io.github.cpaudit.model.Target;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.model.WaterUse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Computes the audit's figures from its data, once per build: energy and CO2 per enterprise,
 * energy intensity, water reuse, capacity utilisation, cleaner-production levels, benchmarking per
 * indicator, the roll-ups by district, park and size, permit compliance, the options' economics and
 * 减污降碳协同, the weighted-sum rankings, target completion, balances and the findings on
 * equipment and materials. Pure: the same data give the same results.
 */
public final class AuditCalculation {

    private final StandardCoalCoefficients coefficients;
    private final CarbonFactors carbonFactors;
    private final GridFactorTable gridFactors;

    public AuditCalculation(StandardCoalCoefficients coefficients, CarbonFactors carbonFactors,
            GridFactorTable gridFactors) {
        this.coefficients = coefficients;
        this.carbonFactors = carbonFactors;
        this.gridFactors = gridFactors;
    }

    /** With the toolkit's default factors (GB/T 2589, the national guidelines, published grid factors). */
    public static AuditCalculation withDefaults() {
        return new AuditCalculation(StandardCoalCoefficients.defaults(), CarbonFactors.defaults(),
                GridFactorTable.defaults());
    }

    public AuditResults compute(AuditData data) {
        GridFactorChoice grid = GridFactorSelection.select(gridFactors, data.gridRegion(), data.baselineYear(),
                data.gridFactor());
        // a project's measured natural gas NCV replaces the table coefficient and the default CO2 factor
        // and a coefficient or factor the project names for an energy type replaces the default
        NaturalGasNcv gas = data.settings().naturalGas();
        StandardCoalCoefficients coal = gas == null ? coefficients
                : coefficients.with(EnergyType.NATURAL_GAS, gas.standardCoalCoefficient());
        CarbonFactors factors = gas == null ? carbonFactors
                : carbonFactors.withFuel(EnergyType.NATURAL_GAS, gas.co2Factor());
        for (var override : data.settings().coalOverrides().entrySet()) {
            coal = coal.with(override.getKey(), override.getValue());
        }
        for (var override : data.settings().co2Overrides().entrySet()) {
            factors = factors.withFuel(override.getKey(), override.getValue());
        }
        StandardCoalConversion standardCoal = new StandardCoalConversion(coal);
        CarbonAccounting carbon = new CarbonAccounting(factors, grid.used());
        List<Problem> refused = new ArrayList<>();
        List<EnterpriseResult> results = new ArrayList<>();
        BigDecimal totalTce = BigDecimal.ZERO;
        BigDecimal totalCo2 = BigDecimal.ZERO;
        for (Enterprise enterprise : data.enterprises()) {
            List<EnergyUse> uses = usable(data.energy().getOrDefault(enterprise.id(), List.of()), standardCoal,
                    carbon, refused);
            EnergyTotal energy = standardCoal.total(uses);
            CarbonAccount account = carbon.account(uses, List.of());
            Map<String, IndicatorValue> values = data.indicatorValues().get(enterprise.id());
            LevelResult level = data.indicatorSystem() == null || values == null ? null
                    : LevelEvaluation.evaluate(data.indicatorSystem(), enterprise.id(), values);
            List<ProductOutput> outputs = data.production().getOrDefault(enterprise.id(), List.of());
            results.add(new EnterpriseResult(enterprise, energy, account, intensity(enterprise, energy, outputs),
                    waterReuse(enterprise, data.water().get(enterprise.id())), level,
                    outputs.stream().map(AuditCalculation::capacity).toList()));
            totalTce = totalTce.add(energy.tce());
            totalCo2 = totalCo2.add(account.total());
        }
        Map<String, List<GroupTotal>> rollUps = new LinkedHashMap<>();
        rollUps.put("district", rollUp(results, Enterprise::district));
        rollUps.put("park", rollUp(results, e -> e.park().isEmpty() ? "园区外" : e.park()));
        rollUps.put("size", rollUp(results, Enterprise::size));
        // options save energy through the same coefficients and factors as the enterprises use it
        // an energy saving the conversions refuse is left out of the option's effect, and reported
        SynergyRollUp synergy = new SynergyAnalysis(standardCoal, carbon).rollUp(data.options().stream()
                .map(Option::reductions).map(r -> usable(r, standardCoal, carbon, refused)).toList());
        return new AuditResults(grid, results, benchmarks(data), rollUps, totalTce, totalCo2,
                PermitReview.review(data.enterprises(), data.emissions(), data.permits()),
                new OptionAppraisal(data.settings()).appraise(data.options(), synergy), synergy, rankings(data),
                data.targets().stream().map(AuditCalculation::target).toList(), balances(data),
                Findings.collect(data.enterprises(), data.equipment(), data.materials()), potentials(data),
                energyLimits(data, results), BenefitSummary.lines(synergy, data, totalTce, totalCo2),
                ConcentrationReview.review(data.emissions(), data.settings().emissionLimits()),
                issueShares(data), refused);
    }

    private static OptionReductions usable(OptionReductions reductions, StandardCoalConversion standardCoal,
            CarbonAccounting carbon, List<Problem> refused) {
        List<EnergyUse> savings = usable(reductions.energySavings(), standardCoal, carbon, refused);
        return savings.size() == reductions.energySavings().size() ? reductions
                : new OptionReductions(reductions.id(), reductions.name(), reductions.investment(),
                        reductions.implemented(), savings, reductions.directCo2Reduction(),
                        reductions.pollutantReductions(), reductions.otherSavings(), reductions.source());
    }

    /**
     * The energy lines both conversions accept; the others are refused with the reason (a fuel
     * without a CO2 factor, electricity in tonnes …) instead of failing the whole calculation.
     */
    private static List<EnergyUse> usable(List<EnergyUse> uses, StandardCoalConversion standardCoal,
            CarbonAccounting carbon, List<Problem> refused) {
        List<EnergyUse> usable = new ArrayList<>();
        for (EnergyUse use : uses) {
            try {
                standardCoal.convert(use);
                carbon.line(use);
                usable.add(use);
            } catch (AuditException e) {
                refused.add(Problem.refused(use.source().cell(null), e.getMessage()));
            }
        }
        return usable;
    }

    private static ProductCapacity capacity(ProductOutput product) {
        Figure utilisation = product.capacity() == null
                ? Figure.unavailable("没有填报设计产能（no design capacity），产能利用率无法计算", List.of(product.source()))
                : Percentages.capacityUtilisation(product.output(), product.capacity(), List.of(product.source()));
        return new ProductCapacity(product, utilisation);
    }

    private static List<Ranking> rankings(AuditData data) {
        List<Ranking> rankings = new ArrayList<>();
        for (Scoring scoring : data.scorings()) {
            List<WeightedSumRanking.Factor> factors = new ArrayList<>();
            for (int i = 0; i < scoring.factors().size(); i++) {
                factors.add(new WeightedSumRanking.Factor(scoring.factors().get(i), scoring.weights().get(i)));
            }
            List<WeightedSumRanking.Candidate> candidates = scoring.candidates().stream()
                    .map(c -> new WeightedSumRanking.Candidate(c.name(), c.scores())).toList();
            List<Source> sources = scoring.candidates().stream().flatMap(c -> c.sources().stream()).toList();
            rankings.add(new Ranking(scoring.purpose(), factors, WeightedSumRanking.rank(factors, candidates), sources));
        }
        return rankings;
    }

    private static TargetResult target(Target target) {
        return new TargetResult(target, completion(target, target.nearTerm()), completion(target, target.longTerm()));
    }

    private static TargetCompletion.Result completion(Target target, BigDecimal goal) {
        return target.achieved() == null || goal == null ? null
                : TargetCompletion.assess(target.direction(), goal, target.achieved());
    }

    private static List<BalanceResult> balances(AuditData data) {
        Map<String, String> names = new LinkedHashMap<>();
        data.enterprises().forEach(e -> names.put(e.id(), e.name()));
        List<BalanceResult> results = new ArrayList<>();
        for (Balance balance : data.balances()) {
            BalanceCheck.Result check = BalanceCheck.check(
                    names.getOrDefault(balance.enterprise(), balance.enterprise()) + balance.subject() + "平衡",
                    items(balance.inputs()), items(balance.outputs()), data.settings().balanceTolerancePercent());
            List<Balance.Entry> products = balance.outputs().stream().filter(Balance.Entry::product).toList();
            Unit unit = check.inputTotal().unit();
            BigDecimal deposited = BigDecimal.ZERO;
            for (Balance.Entry product : products) {
                deposited = deposited.add(product.quantity().in(unit));
            }
            List<Source> sources = Stream.concat(balance.inputs().stream(), products.stream())
                    .map(Balance.Entry::source).toList();
            Figure utilisation = products.isEmpty()
                    ? Figure.unavailable("没有标为进入产品的输出项（no product output），利用率不计算", sources)
                    : Percentages.metalUtilisation(new Quantity(deposited, unit), check.inputTotal(), sources);
            results.add(new BalanceResult(balance, check, utilisation));
        }
        return results;
    }

    private static List<BalanceCheck.Item> items(List<Balance.Entry> entries) {
        return entries.stream().map(e -> new BalanceCheck.Item(e.item(), e.quantity(), e.source())).toList();
    }

    /** kgce per unit of product; only when every product of the enterprise is counted in one unit. */
    private static Figure intensity(Enterprise enterprise, EnergyTotal energy, List<ProductOutput> outputs) {
        if (energy.lines().isEmpty()) {
            // no energy data is missing data, not 0 kgce per unit
            return Figure.unavailable("企业“" + enterprise.name() + "”没有能源消耗数据（no energy data），单位产品综合能耗无法计算。",
                    outputs.stream().map(ProductOutput::source).toList());
        }
        List<Source> sources = new ArrayList<>(energy.sources());
        outputs.forEach(output -> sources.add(output.source()));
        return UnitConsumption.perOutput("单位产品综合能耗", enterprise.name(), new Quantity(energy.tce(), Unit.TCE),
                Unit.KGCE, outputs, sources);
    }

    private static Figure waterReuse(Enterprise enterprise, WaterUse water) {
        if (water == null) {
            return Figure.unavailable("企业“" + enterprise.name() + "”没有填报用水数据（no water data）。");
        }
        Quantity reused = water.reused() != null ? water.reused() : new Quantity(BigDecimal.ZERO, water.fresh().unit());
        return Percentages.waterReuseRate(reused, water.fresh(), List.of(water.source()));
    }

    /**
     * Each enterprise's intensity against the limit of every product it makes that the limit file
     * names. The enterprise's energy is not split between products, so the intensity is judged only
     * when all its output is counted in the limit's product unit (else "—", with the reason).
     */
    private static List<EnergyLimitResult> energyLimits(AuditData data, List<EnterpriseResult> results) {
        List<EnergyLimitResult> checks = new ArrayList<>();
        ReferenceLimitSet limits = data.settings().energyLimits();
        if (limits == null) {
            return checks;
        }
        for (EnterpriseResult result : results) {
            List<ProductOutput> outputs = data.production().getOrDefault(result.enterprise().id(), List.of());
            for (ProductOutput product : outputs) {
                for (ReferenceLimit limit : limits.limits()) {
                    if (limit.subject().equals(product.product()) && limit.max() != null) {
                        Figure intensity = intensityIn(result, outputs, limit.unit());
                        checks.add(new EnergyLimitResult(result.enterprise(), product.product(), limit, intensity,
                                EnergyLimitCheck.check(intensity, limit.max())));
                    }
                }
            }
        }
        return checks;
    }

    /** The enterprise's energy per unit of all its output, in a limit's unit such as kgce/m². */
    private static Figure intensityIn(EnterpriseResult result, List<ProductOutput> outputs, String limitUnit) {
        List<Source> sources = new ArrayList<>(result.energy().sources());
        outputs.forEach(output -> sources.add(output.source()));
        int slash = limitUnit.lastIndexOf('/');
        Optional<Unit> energyUnit = Unit.find(limitUnit.substring(0, Math.max(slash, 0)))
                .filter(unit -> unit.dimension() == Dimension.STANDARD_COAL);
        Optional<Unit> perUnitFound = Unit.find(limitUnit.substring(slash + 1));
        if (energyUnit.isEmpty() || perUnitFound.isEmpty()) {
            return Figure.unavailable("限额的单位“" + limitUnit + "”不是“标准煤/产品单位”（unit of limit），无法比较", sources);
        }
        Unit perUnit = perUnitFound.get();
        Optional<BigDecimal> total = UnitConsumption.totalOutput(outputs, perUnit);
        if (total.isEmpty()) {
            return Figure.unavailable("企业“" + result.enterprise().name() + "”的产品不都以" + perUnit.symbol()
                    + "计量（mixed product units），能耗无法按产品分摊，不判定是否超限额", sources);
        }
        return UnitConsumption.intensity("单位产品综合能耗", result.enterprise().name(),
                new Quantity(result.energy().tce(), Unit.TCE), energyUnit.get(), new Quantity(total.get(), perUnit), perUnit,
                sources);
    }

    /**
     * Potential to Ⅱ and Ⅰ of each ≤ indicator whose unit is "numerator/product unit" (L/m²,
     * kgce/t …): an enterprise's output is the sum of its products counted in that unit's kind,
     * converted to it; enterprises without such output or without a measured value are left out.
     */
    private static List<IndicatorPotential> potentials(AuditData data) {
        List<IndicatorPotential> potentials = new ArrayList<>();
        if (data.indicatorSystem() == null || data.indicatorSystem().levelCount() < 2) {
            return potentials;
        }
        for (Indicator indicator : data.indicatorSystem().indicators()) {
            int slash = indicator.unit().lastIndexOf('/');
            if (indicator.direction() != Direction.LOWER_IS_BETTER || slash < 0) {
                continue;
            }
            Optional<Unit> perUnitFound = Unit.find(indicator.unit().substring(slash + 1));
            if (perUnitFound.isEmpty()) {
                continue; // a denominator that is not a product unit (per wash, per batch): no potential
            }
            Unit perUnit = perUnitFound.get();
            List<ReductionPotential.Input> inputs = new ArrayList<>();
            for (Enterprise enterprise : data.enterprises()) {
                IndicatorValue value = data.indicatorValues().getOrDefault(enterprise.id(), Map.of()).get(indicator.id());
                BigDecimal output = BigDecimal.ZERO;
                for (ProductOutput product : data.production().getOrDefault(enterprise.id(), List.of())) {
                    if (product.output().unit().dimension() == perUnit.dimension()) {
                        output = output.add(product.output().in(perUnit));
                    }
                }
                if (value != null && value.kind() == IndicatorValue.Kind.MEASURED && output.signum() > 0) {
                    inputs.add(new ReductionPotential.Input(enterprise.name(), value.number(), output, value.source()));
                }
            }
            potentials.add(new IndicatorPotential(indicator, indicator.unit().substring(0, slash),
                    ReductionPotential.toLevel(indicator, 1, inputs), ReductionPotential.toLevel(indicator, 0, inputs)));
        }
        return potentials;
    }

    private static List<IndicatorBenchmark> benchmarks(AuditData data) {
        List<IndicatorBenchmark> benchmarks = new ArrayList<>();
        if (data.indicatorSystem() == null) {
            return benchmarks;
        }
        for (Indicator indicator : data.indicatorSystem().indicators()) {
            List<IndicatorValue> values = new ArrayList<>();
            for (Enterprise enterprise : data.enterprises()) {
                IndicatorValue value = data.indicatorValues().getOrDefault(enterprise.id(), Map.of()).get(indicator.id());
                if (value != null) {
                    values.add(value);
                }
            }
            benchmarks.add(Benchmarking.of(indicator, data.indicatorSystem().levelCount(), values));
        }
        return benchmarks;
    }

    private static List<GroupTotal> rollUp(List<EnterpriseResult> results, Function<Enterprise, String> key) {
        Map<String, List<EnterpriseResult>> groups = new LinkedHashMap<>();
        for (EnterpriseResult result : results) {
            groups.computeIfAbsent(key.apply(result.enterprise()), k -> new ArrayList<>()).add(result);
        }
        List<GroupTotal> totals = new ArrayList<>();
        groups.forEach((group, members) -> {
            BigDecimal tce = BigDecimal.ZERO;
            BigDecimal tco2 = BigDecimal.ZERO;
            for (EnterpriseResult member : members) {
                tce = tce.add(member.energy().tce());
                tco2 = tco2.add(member.carbon().total());
            }
            totals.add(new GroupTotal(group, members.size(), tce, tco2, capacities(members),
                    sumOfReported(members, "工业总产值", Enterprise::outputValue),
                    sumOfReported(members, "从业人数", e -> e.employees() == null ? null : BigDecimal.valueOf(e.employees()))));
        });
        return totals;
    }

    /** Worksheet 2-12: each common problem's distinct enterprises and their share of all audited. */
    private static List<IssueShare> issueShares(AuditData data) {
        List<IssueShare> shares = new ArrayList<>();
        int audited = data.enterprises().size();
        for (CommonIssue issue : data.issues()) {
            int affected = new java.util.LinkedHashSet<>(issue.enterprises()).size();
            Figure share = audited == 0
                    ? Figure.unavailable("企业名录为空（no enterprises），占比无法计算", List.of(issue.source()))
                    : Figure.of(BigDecimal.valueOf(affected).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(audited), java.math.MathContext.DECIMAL128), List.of(issue.source()));
            shares.add(new IssueShare(issue, affected, share));
        }
        return shares;
    }

    /** The members' sum of a figure, or "—" naming how many did not report it (never a partial sum). */
    private static Figure sumOfReported(List<EnterpriseResult> members, String what,
            Function<Enterprise, BigDecimal> figure) {
        BigDecimal sum = BigDecimal.ZERO;
        List<Source> sources = new ArrayList<>();
        int missing = 0;
        for (EnterpriseResult member : members) {
            BigDecimal value = figure.apply(member.enterprise());
            if (value == null) {
                missing++;
            } else {
                sum = sum.add(value);
                sources.add(member.enterprise().source());
            }
        }
        return missing > 0
                ? Figure.unavailable(missing + " 家企业未填报" + what + "（not reported），合计以“—”表示", sources)
                : Figure.of(sum, sources);
    }

    /** Capacity and output of the products that have a capacity, one total per kind of unit. */
    private static List<CapacityTotal> capacities(List<EnterpriseResult> members) {
        Map<Dimension, List<ProductOutput>> byKind = new LinkedHashMap<>();
        for (EnterpriseResult member : members) {
            for (ProductCapacity product : member.products()) {
                if (product.product().capacity() != null) {
                    byKind.computeIfAbsent(product.product().output().dimension(), k -> new ArrayList<>())
                            .add(product.product());
                }
            }
        }
        List<CapacityTotal> totals = new ArrayList<>();
        for (List<ProductOutput> products : byKind.values()) {
            Unit unit = products.get(0).capacity().unit();
            BigDecimal capacity = BigDecimal.ZERO;
            BigDecimal output = BigDecimal.ZERO;
            for (ProductOutput product : products) {
                capacity = capacity.add(product.capacity().in(unit));
                output = output.add(product.output().in(unit));
            }
            Quantity capacityTotal = new Quantity(capacity, unit);
            Quantity outputTotal = new Quantity(output, unit);
            totals.add(new CapacityTotal(capacityTotal, outputTotal, Percentages.capacityUtilisation(outputTotal,
                    capacityTotal, products.stream().map(ProductOutput::source).toList())));
        }
        return totals;
    }
}
