package io.github.cpaudit.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code audit:init} is asked to create.
 *
 * @param directory     the folder of the new project (created when missing)
 * @param groupId       the new project's Maven groupId
 * @param artifactId    the new project's Maven artifactId
 * @param pluginVersion the version of the toolkit's plugin the new project uses
 * @param region        地区, or {@code null} for a blank to fill
 * @param industry      行业名称, or {@code null}
 * @param industryCode  GB/T 4754-2017 code, or {@code null}
 * @param baselineYear  基准年, or {@code null}
 * @param worksheets    numbers of the fill-in worksheets to add under src/docs/asciidoc/worksheets/
 */
public record ScaffoldRequest(Path directory, String groupId, String artifactId, String pluginVersion, String region,
        String industry, String industryCode, Integer baselineYear, List<String> worksheets) {

    public ScaffoldRequest {
        worksheets = List.copyOf(worksheets);
    }
}
