package io.github.cpaudit.preview;

import io.github.cpaudit.publish.PreviewSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which line of which document a save changed: the texts of the project's AsciiDoc files as last
 * seen, and on a save the first line that differs. Data files are not documents: a data edit has
 * no place in the text, and the page keeps its scroll position.
 */
final class EditedLine {

    /** The endings of AsciiDoc files. */
    static final List<String> DOCUMENTS = List.of(".adoc", ".asciidoc", ".asc");

    private final Map<Path, List<String>> seen = new HashMap<>();

    EditedLine(Path sourceDir) {
        try (Stream<Path> files = Files.walk(sourceDir)) {
            files.filter(EditedLine::isDocument).forEach(this::read);
        } catch (IOException e) {
            // a folder that cannot be read: its edits are only not located
        }
    }

    /** The first changed line of the first changed document among {@code files}, or {@code null}. */
    PreviewSession.Edit of(Set<Path> files) {
        PreviewSession.Edit edit = null;
        for (Path file : files) {
            if (!isDocument(file)) {
                continue;
            }
            List<String> before = seen.get(file);
            List<String> now = read(file);
            if (edit != null || now == null) {
                continue;
            }
            int line = firstDifference(before == null ? List.of() : before, now);
            if (line > 0) {
                edit = new PreviewSession.Edit(file, line);
            }
        }
        return edit;
    }

    /** 1-based; 0 when the texts are the same. */
    private static int firstDifference(List<String> before, List<String> now) {
        int common = Math.min(before.size(), now.size());
        for (int i = 0; i < common; i++) {
            if (!before.get(i).equals(now.get(i))) {
                return i + 1;
            }
        }
        return before.size() == now.size() ? 0 : Math.max(1, common);
    }

    private List<String> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            seen.put(file, lines);
            return lines;
        } catch (IOException e) {
            seen.remove(file); // deleted, or not UTF-8: Asciidoctor will say so
            return null;
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && DOCUMENTS.stream().anyMatch(name::endsWith);
    }
}
