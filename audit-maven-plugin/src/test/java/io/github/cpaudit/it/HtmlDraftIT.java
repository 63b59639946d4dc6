package io.github.cpaudit.it;

import io.github.cpaudit.testing.BuildLog;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn validate audit:report -Daudit.formats=html} on src/it/html-draft: the goal is the last
 * thing this JVM runs, so the HTML-only draft leaves the optimizing compiler out; src/it/basic
 * publishes a PDF too and keeps it.
 */
class HtmlDraftIT {

    private static final String CLIENT_ONLY = "HTML 草稿只用 JVM 的客户端编译器";

    @Test
    void anHtmlDraftNothingFollowsUsesTheClientCompilerOnly() {
        Path project = InvokerProjects.project("html-draft");
        assertThat(project.resolve("target/audit/html/index.html")).exists();
        assertThat(Files.exists(project.resolve("target/audit/pdf"))).isFalse();
        BuildLog log = BuildLog.of(project);
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith(CLIENT_ONLY));
        assertThat(log.at("WARNING")).isEmpty();
    }

    @Test
    void aBuildThatPublishesThePdfKeepsTheOptimizingCompiler() {
        assertThat(BuildLog.of(InvokerProjects.project("basic")).text()).doesNotContain(CLIENT_ONLY);
    }
}
