package io.github.cpaudit.tables;

import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.model.WrittenRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the option worksheets (2-16 … 2-22) and the diagnosis sheet (3-2) print about an option
 * besides the engine's figures: its effects as the writer entered them (kg/a stays kg/a), its
 * enterprises, and the columns of its row that the engine does not map (dates, owner, assessments).
 */
final class OptionTexts {

    private final ProjectView view;
    private final Map<String, WrittenRow> rows = new HashMap<>();
    private final Map<String, List<WrittenRow>> effects = new HashMap<>();

    OptionTexts(ProjectView view) {
        this.view = view;
        view.written("options").forEach(row -> rows.putIfAbsent(row.text("id"), row));
        view.written("option_effects").forEach(row -> effects
                .computeIfAbsent(row.text("option"), k -> new ArrayList<>()).add(row));
    }

    /** A column of the option's row as text, "" when empty. */
    String raw(Option option, String key) {
        WrittenRow row = rows.get(option.id());
        return row == null ? "" : row.text(key);
    }

    /** The option's expected effects, e.g. 新鲜水 8600 m³/a；COD 0.5 t/a; its verified ones when it has no other. */
    String expected(Option option, String separator) {
        String expected = effects(option, false, separator);
        return expected.isEmpty() ? effects(option, true, separator) : expected;
    }

    /** The effects as entered, verified ones or expected ones, joined by {@code separator}. */
    String effects(Option option, boolean verified, String separator) {
        List<String> parts = new ArrayList<>();
        for (WrittenRow row : effectRows(option, verified)) {
            parts.add(row.text("item") + " " + row.text("reduction") + " " + row.text("unit"));
        }
        return String.join(separator, parts);
    }

    /** The distinct 核定依据 of the option's verified effects. */
    List<String> bases(Option option) {
        Set<String> bases = new LinkedHashSet<>();
        for (WrittenRow row : effectRows(option, true)) {
            String basis = row.text("basis");
            if (!basis.isEmpty()) {
                bases.add(basis);
            }
        }
        return List.copyOf(bases);
    }

    /** The option's effect rows of item {@code name} that its result counted (verified ones replace expected ones). */
    List<WrittenRow> countedEffects(OptionResult result, String name) {
        return effects.getOrDefault(result.option().id(), List.of()).stream()
                .filter(row -> row.text("item").equals(name) && result.sources().contains(row.source())).toList();
    }

    private List<WrittenRow> effectRows(Option option, boolean verified) {
        return effects.getOrDefault(option.id(), List.of()).stream()
                .filter(row -> row.get("verified", Boolean.class).orElse(false) == verified).toList();
    }

    /** How many enterprises carry the option out: every enterprise of the roster for 全体. */
    int enterpriseCount(Option option) {
        return option.forAllEnterprises() ? view.enterprises().size() : new LinkedHashSet<>(option.enterprises()).size();
    }

    /** The enterprises by name, or 全体. */
    String enterpriseNames(Option option) {
        if (option.forAllEnterprises()) {
            return Option.ALL;
        }
        return String.join("、", new LinkedHashSet<>(option.enterprises()).stream().map(view::name).toList());
    }

    /** A row of the option's enterprises: {@code enterprise=} keeps it for any of them, or always for 全体. */
    Row row(Option option) {
        if (option.forAllEnterprises()) {
            return Row.of(view, null);
        }
        return Row.of(view, option.enterprises().get(0)).alsoFor(option.enterprises());
    }

    /** The option's row of the options table, for a 计算说明 (an empty location when it has none). */
    static Source source(Option option) {
        return option.sources().isEmpty() ? new Source("", "", 0) : option.sources().get(0);
    }

    /** The option's number and name, e.g. F03 多级逆流漂洗改造. */
    static String title(Option option) {
        return option.id() + " " + option.name();
    }

    /** The option a screening candidate names, by number or by name. */
    Optional<OptionResult> find(String candidate) {
        return view.results().options().stream().filter(result -> result.option().id().equals(candidate)
                || result.option().name().equals(candidate)).findFirst();
    }
}
