package io.github.cpaudit.bench;

import io.github.cpaudit.intake.FormCollection;

import java.nio.file.Path;

/**
 * Runs {@code audit:collect}'s engine once, as the goal does with {@code -Daudit.apply=true}: every
 * workbook of a folder read, checked and merged into the project's data; prints the wall time, the
 * problems and the summary's size. For {@code bench/forms-collect.sh}, which wraps this JVM in
 * {@code /usr/bin/time -v}; not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.CollectBenchmark PROJECT_DIR FROM_DIR</pre>
 */
public final class CollectBenchmark {

    private CollectBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CollectBenchmark PROJECT_DIR FROM_DIR");
            System.exit(2);
        }
        long start = System.nanoTime();
        FormCollection.Result result = new FormCollection().collect(new FormCollection.Request(
                Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), true, false));
        result.summary().forEach(System.out::println);
        System.out.printf("collect: %d problems, %d files written in %.1f s%n", result.problems().size(),
                result.written().size(), (System.nanoTime() - start) / 1e9);
    }
}
