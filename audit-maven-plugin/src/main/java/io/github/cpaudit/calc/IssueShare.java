package io.github.cpaudit.calc;

import io.github.cpaudit.model.CommonIssue;
import io.github.cpaudit.model.Figure;

/**
 * How widespread a common problem is (worksheet 2-12): the enterprises it affects and their share
 * of all enterprises audited.
 *
 * @param affected the number of distinct enterprises affected
 * @param share    affected ÷ enterprises audited × 100 %
 */
public record IssueShare(CommonIssue issue, int affected, Figure share) {
}
