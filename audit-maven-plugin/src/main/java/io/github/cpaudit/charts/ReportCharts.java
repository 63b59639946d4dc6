package io.github.cpaudit.charts;

import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.IssueShare;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.calc.RoundResults;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import io.github.cpaudit.tables.BenefitSheet;
import io.github.cpaudit.tables.Grouping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The report's charts ({@code audit-chart::NAME[]}), from the same computed results as the tables:
 * the level distribution (4.2, as {@code audit-table::levels[]}), the largest energy users and CO2
 * emitters (3.2, 3.6, as {@code audit-table::carbon[]}), pollutant shares (3.5, from worksheet
 * 2-7's sums), the Pareto of the common problems (5.1, worksheet 2-12) and the options' reduction
 * rates (7.1, worksheet 3-1).
 */
public final class ReportCharts {

    /** Computes a chart's values from the project. */
    @FunctionalInterface
    private interface ChartSource {
        ChartSpec spec(ProjectView view, TableOptions options, String title);
    }

    private static final int DEFAULT_TOP = 10;
    private static final int DEFAULT_SLICES = 8;
    /** Shares below this are left unlabelled in a 100 % bar: the label would not fit its segment. */
    private static final BigDecimal SMALLEST_LABELLED_SHARE = BigDecimal.valueOf(5);
    /** Nothing implemented yet: a bar of zero length needs no "0.0" beside it. */
    private static final String ZERO_PERCENT = "0.0";
    private static final String ENERGY = "能源消耗（energy）";
    private static final String EMISSIONS = "污染物排放（emissions）";
    private static final String ROUNDS = "两轮审核数据（audit.yaml 中的 rounds）";

    private ReportCharts() {
    }

    /** The charts for the {@link io.github.cpaudit.catalog.Registry}, in the README's order. */
    public static List<Named<ChartSpec>> all() {
        return List.of(
                chart("levels", "企业清洁生产水平等级分布", ReportCharts::levels),
                chart("energy", "综合能耗最大的企业", ReportCharts::energy),
                chart("carbon", "二氧化碳排放量最大的企业", ReportCharts::carbon),
                chart("emissions", "主要污染物排放量构成", ReportCharts::emissions),
                chart("issues", "行业共性问题涉及企业数（帕累托图）", ReportCharts::issues),
                chart("benefit", "清洁生产方案的削减率", ReportCharts::benefit),
                chart("round-totals", "两轮审核行业总量的变化率", ReportCharts::roundTotals),
                chart("round-energy", "两轮审核分企业综合能耗", ReportCharts::roundEnergy));
    }

    private static Named<ChartSpec> chart(String name, String title, ChartSource source) {
        return Named.of(Category.CHART, name, title, (view, asked, options) -> source.spec(view, options, title));
    }

    /** Enterprises per level of the indicator system; the label adds the share, as the level table does. */
    static ChartSpec levels(ProjectView view, TableOptions options, String title) {
        Map<String, List<String>> byLevel = view.enterprisesByLevel();
        int all = byLevel.values().stream().mapToInt(List::size).sum();
        List<String> levels = new ArrayList<>();
        List<BigDecimal> counts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (all > 0) {
            byLevel.forEach((level, names) -> {
                levels.add(level);
                counts.add(BigDecimal.valueOf(names.size()));
                labels.add(names.size() + "（" + view.formatter().format(Percentages.share(BigDecimal.valueOf(names.size()),
                        BigDecimal.valueOf(all)), Kind.PERCENT) + "%）");
            });
        }
        return new ChartSpec(ChartSpec.Type.COLUMNS, title, "清洁生产水平", "企业数（家）", "", levels,
                List.of(new ChartSpec.Series("企业数", counts, labels)),
                all == 0 ? List.of("指标数据（indicator_values）") : List.of());
    }

    /** The {@code top=} (default 10) enterprises by comprehensive energy consumption, largest first. */
    static ChartSpec energy(ProjectView view, TableOptions options, String title) {
        return largest(view, options, title, "综合能耗（tce）", "综合能耗", Kind.TCE, result -> result.energy().tce());
    }

    /** The {@code top=} (default 10) enterprises by CO2, largest first. */
    static ChartSpec carbon(ProjectView view, TableOptions options, String title) {
        return largest(view, options, title, "二氧化碳排放量（tCO2）", "二氧化碳排放量", Kind.CO2,
                result -> result.carbon().total());
    }

    private static ChartSpec largest(ProjectView view, TableOptions options, String title, String axis,
            String series, Kind kind, Function<EnterpriseResult, BigDecimal> value) {
        int top = top(options, DEFAULT_TOP);
        List<EnterpriseResult> reported = new ArrayList<>(view.results().enterprises().stream()
                .filter(result -> !result.energy().lines().isEmpty()).toList());
        // the table's sort=-tce: largest first, equal values in roster order
        reported.sort(Comparator.comparing(value, Comparator.reverseOrder()));
        List<EnterpriseResult> shown = reported.subList(0, Math.min(top, reported.size()));
        List<String> names = uniqueNames(view, shown.stream().map(EnterpriseResult::enterprise).toList());
        List<BigDecimal> values = shown.stream().map(value).toList();
        return new ChartSpec(ChartSpec.Type.BARS, title, "", axis, "", names,
                List.of(new ChartSpec.Series(series, values, labels(view, values, kind))), names.isEmpty() ? List.of(ENERGY) : List.of());
    }

    /**
     * Pollutant emissions (排放量, worksheet 2-7's sums per enterprise). With one {@code pollutant=}:
     * a pie of its shares by enterprise, or by 区县/园区/规模 with {@code by=}; the {@code top=}
     * (default 8) largest as slices, the rest as one. Without it, or with several (COD、氨氮): a 100 %
     * bar per pollutant split by 区县 (or {@code by=}), showing where each pollutant comes from;
     * all waste-water and waste-gas pollutants weighed in mass units are shown by default.
     */
    static ChartSpec emissions(ProjectView view, TableOptions options, String title) {
        Map<String, Map<String, BigDecimal>> discharged = dischargedByPollutant(view);
        List<String> pollutants = pollutants(options, discharged);
        Optional<String> by = options.get("by");
        Grouping grouping = Grouping.of(by.orElse(pollutants.size() == 1 ? "enterprise" : "district"),
                List.of(Grouping.values()));
        int top = top(options, DEFAULT_SLICES);
        if (pollutants.isEmpty()) {
            return new ChartSpec(ChartSpec.Type.SHARES, title, "", "", "", List.of(), List.of(), List.of(EMISSIONS));
        }
        if (pollutants.size() == 1) {
            String pollutant = pollutants.get(0);
            Map<String, BigDecimal> groups = grouped(view, grouping, discharged.get(pollutant), top);
            BigDecimal total = groups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> labels = new ArrayList<>();
            groups.forEach((group, amount) -> labels.add(group + " "
                    + view.formatter().format(Percentages.share(amount, total), Kind.PERCENT) + "%"));
            String unit = unitOf(view, pollutant);
            return new ChartSpec(ChartSpec.Type.PIE, pollutant + "排放量" + grouping.title() + "构成", "",
                    pollutant + "排放量（" + unit + "）", "",
                    List.copyOf(groups.keySet()),
                    List.of(new ChartSpec.Series(pollutant, List.copyOf(groups.values()), labels)), List.of());
        }
        // series: the groups over all pollutants shown, largest share first
        Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        Map<String, BigDecimal> weight = new LinkedHashMap<>();
        for (String pollutant : pollutants) {
            Map<String, BigDecimal> groups = grouped(view, grouping, discharged.get(pollutant), Integer.MAX_VALUE);
            BigDecimal total = groups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, BigDecimal> share = new LinkedHashMap<>();
            groups.forEach((group, amount) -> {
                share.put(group, Percentages.share(amount, total));
                weight.merge(group, Percentages.share(amount, total), BigDecimal::add);
            });
            shares.put(pollutant, share);
        }
        List<String> order = new ArrayList<>(weight.keySet());
        order.sort(Comparator.comparing(weight::get, Comparator.reverseOrder()));
        List<String> kept = order.subList(0, Math.min(order.size(), top));
        List<String> rest = order.subList(kept.size(), order.size());
        List<ChartSpec.Series> series = new ArrayList<>();
        for (String group : kept) {
            series.add(shareSeries(view, group, pollutants, pollutant -> shares.get(pollutant).get(group)));
        }
        if (!rest.isEmpty()) {
            series.add(shareSeries(view, grouping.other(rest.size()), pollutants, pollutant -> rest.stream()
                    .map(group -> shares.get(pollutant).get(group)).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return new ChartSpec(ChartSpec.Type.SHARES, title + "（" + grouping.title() + "）", "", "占排放量的比例（%）", "",
                pollutants, series, List.of());
    }

    private static ChartSpec.Series shareSeries(ProjectView view, String name, List<String> pollutants,
            Function<String, BigDecimal> share) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String pollutant : pollutants) {
            BigDecimal value = share.apply(pollutant);
            values.add(value == null ? BigDecimal.ZERO : value);
            labels.add(value == null || value.compareTo(SMALLEST_LABELLED_SHARE) < 0 ? ""
                    : view.formatter().format(value, Kind.PERCENT));
        }
        return new ChartSpec.Series(name, values, labels);
    }

    /**
     * Σ 排放量 per pollutant and enterprise, in the unit of the pollutant's first row, for the
     * waste-water and waste-gas pollutants weighed in mass units (t, kg): what adds up across
     * enterprises; volumes (废水排放量), wastes and noise are not emissions shares.
     */
    static Map<String, Map<String, BigDecimal>> dischargedByPollutant(ProjectView view) {
        Map<String, Map<String, BigDecimal>> byPollutant = new LinkedHashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (PermitLine line : view.results().permits()) {
            Quantity discharged = line.discharged();
            if (discharged == null || discharged.unit().dimension() != Unit.T.dimension()
                    || !("废水".equals(line.category()) || "废气".equals(line.category()))) {
                continue;
            }
            Unit unit = units.computeIfAbsent(line.pollutant(), p -> discharged.unit());
            byPollutant.computeIfAbsent(line.pollutant(), p -> new LinkedHashMap<>())
                    .merge(line.enterprise(), discharged.in(unit), BigDecimal::add);
        }
        byPollutant.values().removeIf(amounts -> amounts.values().stream().allMatch(v -> v.signum() == 0));
        return byPollutant;
    }

    private static String unitOf(ProjectView view, String pollutant) {
        return view.results().permits().stream().filter(line -> line.pollutant().equals(pollutant)
                && line.discharged() != null).map(line -> line.discharged().unit().symbol()).findFirst().orElse("t");
    }

    private static List<String> pollutants(TableOptions options, Map<String, Map<String, BigDecimal>> discharged) {
        Optional<String> wanted = options.get("pollutant");
        if (wanted.isEmpty()) {
            return List.copyOf(discharged.keySet());
        }
        Set<String> pollutants = new LinkedHashSet<>();
        for (String name : wanted.get().split("[、,，]")) {
            String pollutant = name.trim();
            if (!discharged.containsKey(pollutant)) {
                throw new RenderException("pollutant= 指定的污染物没有排放量数据（unknown pollutant）：“" + pollutant
                        + "”，可用的有：" + (discharged.isEmpty() ? "（无）" : String.join("、", discharged.keySet())));
            }
            pollutants.add(pollutant);
        }
        return List.copyOf(pollutants);
    }

    /** The amounts per group, largest first, the {@code top} largest kept and the rest as one. */
    private static Map<String, BigDecimal> grouped(ProjectView view, Grouping grouping, Map<String, BigDecimal> amounts,
            int top) {
        Map<String, BigDecimal> byGroup = new LinkedHashMap<>();
        amounts.forEach((enterprise, amount) -> byGroup.merge(grouping.group(view, enterprise), amount, BigDecimal::add));
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(byGroup.entrySet());
        sorted.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        BigDecimal rest = BigDecimal.ZERO;
        int others = 0;
        for (Map.Entry<String, BigDecimal> entry : sorted) {
            // one group more than top would show "其他1家": show it by name instead
            if (shown.size() < top || sorted.size() == top + 1) {
                shown.put(entry.getKey(), entry.getValue());
            } else {
                rest = rest.add(entry.getValue());
                others++;
            }
        }
        if (others > 0) {
            shown.put(grouping.other(others), rest);
        }
        return shown;
    }

    /**
     * The common problems' Pareto (worksheet 2-12): bars are the enterprises each affects, largest
     * first; the line is their cumulative share of all the bars, in %.
     */
    static ChartSpec issues(ProjectView view, TableOptions options, String title) {
        List<IssueShare> issues = new ArrayList<>(view.results().issues());
        issues.sort(Comparator.comparingInt(IssueShare::affected).reversed());
        BigDecimal all = BigDecimal.valueOf(issues.stream().mapToInt(IssueShare::affected).sum());
        List<String> ids = new ArrayList<>();
        List<BigDecimal> counts = new ArrayList<>();
        List<BigDecimal> cumulative = new ArrayList<>();
        List<String> cumulativeLabels = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (IssueShare issue : issues) {
            ids.add(issue.issue().id());
            counts.add(BigDecimal.valueOf(issue.affected()));
            running = running.add(BigDecimal.valueOf(issue.affected()));
            BigDecimal share = Percentages.share(running, all);
            cumulative.add(share);
            cumulativeLabels.add(share == null ? "" : view.formatter().format(share, Kind.PERCENT));
        }
        List<String> countLabels = counts.stream().map(c -> c.toPlainString()).toList();
        return new ChartSpec(ChartSpec.Type.PARETO, title, "共性问题编号", "涉及企业数（家）", "累计百分比（%）", ids,
                List.of(new ChartSpec.Series("涉及企业数", counts, countLabels),
                        new ChartSpec.Series("累计百分比", cumulative, cumulativeLabels)),
                ids.isEmpty() ? List.of("共性问题（issues）") : List.of());
    }

    /**
     * The reduction rate of every item of worksheet 3-1 that has a baseline, for all options and for
     * those already implemented (verified figures), in the worksheet's order. Rates compare items
     * of different units on one axis.
     */
    static ChartSpec benefit(ProjectView view, TableOptions options, String title) {
        List<String> items = new ArrayList<>();
        List<BigDecimal> all = new ArrayList<>();
        List<BigDecimal> implemented = new ArrayList<>();
        for (BenefitLine line : BenefitSheet.ordered(view)) {
            Figure baseline = line.baseline();
            if (!line.rate().isAvailable() || !baseline.isAvailable()) {
                continue;
            }
            items.add(BenefitSheet.name(line.item()));
            all.add(line.rate().value());
            Figure done = Percentages.reductionRate(new Quantity(line.implemented(), Unit.ONE),
                    new Quantity(baseline.value(), Unit.ONE), List.of());
            implemented.add(done.isAvailable() ? done.value() : BigDecimal.ZERO);
        }
        return new ChartSpec(ChartSpec.Type.BARS, title, "", "削减率（%）", "", items,
                List.of(new ChartSpec.Series("全部方案", all, percentLabels(view, all)),
                        new ChartSpec.Series("其中已实施", implemented, percentLabels(view, implemented).stream()
                                .map(label -> ZERO_PERCENT.equals(label) ? "" : label).toList())),
                items.isEmpty() ? List.of("清洁生产方案（options）及方案效果（option_effects）") : List.of());
    }

    /** The change rate of each of the rounds' totals (negative: reduced). */
    static ChartSpec roundTotals(ProjectView view, TableOptions options, String title) {
        List<String> items = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        view.rounds().ifPresent(rounds -> rounds.totals().forEach(total -> {
            if (total.change().rate() != null) {
                items.add(total.item());
                rates.add(total.change().rate());
            }
        }));
        return new ChartSpec(ChartSpec.Type.BARS, title, "", "变化率（%）", "", items,
                List.of(new ChartSpec.Series("变化率", rates, percentLabels(view, rates))),
                items.isEmpty() ? List.of(ROUNDS) : List.of());
    }

    /** The {@code top=} (default 10) enterprises by the earlier round's tce, both rounds side by side. */
    static ChartSpec roundEnergy(ProjectView view, TableOptions options, String title) {
        List<RoundResults.EnterpriseChange> shown = new ArrayList<>(view.rounds()
                .map(RoundResults::enterprises).orElse(List.of()));
        shown.sort(Comparator.comparing((RoundResults.EnterpriseChange change) -> change.tce().before(),
                Comparator.reverseOrder()));
        shown = shown.subList(0, Math.min(top(options, DEFAULT_TOP), shown.size()));
        List<String> names = uniqueNames(view, shown.stream().map(change -> view.enterprise(change.id()).orElseThrow().enterprise()).toList());
        List<BigDecimal> before = shown.stream().map(change -> change.tce().before()).toList();
        List<BigDecimal> after = shown.stream().map(change -> change.tce().after()).toList();
        String earlier = view.rounds().map(r -> r.rounds().before().name()).orElse("");
        String later = view.rounds().map(r -> r.rounds().after().name()).orElse("");
        return new ChartSpec(ChartSpec.Type.BARS, title, "", "综合能耗（tce）", "", names,
                List.of(new ChartSpec.Series(earlier, before, labels(view, before, Kind.TCE)),
                        new ChartSpec.Series(later, after, labels(view, after, Kind.TCE))),
                names.isEmpty() ? List.of(ROUNDS) : List.of());
    }

    private static List<String> labels(ProjectView view, List<BigDecimal> values, Kind kind) {
        return values.stream().map(v -> view.formatter().format(v, kind)).toList();
    }

    private static List<String> percentLabels(ProjectView view, List<BigDecimal> values) {
        return labels(view, values, Kind.PERCENT);
    }


    private static int top(TableOptions options, int otherwise) {
        return options.count("top").orElse(otherwise);
    }

    /** The enterprises' names, with the id in front where two share a name (a chart's categories are unique). */
    private static List<String> uniqueNames(ProjectView view, List<Enterprise> enterprises) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        view.enterprises().forEach(e -> {
            if (!seen.add(e.name())) {
                twice.add(e.name());
            }
        });
        return enterprises.stream().map(e -> twice.contains(e.name()) ? e.id() + " " + e.name() : e.name()).toList();
    }
}
