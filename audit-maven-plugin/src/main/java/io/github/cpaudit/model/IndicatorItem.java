package io.github.cpaudit.model;

import java.math.BigDecimal;

/** What sits under a first-level indicator: a second-level indicator or a group sharing one weight. */
public sealed interface IndicatorItem permits Indicator, IndicatorGroup {

    String id();

    String name();

    /** The weight within the first-level indicator (after normalisation on load: summing to 1). */
    BigDecimal weight();
}
