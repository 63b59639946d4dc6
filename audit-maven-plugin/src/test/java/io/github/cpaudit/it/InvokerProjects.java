package io.github.cpaudit.it;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the invoker plugin ran the sample projects of {@code src/it}. */
final class InvokerProjects {

    private InvokerProjects() {
    }

    static Path project(String name) {
        Path dir = Path.of(System.getProperty("it.projects", "target/it")).resolve(name);
        assertThat(dir.resolve("build.log")).as("invoker build log of " + name).exists();
        return dir;
    }

    /** The committed copy of an IT project, before the build touched it. */
    static Path source(String name) {
        Path dir = Path.of("src/it").resolve(name);
        assertThat(Files.isDirectory(dir)).isTrue();
        return dir;
    }
}
