package io.github.cpaudit.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StagedOutputTest {

    @Test
    void commitReplacesOnlyThePublishedFormats(@TempDir Path out) throws IOException {
        write(out.resolve("html/index.html"), "old html");
        write(out.resolve("pdf/report.pdf"), "old pdf");

        try (StagedOutput staged = StagedOutput.create(out)) {
            write(staged.file(Format.HTML, "index.html"), "new html");
            staged.commit(EnumSet.of(Format.HTML));
        }

        assertThat(out.resolve("html/index.html")).hasContent("new html");
        assertThat(out.resolve("pdf/report.pdf")).hasContent("old pdf");
        assertThat(entries(out)).containsExactlyInAnyOrder("html", "pdf");
    }

    @Test
    void withoutCommitNothingChangesAndNothingIsLeftBehind(@TempDir Path out) throws IOException {
        write(out.resolve("html/index.html"), "old html");

        try (StagedOutput staged = StagedOutput.create(out)) {
            write(staged.file(Format.HTML, "index.html"), "half-written");
            write(staged.file(Format.PDF, "report.pdf"), "half-written");
        }

        assertThat(out.resolve("html/index.html")).hasContent("old html");
        assertThat(entries(out)).containsExactly("html");
    }

    @Test
    void replaceMovesOneFileAndLeavesItsNeighbours(@TempDir Path out) throws IOException {
        write(out.resolve("pdf/report.pdf"), "old pdf");
        write(out.resolve("pdf/notes.txt"), "the writer's");

        Path published;
        try (StagedOutput staged = StagedOutput.create(out)) {
            write(staged.file(Format.PDF, "report.pdf"), "new pdf");
            published = staged.replace(Format.PDF, "report.pdf");
        }

        assertThat(published).isEqualTo(out.resolve("pdf/report.pdf")).hasContent("new pdf");
        assertThat(out.resolve("pdf/notes.txt")).hasContent("the writer's");
        assertThat(entries(out)).containsExactly("pdf");
    }

    @Test
    void replaceCreatesTheFormatsFolderTheFirstTime(@TempDir Path out) throws IOException {
        try (StagedOutput staged = StagedOutput.create(out)) {
            write(staged.file(Format.PDF, "report.pdf"), "first pdf");
            staged.replace(Format.PDF, "report.pdf");
        }

        assertThat(out.resolve("pdf/report.pdf")).hasContent("first pdf");
        assertThat(entries(out)).containsExactly("pdf");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static java.util.List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
