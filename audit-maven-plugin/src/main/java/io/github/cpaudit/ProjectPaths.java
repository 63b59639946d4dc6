package io.github.cpaudit;

import java.nio.file.Path;

/** Paths as the writer knows them: relative to the project folder, with forward slashes. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    public static String relative(Path projectDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
