package io.github.cpaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Second-level indicators that share one weight split equally over the members that apply to an
 * enterprise, e.g. the electroplating metals' utilisation rates weighing 0.8 together: an enterprise
 * that plates n of the metals gets 0.8/n per metal (re-weighting inside the group only).
 *
 * @param id      a stable key
 * @param name    the group's name (e.g. {@code 金属利用率})
 * @param weight  the group's weight within the first-level indicator
 * @param members the member indicators (their own weights are {@code null})
 */
public record IndicatorGroup(String id, String name, BigDecimal weight, List<Indicator> members)
        implements IndicatorItem {

    public IndicatorGroup {
        members = List.copyOf(members);
    }

    public IndicatorGroup withWeight(BigDecimal newWeight) {
        return new IndicatorGroup(id, name, newWeight, members);
    }
}
