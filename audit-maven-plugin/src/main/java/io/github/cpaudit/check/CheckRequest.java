package io.github.cpaudit.check;

import io.github.cpaudit.problem.AuditMode;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to check: the settings of {@code audit:check}, with paths already absolute.
 *
 * @param projectDir     the audit project folder (data, {@code audit.yaml}; the document's base directory)
 * @param sourceDir      folder of the AsciiDoc sources
 * @param masterDocument file name of the master document inside {@code sourceDir}
 * @param outputDir      where {@code check.json} is written
 * @param attributes     document attributes that override the document's own, as for {@code audit:report}
 * @param mode           draft: report only; final: anything open fails
 */
public record CheckRequest(Path projectDir, Path sourceDir, String masterDocument, Path outputDir,
        Map<String, String> attributes, AuditMode mode) {

    public CheckRequest {
        attributes = Map.copyOf(attributes);
    }
}
