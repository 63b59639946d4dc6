package io.github.cpaudit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code audit:init} in a folder that already holds project files: refused, listed, nothing touched. */
class InitConflictIT {

    @Test
    void refusesAndListsEveryExistingFileWithoutAStackTrace() {
        String log = BuildLog.of(InvokerProjects.project("init-conflict")).text();
        assertThat(log).contains("BUILD FAILURE", "没有创建项目（init refused）", "已有下列 2 个文件",
                "从不覆盖已有文件", "\n[ERROR]   pom.xml", "\n[ERROR]   audit.yaml");
        assertThat(log).doesNotContainPattern("(?m)^\\s+at [\\w.$]+").doesNotContain("Caused by");
    }

    @Test
    void leavesTheFolderAsItWas() throws IOException {
        Path built = InvokerProjects.project("init-conflict");
        Path source = InvokerProjects.source("init-conflict");
        assertThat(Files.readAllBytes(built.resolve("audit.yaml"))).isEqualTo(Files.readAllBytes(source.resolve("audit.yaml")));
        // nothing of the scaffold was written (an empty .mvn folder is Invoker's own)
        for (String created : new String[] {"src", "data", ".gitignore", ".mvn/jvm.config"}) {
            assertThat(built.resolve(created)).doesNotExist();
        }
    }
}
