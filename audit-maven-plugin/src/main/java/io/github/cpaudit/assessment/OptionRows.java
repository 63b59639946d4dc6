package io.github.cpaudit.assessment;

import io.github.cpaudit.calc.BenefitLine;
import io.github.cpaudit.calc.EconomicResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Option;
import io.github.cpaudit.tables.BenefitSheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The 方案 and 方案效果 tables: per option its class, status, money and economics as worksheets
 * 2-16 and 2-18 print them; per option and item the reduction it counts in worksheet 3-1 (the
 * verified figure of an implemented option where there is one, else the expected one).
 */
final class OptionRows {

    private OptionRows() {
    }

    static ExportTable options(ProjectView view) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            ExportRow row = new ExportRow(ExportSheet.OPTIONS, view.formatter()).text("id", option.id())
                    .text("name", option.name()).text("scope", option.scope())
                    .text("enterprises", option.forAllEnterprises() ? Option.ALL
                            : String.join("、", new LinkedHashSet<>(option.enterprises())))
                    .count("enterprise_count", option.forAllEnterprises() ? view.enterprises().size()
                            : new LinkedHashSet<>(option.enterprises()).size())
                    .text("cost_class", result.costClass().chinese()).text("status", option.status())
                    .text("verified", option.verified() ? "是" : "否")
                    .number("investment", option.investment(), Kind.MONEY)
                    .number("subsidy", option.subsidy(), Kind.MONEY)
                    .number("annual_saving", option.annualSaving(), Kind.MONEY);
            if (result.effect() != null) {
                row.number("tce", result.effect().tceSaved(), Kind.TCE).number("co2", result.effect().co2Reduced(), Kind.CO2)
                        .text("synergy", result.effect().synergy().chinese());
            }
            EconomicResult economics = result.economics();
            if (economics != null) {
                row.number("npv", economics.npv(), Kind.MONEY).figure("npvr", economics.npvr(), Kind.RATIO)
                        .figure("irr", economics.irr(), Kind.IRR).figure("payback", economics.payback(), Kind.PAYBACK);
            }
            if (result.feasible() != null) {
                row.text("feasible", result.feasible() ? "可行" : "不可行");
            }
            rows.add(row.cells());
        }
        return new ExportTable(ExportSheet.OPTIONS, rows);
    }

    /** Every item an option reduces (or adds to, negative), except those it does not change. */
    static ExportTable effects(ProjectView view) {
        List<List<Cell>> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            if (result.effect() == null) {
                continue;
            }
            for (Map.Entry<String, BigDecimal> item : result.effect().items().entrySet()) {
                if (item.getValue().signum() == 0) {
                    continue;
                }
                rows.add(new ExportRow(ExportSheet.EFFECTS, view.formatter()).text("option", result.option().id())
                        .text("item", BenefitSheet.name(item.getKey())).text("unit", BenefitRows.perYear(item.getKey()))
                        .number("reduction", item.getValue(), BenefitLine.kind(item.getKey()))
                        .text("verified", result.option().verified() ? "是" : "否").cells());
            }
        }
        return new ExportTable(ExportSheet.EFFECTS, rows);
    }
}
