package io.github.cpaudit.tables;

import io.github.cpaudit.calc.CarbonAccount;
import io.github.cpaudit.calc.EmissionCategory;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.Explanations;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.Quantity;
import io.github.cpaudit.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Phase 2 诊断审核, pollution, carbon and environmental management: worksheets 2-7 to 2-9. */
final class PollutionSheets {

    private PollutionSheets() {
    }


    /**
     * 2-8 温室气体排放核算: one row per enterprise that reported energy (roster order), its CO2 by
     * category, total and CO2 per unit of output, then the totals row; the grid factor's note
     * follows the table. Process emissions show "—" where the data give none.
     */
    static TableRows carbon(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        UnitColumn perOutput = new UnitColumn("perOutput", Kind.INTENSITY);
        boolean anyEnergy = ProductionSheets.anyEnergy(view);
        Set<String> omitted = anyEnergy ? ProductionSheets.omittedEnergy(view) : Set.of();
        for (EnterpriseResult result : view.results().enterprises()) {
            CarbonAccount account = result.carbon();
            String id = result.enterprise().id();
            if (account.lines().isEmpty()) {
                if (anyEnergy) {
                    rows.add(ProductionSheets.withoutEnergy(Row.of(view, id).text("enterprise",
                            result.enterprise().name()), id, omitted, "total"));
                }
                continue;
            }
            Row row = Row.of(view, id).text("enterprise", result.enterprise().name())
                    .number("fuel", account.total(EmissionCategory.FUEL_COMBUSTION), Kind.CO2)
                    .number("electricity", account.total(EmissionCategory.PURCHASED_ELECTRICITY), Kind.CO2)
                    .number("heat", account.total(EmissionCategory.PURCHASED_HEAT), Kind.CO2)
                    .number("process", account.lines().stream().anyMatch(l -> l.category() == EmissionCategory.PROCESS)
                            ? account.total(EmissionCategory.PROCESS) : null, Kind.CO2)
                    .number("total", account.total(), Kind.CO2)
                    .trace("total", null, List.of("合计", "二氧化碳排放量"), Explanations.carbon(id + " "
                            + result.enterprise().name() + " 二氧化碳排放量", List.of(result), account.total(),
                            view.results().grid().used()));
            ProductionSheets.PerOutput per = ProductionSheets.perOutput(view, id, "单位产品排放",
                    new Quantity(account.total(), Unit.T_CO2), Unit.T_CO2);
            perOutput.put(row, per.figure(), per.unit());
            rows.add(row);
        }
        Map<String, Object> extras = Map.of("heading", Heading.of(view, "2-8")
                .unit("单位产品排放", perOutput.fill(view.formatter())).text(),
                "note", AsciidocText.inline(view.results().grid().note()));
        return new TableRows(rows, List.of("fuel", "electricity", "heat", "process", "total"),
                ProductionSheets.missing(rows, "能源消耗（energy）"), extras);
    }

    /**
     * 2-9 环境管理情况: one row per enterprise of the management table (roster order); the permit's
     * management class and annual reports from the permits (else the roster's class).
     */
    static TableRows management(ProjectView view, TableOptions options) {
        Map<String, WrittenRow> byEnterprise = byEnterprise(view.written("management"));
        Map<String, WrittenRow> roster = new HashMap<>();
        view.written("roster").forEach(row -> roster.putIfAbsent(row.text("id"), row));
        List<Row> rows = new ArrayList<>();
        for (Enterprise enterprise : view.enterprises()) {
            WrittenRow m = byEnterprise.get(enterprise.id());
            if (m == null) {
                continue;
            }
            rows.add(Row.of(view, enterprise.id()).text("enterprise", enterprise.name())
                    .text("eia", joined(m.text("eia"), m.text("acceptance")))
                    .text("permit", permit(view, enterprise.id(), roster.get(enterprise.id())))
                    .text("monitoring", joined(m.text("self_monitoring"), m.text("online_monitoring")))
                    .text("hazardousWaste", joined(m.text("hw_management")))
                    .text("weather", joined(m.text("weather_grade")))
                    .text("certification", joined(m.text("certification")))
                    .text("previousAudit", joined(m.text("previous_audit"))));
        }
        return new TableRows(rows, List.of(), ProductionSheets.missing(rows, "环境管理（management）"), Map.of());
    }

    private static Map<String, WrittenRow> byEnterprise(List<WrittenRow> rows) {
        Map<String, WrittenRow> map = new HashMap<>();
        rows.forEach(row -> map.putIfAbsent(row.text("enterprise"), row));
        return map;
    }

    /** 重点管理；已提交执行报告 — the permits' class (else the roster's) and their annual reports. */
    private static String permit(ProjectView view, String enterpriseId, WrittenRow roster) {
        List<WrittenRow> permits = view.written("permits").stream()
                .filter(row -> row.text("enterprise").equals(enterpriseId)).toList();
        Set<String> classes = new LinkedHashSet<>();
        permits.forEach(row -> classes.add(row.text("category")));
        classes.remove("");
        if (classes.isEmpty() && roster != null) {
            classes.add(roster.text("permit_class"));
        }
        Set<String> reports = new LinkedHashSet<>();
        permits.forEach(row -> row.get("annual_report", Boolean.class).ifPresent(done -> reports.add(done ? "是" : "否")));
        String report = reports.isEmpty() ? "" : reports.contains("否") ? "执行报告未全部提交" : "已提交执行报告";
        return joined(String.join("、", classes), report);
    }

    /** Non-empty parts joined by "；", or "—". */
    private static String joined(String... parts) {
        List<String> kept = Stream.of(parts).filter(p -> !p.isBlank()).toList();
        return kept.isEmpty() ? "—" : String.join("；", kept);
    }
}
