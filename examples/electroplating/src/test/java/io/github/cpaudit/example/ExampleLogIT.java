package io.github.cpaudit.example;

import io.github.cpaudit.testing.CollectingLog;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The example publishes without a log record above INFO. Every warning or error it may produce is
 * listed here with the reason it is accepted; there are none. (The example's own build fails on a
 * warning too, in final mode; this test names what was logged.)
 */
class ExampleLogIT {

    /** Accepted records (a part of the message → why it is accepted). None. */
    private static final Map<String, String> EXPECTED = Map.of();

    @Test
    void publishesInFinalModeWithNoUnexpectedWarningOrError() {
        // inside the project: SAFE mode writes only below the project folder
        Path out = Path.of("target/example-log").toAbsolutePath();
        CollectingLog log = new CollectingLog();
        Path project = Path.of("").toAbsolutePath();
        // FATAL: collect everything below it instead of stopping at the first
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                out, Set.of(Format.HTML), Map.of("audit-mode", "final"), null, null, FailLevel.FATAL,
                out.resolve("cache")));
        assertThat(log.problems()).allSatisfy(problem -> assertThat(EXPECTED.keySet())
                .as("unexpected: %s", problem).anyMatch(problem::contains));
        assertThat(out.resolve("html/index.html")).exists();
    }
}
