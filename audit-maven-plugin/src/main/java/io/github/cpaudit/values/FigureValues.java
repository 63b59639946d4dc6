package io.github.cpaudit.values;

import io.github.cpaudit.calc.AuditResults;
import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.PermitCompliance;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Figure;
import io.github.cpaudit.tables.RenderException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures a writer can place in a sentence with {@code audit:value[KEY]}: each key names one
 * computed figure and how it is rounded (formulas.md §8). The list of keys is in the README.
 */
public final class FigureValues {

    /** A figure for the text: its value (or why there is none) and its default rounding. */
    public record Value(Figure figure, Kind kind) { }

    private final ProjectView view;
    private final Map<String, Value> values = new LinkedHashMap<>();

    public FigureValues(ProjectView view) {
        this.view = view;
        AuditResults results = view.results();
        List<EnterpriseResult> enterprises = results.enterprises();
        count("enterprises.count", enterprises.size());
        count("enterprises.mandatory", enterprises.stream().filter(e -> e.enterprise().mandatoryAudit()).count());
        count("enterprises.voluntary", enterprises.stream().filter(e -> Enterprise.VOLUNTARY.equals(e.enterprise().auditType())).count());
        put("energy.total.tce", Figure.of(results.totalTce()), Kind.TCE);
        put("co2.total.t", Figure.of(results.totalCo2()), Kind.CO2);
        put("grid.factor", Figure.of(results.grid().used().tco2PerMwh()), Kind.AS_GIVEN);
        count("grid.year", results.grid().used().dataYear());
        levels(enterprises);
        List<PermitLine> exceeded = results.permits().stream().filter(line -> line.compliance() != null
                && line.compliance().status() == PermitCompliance.Status.EXCEEDED).toList();
        count("permits.exceeded", exceeded.size());
        count("permits.exceeded.enterprises", exceeded.stream().map(PermitLine::enterprise).distinct().count());
        count("findings.count", results.findings().size());
        count("issues.count", results.issues().size());
        List<OptionResult> options = results.options();
        count("options.count", options.size());
        count("options.implemented", options.stream().filter(o -> "已实施".equals(o.option().status())).count());
        put("options.investment", Figure.of(options.stream().map(o -> nz(o.option().investment()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)), Kind.MONEY);
        for (BenefitLine line : results.benefits()) {
            // rounded as in table 3-1: "353.9 tce", never the 34 digits of a sum of quotients
            Kind kind = BenefitLine.kind(line.item());
            put("benefit." + line.item() + ".baseline", line.baseline(), kind);
            put("benefit." + line.item() + ".reduction", Figure.of(line.reduction()), kind);
            put("benefit." + line.item() + ".rate", line.rate(), Kind.PERCENT);
            put("benefit." + line.item() + ".implemented", Figure.of(line.implemented()), kind);
        }
    }

    /** Counts and shares of enterprises per cleaner-production level, e.g. levels.Ⅱ级.count. */
    private void levels(List<EnterpriseResult> enterprises) {
        view.enterprisesByLevel().forEach((level, names) -> {
            long n = names.size();
            count("levels." + level + ".count", n);
            put("levels." + level + ".share", enterprises.isEmpty() ? Figure.unavailable("没有企业")
                    : Figure.of(BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(enterprises.size()),
                            MathContext.DECIMAL128)), Kind.PERCENT);
        });
    }

    public Optional<Value> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Every key, sorted, for the message that lists them. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(values.keySet()));
    }

    /**
     * The figure as text: rounded per its kind, or per {@code format} (tce, co2, percent, money,
     * payback, ratio, intensity, irr, plain); "—" when it is not available.
     */
    public String format(Value value, String format) {
        Kind kind = value.kind();
        if (format != null && !format.isBlank()) {
            kind = parseKind(format.trim());
        }
        return view.formatter().format(value.figure(), kind);
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

    private void count(String key, long n) {
        put(key, Figure.of(BigDecimal.valueOf(n)), Kind.AS_GIVEN);
    }

    private void put(String key, Figure figure, Kind kind) {
        values.put(key, new Value(figure, kind));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
