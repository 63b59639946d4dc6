package io.github.cpaudit.tables;

import io.github.cpaudit.calc.AppraisalExplanations;
import io.github.cpaudit.calc.ConcentrationResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.PermitCompliance;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.WrittenRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Worksheet 2-7 污染物产生与排放. */
final class EmissionSheet {

    private static final String NOISE = "噪声";

    /** One measured concentration with what tells it apart from the others of its row (outlet, 昼/夜). */
    private record Measured(ConcentrationResult result, String label) { }

    private final ProjectView view;
    private final Map<Source, WrittenRow> raw = new HashMap<>();

    private EmissionSheet(ProjectView view) {
        this.view = view;
        view.written("emissions").forEach(row -> raw.put(row.source(), row));
    }

    /**
     * 2-7 污染物产生与排放: one row per enterprise and pollutant (its outlets added up, roster order)
     * with the measured concentrations against their limits (noise: 昼/夜 dB(A)), the permitted
     * quantity and the verdict: 达标, 超标 (a concentration above its limit) or 超许可 with the
     * excess; a verdict other than 达标 prints in bold.
     */
    static TableRows rows(ProjectView view, TableOptions options) {
        EmissionSheet sheet = new EmissionSheet(view);
        List<Row> rows = new ArrayList<>();
        for (PermitLine line : view.results().permits()) {
            rows.add(sheet.row(line));
        }
        List<String> missing = new ArrayList<>();
        if (rows.isEmpty()) {
            missing.add("污染物排放（emissions）");
            missing.add("排污许可（permits）");
        }
        return new TableRows(rows, List.of(), missing, Map.of());
    }

    private Row row(PermitLine line) {
        List<Measured> measured = measured(line);
        Row row = Row.of(view, line.enterprise()).text("enterprise", view.name(line.enterprise()))
                .text("category", line.category().isEmpty() ? "—" : line.category())
                .text("pollutant", line.pollutant())
                .text("generated", quantity(line.generated())).text("discharged", quantity(line.discharged()))
                .text("concentration", joined(measured, m -> view.formatter().format(m.emission().concentration(),
                        Kind.AS_GIVEN)))
                .text("limit", joined(measured.stream().filter(m -> m.result().max() != null
                        || m.result().min() != null).toList(), this::limit))
                .text("permitted", quantity(line.permit() == null ? null : line.permit().permitted()));
        if (!measured.isEmpty()) {
            String id = line.enterprise();
            String verdicts = String.join("、", measured.stream().map(m -> m.result().verdict()).distinct().toList());
            row.trace("concentration", line.pollutant(), List.of("排放浓度", "浓度"), AppraisalExplanations.concentration(
                    id + " " + view.name(id) + " " + line.pollutant() + (measured.size() > 1 ? " 最高排放浓度" : " 排放浓度")
                            + "（" + verdicts + "）", measured.stream().map(Measured::result).toList()));
        }
        List<String> faults = new ArrayList<>();
        List<String> over = measured.stream().filter(m -> "超标".equals(m.result().verdict())).map(Measured::label)
                .filter(label -> !label.isEmpty()).toList();
        if (measured.stream().anyMatch(m -> "超标".equals(m.result().verdict()))) {
            faults.add("超标" + (over.isEmpty() ? "" : "（" + String.join("、", over) + "）"));
        }
        PermitCompliance.Result compliance = line.compliance();
        if (compliance != null) {
            List<Emission> counted = view.project().data().emissions().stream()
                    .filter(emission -> line.sources().contains(emission.source())).toList();
            String id = line.enterprise();
            row.trace("verdict", line.pollutant(), List.of("达标/超许可", "达标情况"), AppraisalExplanations.permit(id + " "
                    + view.name(id) + " " + line.pollutant() + " 排放量（" + compliance.status().chinese() + "，许可排放量 "
                    + quantity(line.permit().permitted()) + "）", id, counted, line.permit()));
        }
        if (compliance != null && compliance.status() == PermitCompliance.Status.EXCEEDED) {
            faults.add(compliance.status().chinese() + "（超出 " + quantity(compliance.excess())
                    + (compliance.excessPercent().isAvailable()
                            ? "，" + view.formatter().format(compliance.excessPercent(), Kind.PERCENT) + "%" : "") + "）");
        }
        if (!faults.isEmpty()) {
            return row.text("verdict", String.join("；", faults)).text("finding", "是");
        }
        boolean judged = compliance != null || measured.stream().anyMatch(m -> "达标".equals(m.result().verdict()));
        return row.text("verdict", judged ? "达标" : "—");
    }

    /** The line's measured concentrations in the data's order, labelled 昼/夜 (noise) or by outlet. */
    private List<Measured> measured(PermitLine line) {
        List<ConcentrationResult> results = view.results().concentrations().stream()
                .filter(c -> c.emission().enterprise().equals(line.enterprise())
                        && c.emission().pollutant().equals(line.pollutant())).toList();
        List<Measured> measured = new ArrayList<>();
        for (ConcentrationResult result : results) {
            String label = "";
            if (NOISE.equals(result.emission().category())) {
                WrittenRow source = raw.get(result.emission().source());
                label = source == null ? "" : source.text("day_night").replace("间", "");
                label = label.isEmpty() ? result.emission().outlet() : label;
            } else if (results.size() > 1) {
                label = result.emission().outlet();
            }
            measured.add(new Measured(result, label));
        }
        return measured;
    }

    /**
     * Values of several measurements in one cell: "0.21 mg/L", "昼 57；夜 50 dB(A)" or
     * "DW001 0.21；DW002 0.3 mg/L"; one value shared by every outlet (a common limit) prints once,
     * 昼 and 夜 always apart; "—" for none.
     */
    private static String joined(List<Measured> measured, Function<ConcentrationResult, String> value) {
        if (measured.isEmpty()) {
            return "—";
        }
        Set<String> units = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        measured.forEach(m -> {
            units.add(m.result().emission().measure());
            values.add(value.apply(m.result()));
        });
        boolean oneUnit = units.size() == 1;
        boolean noise = NOISE.equals(measured.get(0).result().emission().category());
        if (oneUnit && values.size() == 1 && !noise) {
            return values.iterator().next() + unit(units.iterator().next());
        }
        List<String> parts = new ArrayList<>();
        for (Measured m : measured) {
            parts.add((m.label().isEmpty() ? "" : m.label() + " ") + value.apply(m.result())
                    + (oneUnit ? "" : unit(m.result().emission().measure())));
        }
        return String.join("；", parts) + (oneUnit ? unit(units.iterator().next()) : "");
    }

    private static String unit(String measure) {
        return measure.isEmpty() ? "" : " " + measure;
    }

    /** A limit: 0.5, a range 6–9, or ≥ 6. */
    private String limit(ConcentrationResult result) {
        String low = result.min() == null ? null : view.formatter().format(result.min(), Kind.AS_GIVEN);
        String high = result.max() == null ? null : view.formatter().format(result.max(), Kind.AS_GIVEN);
        if (low != null && high != null) {
            return low + "–" + high;
        }
        return high != null ? high : "≥ " + low;
    }

    private String quantity(Quantity quantity) {
        return quantity == null ? "—"
                : view.formatter().format(quantity.value(), Kind.AS_GIVEN) + " " + quantity.unit().symbol();
    }
}
