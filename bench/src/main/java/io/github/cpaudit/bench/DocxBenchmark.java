package io.github.cpaudit.bench;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishLog;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Publishes a project once, as {@code audit:report -Daudit.formats=…} does (draft, fail level ERROR),
 * printing the publisher's log with its phase timings and the wall time. For {@code bench/docx.sh},
 * which wraps this JVM in {@code /usr/bin/time -v}; not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.DocxBenchmark PROJECT_DIR [FORMATS]</pre>
 */
public final class DocxBenchmark {

    private DocxBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DocxBenchmark PROJECT_DIR [FORMATS]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath();
        String formats = args.length > 1 ? args[1] : "docx";
        PublishLog log = new PublishLog() {
            @Override
            public void info(String message) {
                System.out.println("[INFO] " + message);
            }

            @Override
            public void warn(String message) {
                // a draft's open items: counted, not printed
                warnings++;
            }

            @Override
            public void error(String message) {
                System.out.println("[ERROR] " + message);
            }
        };
        long start = System.nanoTime();
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Format.parseList(formats), Map.of(), null, null, FailLevel.ERROR,
                Path.of(System.getProperty("user.home"), ".cache", "cp-audit")));
        System.out.printf("publish %s: %.1f s (%d warnings)%n", formats, (System.nanoTime() - start) / 1e9, warnings);
    }

    private static int warnings;
}
