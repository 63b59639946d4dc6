package io.github.cpaudit.tables;

import io.github.cpaudit.calc.EnterpriseResult;
import io.github.cpaudit.catalog.RenderException;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.model.Enterprise;
import java.util.List;
import java.util.Optional;

/**
 * What {@code by=} groups enterprises by, in worksheet 2-1 and in the emissions chart: its spelling
 * in Chinese and as the engine's key, the column header, and the words of a chart's title.
 */
public enum Grouping {
    ENTERPRISE("企业", "enterprise", "企业名称", "家企业"),
    DISTRICT("区县", "district", "所在区县", "个区县"),
    PARK("园区", "park", "所在园区/产业集群", "个园区"),
    SIZE("规模", "size", "规模", "类规模");

    private final String chinese;
    private final String key;
    private final String header;
    private final String counted;

    Grouping(String chinese, String key, String header, String counted) {
        this.chinese = chinese;
        this.key = key;
        this.header = header;
        this.counted = counted;
    }

    /**
     * The grouping {@code by} names (区县 or district …) among {@code accepted}; a document error
     * listing them otherwise.
     */
    public static Grouping of(String by, List<Grouping> accepted) {
        String given = by.trim();
        for (Grouping grouping : accepted) {
            if (grouping.chinese.equals(given) || grouping.key.equals(given)) {
                return grouping;
            }
        }
        List<String> chinese = accepted.stream().map(g -> g.chinese).toList();
        throw new RenderException("by= 应为 " + String.join("、", chinese.subList(0, chinese.size() - 1)) + " 或 "
                + chinese.get(chinese.size() - 1) + "（" + String.join("、", accepted.stream().map(g -> g.key).toList())
                + "）之一（unknown grouping），实为“" + by + "”");
    }

    /** The engine's key of the roll-ups ({@code district}). */
    public String key() {
        return key;
    }

    /** The header of the grouping column of worksheet 2-1. */
    public String header() {
        return header;
    }

    /** "按区县", for a chart's title. */
    public String title() {
        return "按" + chinese;
    }

    /** "其他3个区县": the groups a chart folds into one. */
    public String other(int count) {
        return "其他" + count + counted;
    }

    /** The group of an enterprise, named as the roll-ups of worksheet 2-1 name it; the id when it is unknown. */
    public String group(ProjectView view, String enterpriseId) {
        Optional<Enterprise> enterprise = view.enterprise(enterpriseId).map(EnterpriseResult::enterprise);
        if (enterprise.isEmpty()) {
            return enterpriseId;
        }
        Enterprise e = enterprise.get();
        return switch (this) {
            case ENTERPRISE -> e.name();
            case DISTRICT -> e.district().isEmpty() ? "未填区县" : e.district();
            case PARK -> e.park().isEmpty() ? "园区外" : e.park();
            case SIZE -> e.size().isEmpty() ? "未填规模" : e.size();
        };
    }
}
