package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the report as {@code audit:report} does, without publishing it: the master document is
 * converted to HTML in memory (nothing is written) with the same runtime, extensions, attributes and
 * log handling, and every problem the conversion logs is handed back with its place. Missing data,
 * unfilled blanks and broken includes are found where they are: only a conversion knows which
 * chapters are included and what each macro lacks. Knows nothing of Maven.
 */
public final class DocumentScan {

    private final PublishLog log;

    /** @param log receives the conversion's INFO records (phase timings); problems are returned instead */
    public DocumentScan(PublishLog log) {
        this.log = log;
    }

    /**
     * Every distinct problem the conversion logged at WARN or above, in the order logged.
     *
     * @param projectDir     the audit project folder: the base directory (SAFE mode)
     * @param sourceDir      folder of the AsciiDoc sources
     * @param masterDocument file name of the master document inside {@code sourceDir}
     * @param attributes     document attributes that override the document's own
     */
    public List<Problem> scan(Path projectDir, Path sourceDir, String masterDocument, Map<String, String> attributes) {
        // HTML without output: the output folder, the PDF's theme, fonts and cache and the fail level do not apply
        PublishRequest request = new PublishRequest(projectDir, sourceDir, masterDocument, projectDir,
                Set.of(Format.HTML), attributes, null, null, FailLevel.WARN, null);
        ReportPublisher.checkSources(request);
        LogCollector collector = new LogCollector(request, infoOnly(log));
        try (ReportRuntime runtime = new ReportRuntime(collector)) {
            runtime.convert(request.masterFile(), ConversionOptions.of(request, Format.HTML, null, null, null));
        } catch (AuditException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AuditException("无法读取报告文档（document scan failed）：" + ReportPublisher.rootMessage(e)
                    + "。请先改正这一错误（它也会使 audit:report 失败）。", e);
        }
        return collector.reaching(FailLevel.WARN);
    }

    private static PublishLog infoOnly(PublishLog log) {
        return new PublishLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                // returned to the caller, which lists it
            }

            @Override
            public void error(String message) {
                // returned to the caller, which lists it
            }
        };
    }
}
