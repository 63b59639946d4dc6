package io.github.cpaudit.bench;

import io.github.cpaudit.init.ProjectScaffold;
import io.github.cpaudit.init.ScaffoldRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * Creates a project as {@code audit:init -Daudit.region=合成市 -Daudit.industry=电镀
 * -Daudit.industryCode=C3360 -Daudit.baselineYear=2025} does, without a Maven run: the skeleton
 * that {@link SyntheticData} then fills with N enterprises. For the bench scripts; not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.InitProject PROJECT_DIR</pre>
 */
public final class InitProject {

    private InitProject() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: InitProject PROJECT_DIR");
            System.exit(2);
        }
        List<String> written = new ProjectScaffold().create(new ScaffoldRequest(Path.of(args[0]).toAbsolutePath(),
                "bench", "generated", "0.1.0-SNAPSHOT", "合成市", "电镀", "C3360", 2025, List.of()));
        System.out.printf("skeleton: %d files in %s%n", written.size(), args[0]);
    }
}
