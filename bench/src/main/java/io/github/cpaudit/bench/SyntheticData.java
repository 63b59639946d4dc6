package io.github.cpaudit.bench;

import io.github.cpaudit.testing.SyntheticProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a synthetic data set of N enterprises ({@link SyntheticProject}, seed 42) into a project
 * scaffolded by {@code audit:init}: its {@code data/}, {@code audit.yaml} and indicator system
 * replace the scaffold's. For the PDF-speed benchmark ({@code bench/pdf-speed.sh}); not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.SyntheticData PROJECT_DIR N INDICATOR_SYSTEM_YAML</pre>
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticData PROJECT_DIR N INDICATOR_SYSTEM_YAML");
            System.exit(2);
        }
        Path project = Path.of(args[0]);
        int enterprises = Integer.parseInt(args[1]);
        Path generated = Files.createTempDirectory("cp-audit-synthetic-");
        try {
            SyntheticProject.write(generated, enterprises, 42L, Path.of(args[2]));
            for (String part : List.of("data", "indicators", "audit.yaml")) {
                deleteRecursively(project.resolve(part));
                Files.move(generated.resolve(part), project.resolve(part), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteRecursively(generated);
        }
        System.out.printf("synthetic data: %d enterprises in %s%n", enterprises, project);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
