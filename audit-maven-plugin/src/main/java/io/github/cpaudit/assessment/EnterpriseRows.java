package io.github.cpaudit.assessment;

import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.LevelResult;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.calc.SynergyAnalysis;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.tables.BenefitSheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 企业 table: per enterprise of the roster its identity, its level and scores Y as worksheet
 * 2-10 prints them, how many options it takes part in, and the figures of the options it carries
 * out alone. An option several enterprises share holds their summed figures and the data do not
 * say each one's share, so its investment and savings are in the 方案 table only, not split here.
 */
final class EnterpriseRows {

    /** Worksheet 2-10 prints the scores of three levels. */
    private static final int LEVELS = 3;
    private static final String NOT_EVALUATED = "未评价";
    private static final String FRESH_WATER = "新鲜水";

    private EnterpriseRows() {
    }

    static ExportTable of(ProjectView view) {
        Map<String, WrittenRow> roster = new HashMap<>();
        view.written("roster").forEach(row -> roster.putIfAbsent(row.text("id"), row));
        List<List<Cell>> rows = view.enterprises().stream().map(enterprise -> row(view, enterprise,
                roster.get(enterprise.id()))).toList();
        return new ExportTable(ExportSheet.ENTERPRISES, rows);
    }

    private static List<Cell> row(ProjectView view, Enterprise enterprise, WrittenRow written) {
        ExportRow row = new ExportRow(ExportSheet.ENTERPRISES, view.formatter()).text("id", enterprise.id())
                .text("name", enterprise.name()).text("credit_code", written == null ? "" : written.text("credit_code"))
                .text("industry_code", enterprise.industryCode()).text("district", enterprise.district())
                .text("audit_type", enterprise.auditType());
        LevelResult level = view.enterprise(enterprise.id()).map(EnterpriseResult::level).orElse(null);
        if (level == null) {
            row.text("level", NOT_EVALUATED);
        } else {
            row.text("level", level.level());
            for (int k = 0; k < Math.min(LEVELS, level.scores().size()); k++) {
                row.number("score_" + (k + 1), level.score(k), Kind.PERCENT);
            }
        }
        List<OptionResult> taking = view.results().options().stream()
                .filter(result -> result.option().appliesTo(enterprise.id())).toList();
        List<OptionResult> own = taking.stream().filter(result -> !result.option().forAllEnterprises()
                && result.option().enterprises().stream().allMatch(enterprise.id()::equals)).toList();
        row.count("options", taking.size())
                .count("implemented", taking.stream().filter(result -> result.option().implemented()).count())
                .count("own_options", own.size());
        BigDecimal investment = BigDecimal.ZERO;
        BigDecimal saving = BigDecimal.ZERO;
        BigDecimal tce = BigDecimal.ZERO;
        BigDecimal co2 = BigDecimal.ZERO;
        BigDecimal water = BigDecimal.ZERO;
        for (OptionResult result : own) {
            investment = investment.add(result.option().investment());
            saving = result.option().annualSaving() == null ? saving : saving.add(result.option().annualSaving());
            Map<String, BigDecimal> items = result.effect() == null ? Map.of() : result.effect().items();
            tce = tce.add(items.getOrDefault(SynergyAnalysis.ENERGY_ITEM, BigDecimal.ZERO));
            co2 = co2.add(items.getOrDefault(SynergyAnalysis.CO2_ITEM, BigDecimal.ZERO));
            water = water.add(freshWater(items));
        }
        return row.number("own_investment", investment, Kind.MONEY).number("own_saving", saving, Kind.MONEY)
                .number("own_tce", tce, Kind.TCE).number("own_co2", co2, Kind.CO2)
                .number("own_water", water, BenefitLine.kind(FRESH_WATER + "（m³）")).cells();
    }

    /** The option's 新鲜水 in m³ (the unit 3-1 counts volumes in). */
    private static BigDecimal freshWater(Map<String, BigDecimal> items) {
        return items.entrySet().stream().filter(item -> BenefitSheet.name(item.getKey()).equals(FRESH_WATER)
                && BenefitLine.unit(item.getKey()).equals("m³")).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
