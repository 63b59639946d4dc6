package io.github.cpaudit.calc;

import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.model.AuditData;
import io.github.cpaudit.model.Balance;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a reviewer must not miss, in one list for the report's findings table
 * ({@code audit-table::findings[]}) and for {@code audit:check}: 淘汰/限制类 processes, equipment and
 * products and toxic materials without a substitution plan (worksheets 2-3, 2-6), emissions above
 * the permit (2-7), unit energy above its limit (2-4) and balances beyond tolerance (2-20, 2-21).
 */
public final class ReviewFindings {

    private ReviewFindings() {
    }

    /** The findings of a project's data and results, in that order, each kind in the data's order. */
    public static List<ReviewFinding> of(AuditData data, AuditResults results, FigureFormatter formatter) {
        Map<String, String> idByName = new LinkedHashMap<>();
        for (Enterprise enterprise : data.enterprises()) {
            idByName.put(enterprise.id(), enterprise.id());
            idByName.put(enterprise.name(), enterprise.id());
        }
        List<ReviewFinding> findings = new ArrayList<>();
        for (Finding finding : results.findings()) {
            findings.add(new ReviewFinding(idByName.getOrDefault(finding.enterprise(), finding.enterprise()),
                    finding.kind(), finding.text(), List.of(finding.source())));
        }
        for (PermitLine line : results.permits()) {
            if (line.compliance() != null && line.compliance().status() == PermitCompliance.Status.EXCEEDED) {
                findings.add(new ReviewFinding(line.enterprise(), "超许可", line.pollutant() + "排放量超过许可排放量"
                        + line.compliance().excessPercent().optionalValue()
                                .map(p -> " " + formatter.format(p, Kind.PERCENT) + "%").orElse(""),
                        line.sources()));
            }
        }
        for (EnergyLimitResult check : results.energyLimits()) {
            if (check.status() == EnergyLimitCheck.Status.EXCEEDED) {
                findings.add(new ReviewFinding(check.enterprise().id(), "超能耗限额", check.product() + "单位产品综合能耗 "
                        + formatter.format(check.intensity(), Kind.INTENSITY) + " " + check.limit().unit()
                        + "，限额 " + formatter.format(check.limit().max(), Kind.AS_GIVEN),
                        energyLimitSources(data, check)));
            }
        }
        for (BalanceResult balance : results.balances()) {
            balance.check().finding().ifPresent(text -> findings.add(new ReviewFinding(balance.balance().enterprise(),
                    "平衡偏差超限", text, Stream.concat(balance.balance().inputs().stream(),
                            balance.balance().outputs().stream()).map(Balance.Entry::source).toList())));
        }
        return findings;
    }

    /** The product's output rows, then the limit's place in the reference file. */
    private static List<Source> energyLimitSources(AuditData data, EnergyLimitResult check) {
        List<Source> sources = new ArrayList<>();
        for (ProductOutput output : data.production().getOrDefault(check.enterprise().id(), List.of())) {
            if (output.product().equals(check.product())) {
                sources.add(output.source());
            }
        }
        if (check.limit().source() != null) {
            sources.add(check.limit().source());
        }
        return sources;
    }
}
