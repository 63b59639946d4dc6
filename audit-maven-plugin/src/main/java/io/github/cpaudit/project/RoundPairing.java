package io.github.cpaudit.project;

import io.github.cpaudit.data.DataProblems;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.AuditRound;
import io.github.cpaudit.model.Emission;
import io.github.cpaudit.model.EnergyUse;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Source;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs two audit rounds enterprise by enterprise before they are compared, and reports what would
 * make a comparison wrong without anyone noticing: an enterprise (or one of its data tables, or a
 * pollutant) that only one round has, and a unit that changed between the rounds so that the two
 * figures no longer convert. Each problem sits at the row that has no counterpart.
 */
final class RoundPairing {

    private final AuditRound before;
    private final AuditRound after;
    private final String beforeFolder;
    private final DataProblems problems;

    /**
     * @param beforeFolder the earlier round's project folder relative to this one, with a trailing
     *                     slash ({@code ../电镀-2022/}), or an empty string when it is this project
     */
    RoundPairing(AuditRound before, AuditRound after, String beforeFolder, DataProblems problems) {
        this.before = before;
        this.after = after;
        this.beforeFolder = beforeFolder;
        this.problems = problems;
    }

    /** The enterprises both rounds hold data for, in the later round's roster order. */
    Set<String> comparable() {
        Map<String, Enterprise> earlier = roster(before.data());
        Map<String, Enterprise> later = roster(after.data());
        Set<String> both = new LinkedHashSet<>();
        for (Enterprise enterprise : later.values()) {
            String id = enterprise.id();
            Optional<Source> inLater = firstRow(after.data(), id);
            Optional<Source> inEarlier = earlier.containsKey(id) ? firstRow(before.data(), id) : Optional.empty();
            if (inLater.isPresent() && inEarlier.isPresent()) {
                both.add(id);
            } else if (inLater.isPresent()) {
                add(after, inLater.get(), "enterprise only in the later round", id, "只在“" + after.name()
                        + "”有数据，“" + before.name() + "”没有（企业名录中没有这家企业，或它没有能源、产量数据）");
            } else if (inEarlier.isPresent()) {
                add(after, enterprise.source(), "enterprise missing in the later round", id, "在“" + after.name()
                        + "”没有能源和产量数据（" + after.year() + " 年的行）");
            }
        }
        for (Enterprise enterprise : earlier.values()) {
            if (!later.containsKey(enterprise.id())) {
                add(before, enterprise.source(), "enterprise missing in the later round", enterprise.id(),
                        "不在“" + after.name() + "”的企业名录中");
            }
        }
        for (String id : both) {
            tables(id);
        }
        return both;
    }

    /** For an enterprise both rounds have: each energy type, product and pollutant on both sides, in convertible units. */
    private void tables(String id) {
        AuditData earlier = before.data();
        AuditData later = after.data();
        pair(id, "能源品种", byName(earlier.energy().getOrDefault(id, List.of()), use -> use.type().chinese()),
                byName(later.energy().getOrDefault(id, List.of()), use -> use.type().chinese()),
                EnergyUse::quantity, EnergyUse::source);
        pair(id, "产品", byName(earlier.production().getOrDefault(id, List.of()), ProductOutput::product),
                byName(later.production().getOrDefault(id, List.of()), ProductOutput::product),
                ProductOutput::output, ProductOutput::source);
        pair(id, "污染物", byName(discharged(earlier, id), Emission::pollutant), byName(discharged(later, id),
                Emission::pollutant), Emission::discharged, Emission::source);
        if (earlier.water().containsKey(id) != later.water().containsKey(id)) {
            boolean onlyEarlier = earlier.water().containsKey(id);
            Source row = (onlyEarlier ? earlier : later).water().get(id).source();
            add(onlyEarlier ? before : after, row, "water in one round only", id, "的用水数据只在“" + (onlyEarlier ? before : after).name()
                    + "”有，两轮用水对比不计这家企业");
        }
    }

    private <T> void pair(String id, String what, Map<String, T> earlier, Map<String, T> later,
            Function<T, Quantity> amount, Function<T, Source> source) {
        earlier.forEach((name, row) -> {
            T other = later.get(name);
            if (other == null) {
                add(before, source.apply(row), "item in one round only", id, "的" + what + "“" + name + "”只在“"
                        + before.name() + "”有，“" + after.name() + "”没有；两轮对比不计这一项");
            } else if (amount.apply(row).unit().dimension() != amount.apply(other).unit().dimension()) {
                problems.add(Problem.data(at(after, source.apply(other), "单位"), "unit changed between rounds",
                        "企业 " + id + " 的" + what + "“" + name + "”单位在两轮之间改变，无法换算（unit changed between rounds）：“"
                                + before.name() + "”为 " + amount.apply(row).unit().symbol() + "，“" + after.name()
                                + "”为 " + amount.apply(other).unit().symbol() + "；请改为同一类单位"));
            }
        });
        later.forEach((name, row) -> {
            if (!earlier.containsKey(name)) {
                add(after, source.apply(row), "item in one round only", id, "的" + what + "“" + name + "”只在“"
                        + after.name() + "”有，“" + before.name() + "”没有；两轮对比不计这一项");
            }
        });
    }

    private static List<Emission> discharged(AuditData data, String id) {
        return data.emissions().stream().filter(e -> e.enterprise().equals(id) && e.discharged() != null).toList();
    }

    private static <T> Map<String, T> byName(List<T> rows, Function<T, String> name) {
        Map<String, T> first = new LinkedHashMap<>();
        rows.forEach(row -> first.putIfAbsent(name.apply(row), row));
        return first;
    }

    private static Map<String, Enterprise> roster(AuditData data) {
        Map<String, Enterprise> byId = new LinkedHashMap<>();
        data.enterprises().forEach(enterprise -> byId.put(enterprise.id(), enterprise));
        return byId;
    }

    /** The enterprise's first energy or production row of the round: it takes part in the round. */
    private static Optional<Source> firstRow(AuditData data, String id) {
        return data.energy().getOrDefault(id, List.of()).stream().map(EnergyUse::source).findFirst()
                .or(() -> data.production().getOrDefault(id, List.of()).stream().map(ProductOutput::source).findFirst());
    }

    private Location at(AuditRound round, Source row, String column) {
        String folder = round == before ? beforeFolder : "";
        return Location.cell(folder + row.file(), row.sheet(), row.row(), column);
    }

    private void add(AuditRound round, Source row, String key, String id, String what) {
        problems.add(Problem.data(at(round, row, "企业编号"), key, "两轮对比（rounds）：企业 " + id + " " + what
                + "（" + key + "）"));
    }
}
