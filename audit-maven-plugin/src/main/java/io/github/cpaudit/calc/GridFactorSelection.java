package io.github.cpaudit.calc;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.model.GridFactor;
import io.github.cpaudit.model.GridFactorTable;

import java.util.Comparator;
import java.util.List;

/**
 * Chooses the grid factor for a baseline year (formulas.md §2): the newest published factor whose
 * data year is not after the baseline year; for a later baseline the newest, flagged; for an earlier
 * one the project must name a factor and its source. A project factor always wins, and the report
 * then names both it and the rule's choice.
 */
public final class GridFactorSelection {

    private GridFactorSelection() {
    }

    /**
     * @param table         the published factors
     * @param region        {@link GridFactor#NATIONAL} or a regional grid the project chose
     * @param baselineYear  the audit's baseline year
     * @param projectFactor the project's own factor, or {@code null}
     */
    public static GridFactorChoice select(GridFactorTable table, String region, int baselineYear,
            GridFactor projectFactor) {
        List<GridFactor> published = table.ofRegion(region).stream()
                .sorted(Comparator.comparingInt(GridFactor::dataYear)).toList();
        GridFactor rule = null;
        boolean afterNewest = false;
        for (GridFactor factor : published) {
            if (factor.dataYear() <= baselineYear) {
                rule = factor;
            }
        }
        if (!published.isEmpty() && baselineYear > published.get(published.size() - 1).dataYear()) {
            afterNewest = true;
        }
        if (projectFactor != null) {
            if (projectFactor.source() == null || projectFactor.source().isBlank()) {
                throw new AuditException("项目给出的电网排放因子没有注明来源（grid factor source missing）："
                        + projectFactor.tco2PerMwh().toPlainString() + " tCO2/MWh，请在 audit.yaml 中写明其来源。");
            }
            String note = "采用项目给出的电网排放因子 " + describe(projectFactor)
                    + (rule == null ? "" : "；按选取规则应为 " + describe(rule));
            return new GridFactorChoice(projectFactor, rule, afterNewest, true, note + "。");
        }
        if (rule == null && baselineYear == 0 && !published.isEmpty()) {
            // no valid audit.yaml (its problems are reported as open items): draft figures use the newest
            // published factor and say so, rather than the whole document failing
            GridFactor newest = published.get(published.size() - 1);
            return new GridFactorChoice(newest, newest, false, false, "基准年未知（audit.yaml 有误），暂采用"
                    + describe(newest) + "。");
        }
        if (rule == null) {
            String first = published.isEmpty() ? "（该区域没有已公布的因子）"
                    : "（最早为 " + published.get(0).dataYear() + " 年数据）";
            throw new AuditException("没有适用于基准年 " + baselineYear + " 年的" + region
                    + "电网排放因子（no grid factor for baseline year）" + first
                    + "：请在 audit.yaml 中给出因子及其来源。");
        }
        String note = "采用" + describe(rule);
        if (afterNewest) {
            note += "；基准年 " + baselineYear + " 年晚于最新公布因子的数据年份，采用最新公布值";
        }
        return new GridFactorChoice(rule, rule, afterNewest, false, note + "。");
    }

    private static String describe(GridFactor factor) {
        // the factor as audit:value[grid.factor] prints it: one rule for a factor (FigureFormatter.Kind.FACTOR)
        return factor.region() + " " + factor.dataYear() + " 年电网排放因子 "
                + FigureFormatter.gbt8170().format(factor.tco2PerMwh(), FigureFormatter.Kind.FACTOR)
                + " tCO2/MWh（" + factor.source() + "）";
    }
}
