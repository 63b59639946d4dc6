package io.github.cpaudit.tables;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every computed table the document can ask for: the computed worksheets of Appendix A by number
 * ({@code worksheet::2-4[]}) and the report's own tables by name ({@code audit-table::levels[]}).
 */
public final class ComputedTables {

    /** A report table: its default title and how its rows are computed. */
    public record Named(String title, TableSource source) { }

    private final Map<String, TableSource> worksheets = new LinkedHashMap<>();
    private final Map<String, Named> named = new LinkedHashMap<>();

    public ComputedTables() {
        PreparationSheets.register(this);
        ProductionSheets.register(this);
        PollutionSheets.register(this);
        EvaluationSheets.register(this);
        OptionSheets.register(this);
        DiagnosisSheet.register(this);
        ReportTables.register(this);
    }

    void worksheet(String number, TableSource source) {
        if (worksheets.putIfAbsent(number, source) != null) {
            throw new IllegalStateException("worksheet registered twice: " + number);
        }
    }

    void table(String name, String title, TableSource source) {
        if (named.putIfAbsent(name, new Named(title, source)) != null) {
            throw new IllegalStateException("table registered twice: " + name);
        }
    }

    public Optional<TableSource> worksheet(String number) {
        return Optional.ofNullable(worksheets.get(number));
    }

    public Optional<Named> table(String name) {
        return Optional.ofNullable(named.get(name));
    }

    public Set<String> worksheetNumbers() {
        return worksheets.keySet();
    }

    public Set<String> tableNames() {
        return named.keySet();
    }
}
