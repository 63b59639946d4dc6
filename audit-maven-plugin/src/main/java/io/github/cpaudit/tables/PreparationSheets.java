package io.github.cpaudit.tables;

import io.github.cpaudit.calc.FigureFormatter;
import io.github.cpaudit.catalog.TableOptions;
import io.github.cpaudit.data.IndustryCodes;
import io.github.cpaudit.model.WrittenRow;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import io.github.cpaudit.model.ProductOutput;
import io.github.cpaudit.project.ProjectConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phase 1 前期准备: worksheets 1-1 to 1-5. */
final class PreparationSheets {

    private PreparationSheets() {
    }


    /** 1-1 审核工作组成员表, from audit.yaml's team. */
    static TableRows team(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (ProjectConfig.TeamMember member : view.config().map(ProjectConfig::team).orElse(List.of())) {
            rows.add(Row.of(view, null).text("name", member.name()).text("role", member.role())
                    .text("organization", member.organization()).text("title", member.title())
                    .text("major", member.major()).text("duty", member.duty()).text("time", member.time()));
        }
        return missingUnless(rows, "audit.yaml 的审核工作组（team）");
    }

    /** 1-2 审核工作计划表, from audit.yaml's schedule. */
    static TableRows schedule(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (ProjectConfig.ScheduleItem item : view.config().map(ProjectConfig::schedule).orElse(List.of())) {
            String period = (item.start() == null ? "" : item.start().toString()) + " — "
                    + (item.end() == null ? "" : item.end().toString());
            rows.add(Row.of(view, null).text("phase", item.phase()).text("work", item.work()).text("period", period)
                    .text("owner", item.owner()).text("output", item.output()));
        }
        return missingUnless(rows, "audit.yaml 的工作计划（schedule）");
    }

    /** 1-3 审核对象企业名录: the roster, with its design capacity and permit. */
    static TableRows roster(ProjectView view, TableOptions options) {
        Map<String, WrittenRow> raw = new HashMap<>();
        view.written("roster").forEach(row -> raw.put(row.text("id"), row));
        IndustryCodes codes = IndustryCodes.bundled();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Enterprise enterprise : view.enterprises()) {
            WrittenRow source = raw.get(enterprise.id());
            String code = enterprise.industryCode();
            String industry = code + codes.name(code).map(name -> " " + name).orElse("");
            rows.add(Row.of(view, enterprise.id()).count("no", ++n).text("name", enterprise.name())
                    .text("creditCode", source == null ? "" : source.text("credit_code"))
                    .text("industry", industry).text("district", enterprise.district())
                    .text("park", enterprise.park()).text("size", enterprise.size())
                    .text("products", source == null ? "" : source.text("main_products"))
                    .text("capacity", capacity(view.project().data().production().getOrDefault(enterprise.id(), List.of())))
                    .text("permitNo", source == null ? "" : source.text("permit_no"))
                    .text("permitClass", source == null ? "" : source.text("permit_class"))
                    .text("auditType", enterprise.auditType())
                    .text("reasons", String.join("、", enterprise.auditReasons())));
        }
        return missingUnless(rows, "企业名录（roster）");
    }

    /** Design capacity per product, e.g. 镀锌件 60 万m²；镀镍件 30 万m². */
    private static String capacity(List<ProductOutput> products) {
        List<String> parts = new ArrayList<>();
        for (ProductOutput product : products) {
            if (product.capacity() != null) {
                parts.add(product.product() + " " + FigureFormatter.plain(product.capacity().value())
                        + " " + product.capacity().unit().symbol());
            }
        }
        return String.join("；", parts);
    }

    /** 1-5 宣传培训与现场调研记录, from the activities table. */
    static TableRows activities(ProjectView view, TableOptions options) {
        List<Row> rows = new ArrayList<>();
        for (WrittenRow activity : view.written("activities")) {
            List<String> ids = activity.get("enterprises", List.class).map(list -> ((List<?>) list).stream()
                    .map(String::valueOf).toList()).orElse(List.of());
            String who = ids.isEmpty() ? "全体" : String.join("、", ids.stream().map(id -> "全体".equals(id) ? id : view.name(id)).toList());
            rows.add(Row.of(view, ids.size() == 1 && !"全体".equals(ids.get(0)) ? ids.get(0) : null)
                    .text("date", activity.text("date")).text("enterprises", who)
                    .text("form", activity.text("form"))
                    .number("participants", activity.get("participants", Object.class)
                            .map(v -> new java.math.BigDecimal(v.toString())).orElse(null),
                            io.github.cpaudit.calc.FigureFormatter.Kind.AS_GIVEN)
                    .text("content", activity.text("content")).text("record", activity.text("record")));
        }
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of("审核活动（activities）") : List.of(), Map.of());
    }

    /** Rows, or a notice naming where the data should come from. */
    static TableRows missingUnless(List<Row> rows, String source) {
        return new TableRows(rows, List.of(), rows.isEmpty() ? List.of(source) : List.of(), Map.of());
    }
}
