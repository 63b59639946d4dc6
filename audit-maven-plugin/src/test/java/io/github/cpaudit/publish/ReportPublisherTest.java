package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cpaudit.problem.AuditException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the publisher makes before it starts a runtime. */
class ReportPublisherTest {

    private static final PublishLog SILENT = PublishLog.SILENT;

    @Test
    void anOutputFolderOutsideTheProjectIsRefusedWithTheReason(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(project.resolve("src/docs/asciidoc/report.adoc"), "= 报告\n");
        PublishRequest request = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                tmp.resolve("elsewhere"), Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache"));
        assertThatThrownBy(() -> new ReportPublisher(SILENT).publish(request)).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("输出目录须在项目目录之内（output directory outside the project）：" + tmp.resolve("elsewhere"))
                .hasMessageContaining("audit.outputDirectory");
    }
}
