package io.github.cpaudit.publish;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.problem.Location;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the lines of the document that a log record is about. Asciidoctor logs a missing attribute
 * or a missing image without a place, so the writer would have to search every chapter; this does
 * the search over the AsciiDoc files of the source folder (the master first), read once and only
 * when a record asks for it. Comment lines are skipped.
 */
final class SourceSearch {

    private record SourceLine(Location location, String text) { }

    private final Path projectDir;
    private final Path sourceDir;
    private final Path master;
    private List<SourceLine> lines;

    SourceSearch(Path projectDir, Path sourceDir, Path master) {
        this.projectDir = projectDir;
        this.sourceDir = sourceDir;
        this.master = master;
    }

    /** The place of every line that {@code matches}, in reading order. */
    List<Location> find(Predicate<String> matches) {
        List<Location> found = new ArrayList<>();
        for (SourceLine line : lines()) {
            if (!line.text().startsWith("//") && matches.test(line.text())) {
                found.add(line.location());
            }
        }
        return found;
    }

    private List<SourceLine> lines() {
        if (lines == null) {
            lines = new ArrayList<>();
            for (Path file : sourceFiles()) {
                List<String> content = read(file);
                String name = ProjectPaths.relative(projectDir, file);
                for (int i = 0; i < content.size(); i++) {
                    lines.add(new SourceLine(Location.document(name, i + 1), content.get(i)));
                }
            }
        }
        return lines;
    }

    private List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        files.add(master);
        try (Stream<Path> walk = Files.walk(sourceDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(adoc|asciidoc|asc|ad)$"))
                    .filter(p -> !p.equals(master))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(); // an unreadable file has no references to offer; Asciidoctor reports it
        }
    }
}
