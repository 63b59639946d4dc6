package io.github.cpaudit.example;

import io.github.cpaudit.testing.CollectingLog;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.problem.AuditMode;
import io.github.cpaudit.check.CheckReport;
import io.github.cpaudit.check.CheckRequest;
import io.github.cpaudit.check.ProjectCheck;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The finished example passes {@code audit:check} in final mode: valid data, every required
 * Appendix B item of its 30 enterprises handed in (or 不适用 with a reason), no open item in the
 * document; its findings are the 29 rows of its findings table (表 2-5).
 */
class ExampleCheckIT {

    @Test
    void passesInFinalModeWithItsFindingsListed() {
        CollectingLog log = new CollectingLog();
        Path project = Path.of("").toAbsolutePath();
        CheckReport report = new ProjectCheck(log).run(new CheckRequest(project, project.resolve("src/docs/asciidoc"),
                "report.adoc", project.resolve("target/example-check"), Map.of(), AuditMode.FINAL));
        assertThat(log.problems()).isEmpty();
        assertThat(report.open()).isZero();
        assertThat(report.enterprises()).hasSize(30);
        assertThat(report.findings()).hasSize(29);
        assertThat(project.resolve("target/example-check/check.json")).exists();
    }
}
