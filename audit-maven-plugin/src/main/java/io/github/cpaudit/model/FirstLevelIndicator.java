package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A first-level indicator with its weight w_i and what sits under it.
 *
 * @param id     a stable key
 * @param name   the printed name (e.g. {@code 资源综合利用指标})
 * @param weight w_i
 * @param items  its second-level indicators and groups
 */
public record FirstLevelIndicator(String id, String name, BigDecimal weight, List<IndicatorItem> items) {

    public FirstLevelIndicator {
        items = List.copyOf(items);
    }

    /** Every second-level indicator, group members included, in order. */
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        for (IndicatorItem item : items) {
            if (item instanceof Indicator indicator) {
                all.add(indicator);
            } else if (item instanceof IndicatorGroup group) {
                all.addAll(group.members());
            }
        }
        return all;
    }
}
