package io.github.cpaudit.values;

import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.Explanation;
import io.github.cpaudit.calc.Explanations;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.Percentages;
import io.github.cpaudit.calc.PermitCompliance;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.catalog.Category;
import io.github.cpaudit.catalog.Named;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The figures a writer can place in a sentence with {@code audit:value[KEY]}: each key names one
 * computed figure and how it is rounded (formulas.md §8). The list of keys is in the README.
 */
public final class FigureValues {

    /**
     * A figure for the text: its value (or why there is none), its default rounding, what a total
     * is short of ({@code null} when complete: the text then marks it incomplete), and how it came
     * about ({@code null} for a figure that is not traced, such as a count).
     */
    public record Value(Figure figure, Kind kind, String incomplete, Explanation explanation) {

        public Value(Figure figure, Kind kind) {
            this(figure, kind, null, null);
        }

        public Value(Figure figure, Kind kind, String incomplete) {
            this(figure, kind, incomplete, null);
        }

        public Optional<Explanation> optionalExplanation() {
            return Optional.ofNullable(explanation);
        }
    }

    private static final String LEVELS = "levels.";
    private static final String BENEFIT = "benefit.";

    private FigureValues() {
    }

    /** The values for the {@link io.github.cpaudit.catalog.Registry}, fixed keys first, then the families. */
    public static List<Named<Value>> all() {
        List<Named<Value>> values = new ArrayList<>();
        values.add(count("enterprises.count", view -> view.enterprises().size()));
        values.add(count("enterprises.mandatory", view -> view.enterprises().stream()
                .filter(Enterprise::mandatoryAudit).count()));
        values.add(count("enterprises.voluntary", view -> view.enterprises().stream()
                .filter(e -> Enterprise.VOLUNTARY.equals(e.auditType())).count()));
        values.add(value("energy.total.tce", view -> new Value(Figure.of(view.results().totalTce()), Kind.TCE,
                withoutEnergy(view), Explanations.energy("全行业综合能耗", view.results().enterprises(),
                        view.results().totalTce()))));
        values.add(value("co2.total.t", view -> new Value(Figure.of(view.results().totalCo2()), Kind.CO2,
                withoutEnergy(view), Explanations.carbon("全行业二氧化碳排放量", view.results().enterprises(),
                        view.results().totalCo2(), view.results().grid().used()))));
        values.add(value("grid.factor", view -> new Value(Figure.of(view.results().grid().used().tco2PerMwh()),
                Kind.FACTOR, null, Explanations.grid(view.results().grid()))));
        values.add(count("grid.year", view -> view.results().grid().used().dataYear()));
        values.add(count("permits.exceeded", view -> exceeded(view).size()));
        values.add(count("permits.exceeded.enterprises", view -> exceeded(view).stream()
                .map(PermitLine::enterprise).distinct().count()));
        values.add(count("findings.count", view -> view.results().findings().size()));
        values.add(count("issues.count", view -> view.results().issues().size()));
        values.add(count("options.count", view -> view.results().options().size()));
        values.add(count("options.implemented", view -> view.results().options().stream()
                .filter(o -> "已实施".equals(o.option().status())).count()));
        values.add(value("options.investment", view -> new Value(Figure.of(view.results().options().stream()
                .map(OptionResult::option).map(o -> nz(o.investment())).reduce(BigDecimal.ZERO, BigDecimal::add)),
                Kind.MONEY)));
        // counts and shares of enterprises per cleaner-production level, e.g. levels.Ⅱ级.count
        values.add(level(".count", (view, names) -> new Value(Figure.of(BigDecimal.valueOf(names.size())),
                Kind.AS_GIVEN)));
        values.add(level(".share", (view, names) -> new Value(view.enterprises().isEmpty()
                ? Figure.unavailable("没有企业")
                : Figure.of(Percentages.share(names.size(), view.enterprises().size())), Kind.PERCENT)));
        // rounded as in table 3-1: "353.9 tce", never the 34 digits of a sum of quotients
        values.add(benefit(".baseline", line -> new Value(line.baseline(), BenefitLine.kind(line.item()))));
        values.add(benefit(".reduction", line -> new Value(Figure.of(line.reduction()), BenefitLine.kind(line.item()))));
        values.add(benefit(".rate", line -> new Value(line.rate(), Kind.PERCENT)));
        values.add(benefit(".implemented", line -> new Value(Figure.of(line.implemented()),
                BenefitLine.kind(line.item()))));
        values.addAll(RoundValues.all());
        return List.copyOf(values);
    }

    /** Whether the key names a figure of the indicator system's levels ({@code levels.Ⅱ级.count}). */
    public static boolean isLevelKey(String key) {
        return key.startsWith(LEVELS);
    }

    /**
     * The figure as text: rounded per its kind, or per {@code format} (tce, co2, percent, money,
     * payback, ratio, intensity, irr, plain); "—" when it is not available.
     */
    public static String format(Value value, String format, FigureFormatter formatter) {
        Kind kind = value.kind();
        if (format != null && !format.isBlank()) {
            kind = parseKind(format.trim());
        }
        return formatter.format(value.figure(), kind);
    }

    static Kind parseKind(String format) {
        if ("plain".equals(format)) {
            return Kind.AS_GIVEN;
        }
        try {
            return Kind.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                names.add(kind == Kind.AS_GIVEN ? "plain" : kind.name().toLowerCase(Locale.ROOT));
            }
            throw new RenderException("format= 应为 " + String.join("、", names) + " 之一（unknown format），实为“"
                    + format + "”");
        }
    }

    /** The enterprises an industry energy or CO2 total lacks (no usable energy rows), or {@code null}. */
    private static String withoutEnergy(ProjectView view) {
        List<String> missing = view.results().enterprises().stream().filter(r -> r.energy().lines().isEmpty())
                .map(r -> r.enterprise().id() + " " + r.enterprise().name()).toList();
        return missing.isEmpty() ? null
                : missing.size() + " 家企业未报送能源消耗数据（energy），合计不含其能耗：" + String.join("、", missing);
    }

    private static List<PermitLine> exceeded(ProjectView view) {
        return view.results().permits().stream().filter(line -> line.compliance() != null
                && line.compliance().status() == PermitCompliance.Status.EXCEEDED).toList();
    }

    private static Named<Value> value(String key, Function<ProjectView, Value> figure) {
        return Named.of(Category.VALUE, key, "", (view, asked, options) -> figure.apply(view));
    }

    private static Named<Value> count(String key, ToLongFunction<ProjectView> count) {
        return value(key, view -> new Value(Figure.of(BigDecimal.valueOf(count.applyAsLong(view))), Kind.AS_GIVEN));
    }

    /** {@code levels.<等级><suffix>} for every level the level table shows. */
    private static Named<Value> level(String suffix, LevelFigure figure) {
        return Named.family(Category.VALUE, LEVELS + "<等级>" + suffix,
                view -> keys(view.enterprisesByLevel().keySet(), LEVELS, suffix),
                (view, asked, options) -> figure.of(view,
                        view.enterprisesByLevel().get(member(asked, LEVELS, suffix))));
    }

    /** {@code benefit.<项目><suffix>} for every item of worksheet 3-1. */
    private static Named<Value> benefit(String suffix, Function<BenefitLine, Value> figure) {
        return Named.family(Category.VALUE, BENEFIT + "<项目>" + suffix,
                view -> keys(view.results().benefits().stream().map(BenefitLine::item).toList(), BENEFIT, suffix),
                (view, asked, options) -> figure.apply(line(view, member(asked, BENEFIT, suffix)).orElseThrow()));
    }

    private static Optional<BenefitLine> line(ProjectView view, String item) {
        return view.results().benefits().stream().filter(line -> line.item().equals(item)).findFirst();
    }

    static List<String> keys(Collection<String> members, String prefix, String suffix) {
        return members.stream().map(member -> prefix + member + suffix).toList();
    }

    static String member(String key, String prefix, String suffix) {
        return key.substring(prefix.length(), key.length() - suffix.length());
    }

    @FunctionalInterface
    private interface LevelFigure {
        Value of(ProjectView view, List<String> names);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
