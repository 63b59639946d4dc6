package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cleaner-production option (worksheets 2-16 … 2-19, 2-22) with its reductions; money in 万元.
 *
 * @param id            方案编号
 * @param name          方案名称
 * @param scope         行业共性 or 企业
 * @param enterprises   the enterprise ids, or [全体]
 * @param writtenClass  the cost class written in the data (类型)
 * @param investment    I before subsidies
 * @param annualSaving  P, or {@code null} when not given
 * @param life          n in years, or {@code null} when not given
 * @param residual      residual value (0 when not given)
 * @param subsidy       subsidies (0 when not given)
 * @param discountRate  the option's own discount rate i as a fraction (0.08), or {@code null}: the
 *                      project's rate then applies
 * @param status        已实施, 实施中 or 计划
 * @param reductions    the reductions counted: for an implemented option the verified figure of
 *                      each item where there is one, else the expected one
 * @param verified      implemented and every counted reduction is a verified one
 * @param sources       the option's row, then the rows of the effects counted
 */
public record Option(String id, String name, String scope, List<String> enterprises, CostClass writtenClass,
        BigDecimal investment, BigDecimal annualSaving, Integer life, BigDecimal residual, BigDecimal subsidy,
        BigDecimal discountRate, String status, OptionReductions reductions, boolean verified, List<Source> sources) {

    /** The status of an implemented option. */
    public static final String IMPLEMENTED = "已实施";
    /** The enterprises list of an option that applies to every enterprise. */
    public static final String ALL = "全体";

    public Option {
        enterprises = List.copyOf(enterprises);
        sources = List.copyOf(sources);
    }

    public boolean implemented() {
        return IMPLEMENTED.equals(status);
    }

    /** An option for every enterprise of the roster: 全体, or no enterprise named. */
    public boolean forAllEnterprises() {
        return enterprises.isEmpty() || enterprises.contains(ALL);
    }

    /** Whether the enterprise carries the option out: it is named, or the option is for 全体. */
    public boolean appliesTo(String enterpriseId) {
        return forAllEnterprises() || enterprises.contains(enterpriseId);
    }

    /**
     * The option's cost class: by its investment (before subsidies) when the project sets the
     * limits, else as written in the data.
     */
    public CostClass costClass(CostClassLimits limits) {
        return limits == null ? writtenClass : limits.classify(investment);
    }
}
