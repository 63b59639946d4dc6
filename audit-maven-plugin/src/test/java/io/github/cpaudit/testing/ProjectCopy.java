package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a test project that a test may change, leaving out its build output ({@code target/}). */
public final class ProjectCopy {

    private ProjectCopy() {
    }

    /**
     * Replaces {@code from} by {@code to} in a text file of the copy; fails when {@code from} is not
     * there, so that a test never runs on an edit that did not happen.
     */
    public static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the engine's test project whose raw-coal coefficient is set in audit.yaml with this
     * basis (YAML double-quoted: escape {@code "} and {@code \\}), for tests of how an origin from
     * the project prints.
     */
    public static Path engineProjectWithCoalBasis(Path to, String basis) {
        of(Path.of("src/test/resources/engine-project"), to);
        try {
            Files.writeString(to.resolve("audit.yaml"), "factors:\n  standard_coal:\n    原煤: {value: 0.7143, unit: kg, basis: \""
                    + basis + "\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public static Path of(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
