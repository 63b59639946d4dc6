package io.github.cpaudit.tables;

import io.github.cpaudit.calc.ConcentrationResult;
import io.github.cpaudit.calc.EmissionCategory;
import io.github.cpaudit.calc.EnergyLimitCheck;
import io.github.cpaudit.calc.EnergyLimitResult;
import io.github.cpaudit.calc.EnergyLine;
import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.calc.FigureFormatter.Kind;
import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.calc.IndicatorScore;
import io.github.cpaudit.calc.IssueShare;
import io.github.cpaudit.calc.LevelResult;
import io.github.cpaudit.calc.PermitCompliance;
import io.github.cpaudit.calc.PermitLine;
import io.github.cpaudit.data.IndustryCodes;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.EquipmentItem;
import io.github.cpaudit.model.IndicatorSystem;
import io.github.cpaudit.model.Material;
import io.github.cpaudit.model.Permit;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of worksheet 3-2's fields about the enterprise itself (the option fields are
 * {@link DiagnosisOptions}'), as plain text (the row escapes it):
 * parts joined with ；, figures rounded as formulas.md §8 asks, and a short statement where the
 * enterprise has nothing to show (无 …) or the data are missing (未报送 …).
 */
final class DiagnosisFields {

    private final ProjectView view;
    private final Map<String, WrittenRow> roster = new HashMap<>();
    private final IndustryCodes codes = IndustryCodes.bundled();

    DiagnosisFields(ProjectView view) {
        this.view = view;
        view.written("roster").forEach(row -> roster.put(row.text("id"), row));
    }

    /** 基本信息: name, credit code, industry, place, size, products, staff, output value, audit type, permit. */
    String basics(Enterprise enterprise) {
        WrittenRow raw = roster.get(enterprise.id());
        List<String> parts = new ArrayList<>(List.of(enterprise.name()));
        labelled(parts, "统一社会信用代码 ", raw(raw, "credit_code"));
        String code = enterprise.industryCode();
        parts.add("行业 " + code + codes.name(code).map(name -> " " + name).orElse(""));
        parts.add("所在地 " + enterprise.district() + (enterprise.park().isEmpty() ? "" : " " + enterprise.park()));
        parts.add("规模 " + enterprise.size());
        labelled(parts, "主要产品 ", raw(raw, "main_products"));
        if (enterprise.employees() != null) {
            parts.add("从业人数 " + enterprise.employees() + " 人");
        }
        if (enterprise.outputValue() != null) {
            parts.add("工业总产值 " + FigureFormatter.plain(enterprise.outputValue()) + " 万元");
        }
        parts.add("审核类型 " + enterprise.auditType() + (enterprise.auditReasons().isEmpty() ? ""
                : "（" + String.join("、", enterprise.auditReasons()) + "）"));
        Optional<Permit> permit = view.project().data().permits().stream()
                .filter(p -> p.enterprise().equals(enterprise.id())).findFirst();
        String category = first(raw(raw, "permit_class"), permit.map(Permit::category).orElse(""));
        String number = first(raw(raw, "permit_no"), permit.map(Permit::permitNo).orElse(""));
        parts.add("排污许可类别 " + (category.isEmpty() ? "未填写" : category) + (number.isEmpty() ? "" : "（证号 " + number + "）"));
        if (enterprise.keyCarbonEmitter()) {
            parts.add("温室气体重点排放单位");
        }
        return String.join("；", parts);
    }

    /** The energy field of an enterprise without usable energy rows: the sheet prints it as an open item. */
    static final String NO_ENERGY = "未报送能源消耗数据";
    /** The energy field of an enterprise whose energy rows a problem kept out (logged at their cells). */
    static final String ENERGY_NOT_USED = "能源消耗数据未采用";

    /** 能耗与碳排放: tce with its energy types, the intensity against its limit, CO2 by category. */
    String energy(Enterprise enterprise) {
        Optional<EnterpriseResult> result = view.enterprise(enterprise.id());
        if (result.isEmpty() || result.get().energy().lines().isEmpty()) {
            return ProductionSheets.omittedEnergy(view).contains(enterprise.id()) ? ENERGY_NOT_USED : NO_ENERGY;
        }
        EnterpriseResult r = result.get();
        List<String> types = new ArrayList<>();
        for (EnergyLine line : r.energy().lines()) {
            types.add(line.use().type().chinese() + " " + quantity(line.use().quantity()));
        }
        List<String> parts = new ArrayList<>(List.of("综合能源消费量 " + format(r.energy().tce(), Kind.TCE) + " tce（"
                + String.join("、", types) + "）"));
        Optional<EnergyLimitResult> limit = view.results().energyLimits().stream()
                .filter(check -> check.enterprise().id().equals(enterprise.id()) && check.intensity().isAvailable()
                        && check.status() != EnergyLimitCheck.Status.NOT_JUDGED).findFirst();
        if (limit.isPresent()) {
            // in the limit's unit, so that the two compare at a glance
            EnergyLimitResult check = limit.get();
            parts.add("单位产品综合能耗 " + view.formatter().format(check.intensity(), Kind.INTENSITY) + " "
                    + check.limit().unit() + "（限额 " + FigureFormatter.plain(check.limit().max()) + " " + check.limit().unit() + "，"
                    + (check.status() == EnergyLimitCheck.Status.EXCEEDED ? "超限额" : "未超限额") + "）");
        } else if (r.intensity().isAvailable()) {
            List<ProductOutput> products = view.project().data().production().getOrDefault(enterprise.id(), List.of());
            String unit = products.isEmpty() ? "" : " kgce/" + products.get(0).output().unit().symbol();
            parts.add("单位产品综合能耗 " + view.formatter().format(r.intensity(), Kind.INTENSITY) + unit);
        }
        List<String> categories = new ArrayList<>();
        for (EmissionCategory category : EmissionCategory.values()) {
            BigDecimal co2 = r.carbon().total(category);
            if (co2.signum() != 0) {
                categories.add(category.chinese() + " " + format(co2, Kind.CO2));
            }
        }
        parts.add("CO2 排放 " + format(r.carbon().total(), Kind.CO2) + " tCO2"
                + (categories.size() < 2 ? "" : "（" + String.join("、", categories) + "）"));
        return String.join("；", parts);
    }

    /**
     * 污染物排放与许可执行: by category, each pollutant's annual amount (in its permit's unit when it
     * has one) against the permit, then the measured values beyond their limits.
     */
    String pollution(Enterprise enterprise) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        for (PermitLine line : view.results().permits()) {
            if (!line.enterprise().equals(enterprise.id()) || line.discharged() == null && line.permit() == null) {
                continue;
            }
            Quantity permitted = line.permit() == null ? null : line.permit().permitted();
            String text = line.pollutant() + (line.discharged() == null ? " 未报送排放量"
                    : " " + annual(permitted != null && permitted.dimension() == line.discharged().dimension()
                            ? line.discharged().to(permitted.unit()) : line.discharged()));
            if (permitted != null) {
                text += "（许可 " + annual(permitted) + (line.compliance() == null ? "" : "，" + compliance(line.compliance())) + "）";
            }
            byCategory.computeIfAbsent(line.category().isEmpty() ? "其他" : line.category(), k -> new ArrayList<>()).add(text);
        }
        List<String> parts = new ArrayList<>();
        byCategory.forEach((category, lines) -> parts.add(category + "：" + String.join("、", lines)));
        List<ConcentrationResult> judged = view.results().concentrations().stream()
                .filter(c -> c.emission().enterprise().equals(enterprise.id()) && !"—".equals(c.verdict())).toList();
        List<String> exceeded = judged.stream().filter(c -> "超标".equals(c.verdict())).map(c ->
                (c.emission().outlet().isEmpty() ? "" : c.emission().outlet() + " ") + c.emission().pollutant() + " "
                        + FigureFormatter.plain(c.emission().concentration()) + " " + c.emission().measure() + "（限值 "
                        + (c.min() == null ? "" : FigureFormatter.plain(c.min()) + "～") + (c.max() == null ? "" : FigureFormatter.plain(c.max())) + "）")
                .toList();
        if (!exceeded.isEmpty()) {
            parts.add("超标的监测值：" + String.join("、", exceeded));
        } else if (!judged.isEmpty()) {
            parts.add("监测的排放浓度和噪声均达标");
        }
        return parts.isEmpty() ? "未报送污染物排放和排污许可数据" : String.join("；", parts);
    }

    private String compliance(PermitCompliance.Result result) {
        if (result.status() == PermitCompliance.Status.COMPLIANT) {
            return result.status().chinese();
        }
        return result.status().chinese() + " " + annual(result.excess())
                + (result.excessPercent().isAvailable() ? "，超出 " + format(result.excessPercent().value(), Kind.PERCENT) + "%" : "");
    }

    /** 有毒有害物料 with their list and substitution, and the 限制/淘汰 processes and equipment. */
    String hazards(Enterprise enterprise) {
        List<String> toxic = new ArrayList<>();
        for (Material material : view.project().data().materials()) {
            if (material.enterprise().equals(enterprise.id()) && material.toxic()) {
                toxic.add(material.name() + " " + annual(material.quantity()) + "（"
                        + (material.toxicBasis().isEmpty() ? "" : material.toxicBasis() + "；")
                        + (material.substitution().isEmpty() ? "无替代计划" : "替代情况：" + material.substitution()) + "）");
            }
        }
        List<String> restricted = new ArrayList<>();
        for (EquipmentItem item : view.project().data().equipment()) {
            if (item.enterprise().equals(enterprise.id()) && ("淘汰".equals(item.policyClass()) || "限制".equals(item.policyClass()))) {
                restricted.add(item.policyClass() + "类" + item.object() + " " + item.name()
                        + (item.process().isEmpty() ? "" : "（" + item.process() + "）"));
            }
        }
        return (toxic.isEmpty() ? "无有毒有害物料" : "有毒有害物料：" + String.join("、", toxic)) + "；"
                + (restricted.isEmpty() ? "无限制类、淘汰类工艺设备" : String.join("、", restricted));
    }

    /** 现场诊断发现的问题: the common problems that name the enterprise. */
    String issues(Enterprise enterprise) {
        List<String> found = view.results().issues().stream().map(IssueShare::issue)
                .filter(issue -> issue.enterprises().contains(enterprise.id()))
                .map(issue -> issue.id() + " " + issue.description()).toList();
        return found.isEmpty() ? "无" : String.join("；", found);
    }

    /** 评价等级与得分: the level and its meaning, Y per level, the limiting indicators. */
    String level(Enterprise enterprise) {
        LevelResult level = view.enterprise(enterprise.id()).map(EnterpriseResult::level).orElse(null);
        IndicatorSystem system = view.project().data().indicatorSystem();
        if (level == null || system == null) {
            return "未评价（缺少指标体系或指标数据）";
        }
        List<String> scores = new ArrayList<>();
        for (int i = 0; i < level.scores().size(); i++) {
            scores.add("Y（" + system.levelNames().get(i) + "）= " + format(level.score(i), Kind.PERCENT));
        }
        int limiting = level.limitingMet().indexOf(Boolean.TRUE);
        return level.level() + (level.description().isEmpty() ? "" : "（" + level.description() + "）") + "；得分 "
                + String.join("，", scores) + "；限定性指标" + (limiting < 0 ? "未全部达到" + system.levelNames().get(system.levelCount() - 1)
                        : "均达到" + system.levelNames().get(limiting))
                + (level.hasMissingValues() ? "；部分指标缺少数据，按 0 分计" : "");
    }

    /** 未达Ⅱ级的指标及差距: each applicable indicator below the second level, with its gap. */
    String gaps(Enterprise enterprise) {
        LevelResult level = view.enterprise(enterprise.id()).map(EnterpriseResult::level).orElse(null);
        IndicatorSystem system = view.project().data().indicatorSystem();
        if (level == null || system == null || system.levelCount() < 2) {
            return "未评价（缺少指标体系或指标数据）";
        }
        String second = system.levelNames().get(1);
        List<String> gaps = new ArrayList<>();
        for (IndicatorScore score : level.indicators()) {
            if (!score.isApplicable() || score.meets(1)) {
                continue;
            }
            String name = score.indicator().name();
            String unit = score.indicator().unit();
            unit = unit.isEmpty() || unit.equals("%") ? unit : " " + unit;
            if (score.status() == IndicatorScore.Status.MISSING) {
                gaps.add(name + "：缺少数据");
            } else if (score.indicator().isQualitative()) {
                gaps.add(name + "：" + (score.bestLevel() == null ? "未达到任何级别" : "达到" + system.levelNames()
                        .get(score.bestLevel())) + "，未达" + second + "要求");
            } else {
                gaps.add(name + " " + FigureFormatter.plain(score.value().number()) + unit + "，" + second + "基准值 "
                        + FigureFormatter.plain(score.indicator().benchmarks().get(1)) + unit + "，差距 "
                        + score.gapTo(1).map(FigureFormatter::plain).orElse("—") + unit);
            }
        }
        return gaps.isEmpty() ? "各项指标均达到" + second : String.join("；", gaps);
    }

    private String annual(Quantity quantity) {
        return quantity(quantity) + "/a";
    }

    private String quantity(Quantity quantity) {
        return FigureFormatter.plain(quantity.value()) + " " + quantity.unit().symbol();
    }

    private String format(BigDecimal value, Kind kind) {
        return view.formatter().format(value, kind);
    }


    private static String raw(WrittenRow row, String key) {
        return row == null ? "" : row.text(key);
    }

    private static String first(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    private static void labelled(List<String> parts, String label, String value) {
        if (!value.isEmpty()) {
            parts.add(label + value);
        }
    }
}
