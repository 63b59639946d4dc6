package io.github.cpaudit.publish;

import io.github.cpaudit.problem.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSearchTest {

    @Test
    void findsEveryReferenceMasterFirstIgnoringComments(@TempDir Path project) throws IOException {
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc/chapters"));
        Path master = docs.getParent().resolve("report.adoc");
        Files.writeString(master, "= 报告\n\n共 {count} 家企业。\n");
        Files.writeString(docs.resolve("a.adoc"), "== 一\n// {count} 仅在注释里\n\n其中 {Count} 家在园区。\n");
        Files.writeString(docs.resolve("b.txt"), "{count}\n");
        Files.writeString(docs.resolve("c.adoc"), "== 二\n\n.路线\nimage::route.png[路线图]\n");

        SourceSearch sources = new SourceSearch(project, docs.getParent(), master);

        assertThat(sources.find(LogMessages.subjectLine("skipping reference to missing attribute: count")))
                .extracting(Location::format).containsExactly("src/docs/asciidoc/report.adoc:3", "src/docs/asciidoc/chapters/a.adoc:4");
        assertThat(sources.find(LogMessages.subjectLine("skipping reference to missing attribute: nothing"))).isEmpty();
        assertThat(sources.find(LogMessages.subjectLine(
                "image to embed not found or not readable: " + docs.resolve("../images/route.png"))))
                .extracting(Location::format).containsExactly("src/docs/asciidoc/chapters/c.adoc:4");
    }
}
