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

    public CommonIssue {
        aspects = List.copyOf(aspects);
        enterprises = List.copyOf(enterprises);
        causes = Map.copyOf(causes);
    }
}
