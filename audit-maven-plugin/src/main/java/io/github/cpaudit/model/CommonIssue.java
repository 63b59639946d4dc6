package io.github.cpaudit.model;

import java.util.List;
import java.util.Map;

/**
 * A common problem of the industry (worksheets 2-12, 2-13): what it is, the aspects it belongs to
 * (of the eight), the enterprises it affects and its causes by aspect.
 *
 * @param causes the cause written for an aspect, by aspect name (原辅材料和能源 … 员工)
 */
public record CommonIssue(String id, String description, List<String> aspects, List<String> enterprises,
        Map<String, String> causes, Source source) {

    /**
     * The eight aspects of an audit (原辅材料和能源 … 员工) in their usual order, each with the short
     * key its cause column and its worksheet 2-13 column go by ({@code cause_materials}, {@code $r.materials}).
     */
    public static final Map<String, String> ASPECTS = aspectKeys();

    private static Map<String, String> aspectKeys() {
        Map<String, String> aspects = new java.util.LinkedHashMap<>();
        aspects.put("原辅材料和能源", "materials");
        aspects.put("技术工艺", "technology");
        aspects.put("设备", "equipment");
        aspects.put("过程控制", "control");
        aspects.put("产品", "product");
        aspects.put("废弃物", "waste");
        aspects.put("管理", "management");
        aspects.put("员工", "staff");
        return java.util.Collections.unmodifiableMap(aspects);
    }


    public CommonIssue {
        aspects = List.copyOf(aspects);
        enterprises = List.copyOf(enterprises);
        causes = Map.copyOf(causes);
    }
}
