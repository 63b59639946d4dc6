package io.github.cpaudit.bench;

import io.github.cpaudit.intake.CollectionForms;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code audit:forms}' engine once on a project folder, as the goal does (same request, same
 * log line), and prints the wall time of the run. For {@code bench/forms-collect.sh}, which wraps
 * this JVM in {@code /usr/bin/time -v}; not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.FormsBenchmark PROJECT_DIR OUTPUT_DIR [ROWS] [ROSTER]</pre>
 */
public final class FormsBenchmark {

    private FormsBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: FormsBenchmark PROJECT_DIR OUTPUT_DIR [ROWS] [ROSTER]");
            System.exit(2);
        }
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean roster = args.length > 3 && Boolean.parseBoolean(args[3]);
        long start = System.nanoTime();
        List<Path> written = new CollectionForms(System.out::println).write(new CollectionForms.Request(
                Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), rows, roster));
        System.out.printf("forms: %d workbooks in %.1f s%n", written.size(), (System.nanoTime() - start) / 1e9);
    }
}
