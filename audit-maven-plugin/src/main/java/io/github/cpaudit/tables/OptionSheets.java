package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.OptionResult;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.CostClass;
import io.github.cpaudit.model.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phase 2 诊断审核, the options: worksheets 2-16 to 2-22, and 3-1. The screening and feasibility
 * sheets are in {@link AppraisalSheets}, the balances in {@link BalanceSheets}, 3-1 in
 * {@link BenefitSheet}.
 */
final class OptionSheets {

    static final String OPTIONS = "清洁生产方案（options）";

    private OptionSheets() {
    }


    /**
     * 2-16 清洁生产方案汇总: one row per option in the data's order, its expected effects as entered,
     * its benefit type (§7) and how many enterprises it applies to; the investments add up.
     */
    static TableRows summary(ProjectView view, TableOptions options) {
        OptionTexts texts = new OptionTexts(view);
        List<Row> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            rows.add(texts.row(option).text("id", option.id()).text("name", option.name())
                    .text("scope", option.scope()).text("aspect", texts.raw(option, "aspect"))
                    .text("costClass", result.costClass().chinese())
                    .number("investment", option.investment(), Kind.MONEY)
                    .text("effect", texts.expected(option, "；"))
                    .text("benefit", result.effect().synergy().chinese())
                    .count("enterprises", texts.enterpriseCount(option))
                    .text("status", option.status()));
        }
        return of(rows, List.of("investment"), noOptions(view), OPTIONS);
    }

    /** 2-19 方案实施计划: every option with its enterprises, dates, owner and funding. */
    static TableRows plan(ProjectView view, TableOptions options) {
        OptionTexts texts = new OptionTexts(view);
        List<Row> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            rows.add(texts.row(option).text("option", OptionTexts.title(option))
                    .text("enterprises", texts.enterpriseNames(option))
                    .text("period", period(texts.raw(option, "start"), texts.raw(option, "finish")))
                    .text("owner", texts.raw(option, "owner")).text("funding", texts.raw(option, "funding")));
        }
        return of(rows, List.of(), noOptions(view), OPTIONS);
    }

    /**
     * 2-22 无/低费方案实施效果核定: the implemented 无/低费 options with their verified effects as
     * entered, their annual saving and the records the verification rests on; an implemented option
     * without a verified effect says so instead of showing its expected figures.
     */
    static TableRows verified(ProjectView view, TableOptions options) {
        OptionTexts texts = new OptionTexts(view);
        List<Row> rows = new ArrayList<>();
        for (OptionResult result : view.results().options()) {
            Option option = result.option();
            if (result.costClass() != CostClass.NO_OR_LOW || !option.implemented()) {
                continue;
            }
            String measured = texts.effects(option, true, "；");
            String finish = texts.raw(option, "finish");
            Row row = texts.row(option).text("option", OptionTexts.title(option))
                    .text("enterprises", texts.enterpriseNames(option))
                    .text("date", finish.isEmpty() ? texts.raw(option, "start") : finish)
                    .number("investment", option.investment(), Kind.MONEY)
                    .number("saving", option.annualSaving(), Kind.MONEY)
                    .text("basis", String.join("；", texts.bases(option)));
            // an implemented option without a verified effect is an open item: 评估 and 验收 ask for it
            rows.add(measured.isEmpty() ? row.open("effect", option.id() + " 的实施效果核定（option_effects 的“核定”，"
                    + "依据实施后的监测报告或台账，资料清单 B9.3）") : row.text("effect", measured));
        }
        return of(rows, List.of("investment", "saving"), noOptions(view), OPTIONS);
    }

    /** 2026-05-15 — 2026-06-30, or one end, or "". */
    static String period(String start, String finish) {
        if (start.isEmpty() && finish.isEmpty()) {
            return "";
        }
        return start + " — " + finish;
    }

    /**
     * The rows; a notice names the data table when it has no rows at all (rows left out by the
     * worksheet's own filter, e.g. no 中/高费 option, print 没有数据 instead).
     */
    static TableRows of(List<Row> rows, List<String> sums, boolean noData, String table) {
        return new TableRows(rows, sums, noData ? List.of(table) : List.of(), Map.of());
    }

    /** No option at all: the options table is missing or empty. */
    static boolean noOptions(ProjectView view) {
        return view.results().options().isEmpty();
    }
}
