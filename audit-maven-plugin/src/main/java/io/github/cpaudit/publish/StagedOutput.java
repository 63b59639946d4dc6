package io.github.cpaudit.publish;

import io.github.cpaudit.TemporaryFolders;
import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Outputs written into a temporary folder beside their final place and moved there only when
 * every format succeeded: a failed build leaves the previously published report untouched.
 */
final class StagedOutput implements AutoCloseable {

    private final Path outputDir;
    private final Path staging;

    private StagedOutput(Path outputDir, Path staging) {
        this.outputDir = outputDir;
        this.staging = staging;
    }

    static StagedOutput create(Path outputDir) {
        try {
            Files.createDirectories(outputDir);
            return new StagedOutput(outputDir, Files.createTempDirectory(outputDir, ".staging-"));
        } catch (IOException e) {
            throw new AuditException("无法创建输出目录（output not writable）：" + outputDir + "：" + e.getMessage());
        }
    }

    /** Where a format writes its file while the build runs. */
    Path file(Format format, String name) {
        return staging.resolve(format.folder()).resolve(name);
    }

    /** Replaces the published folder of each format by the freshly written one. */
    void commit(Set<Format> formats) {
        try {
            for (Format format : formats) {
                Path published = outputDir.resolve(format.folder());
                Path previous = staging.resolve("previous-" + format.folder());
                if (Files.exists(published)) {
                    Files.move(published, previous);
                }
                Files.move(staging.resolve(format.folder()), published);
            }
        } catch (IOException e) {
            throw new AuditException("无法把结果移入输出目录（output not writable）：" + outputDir + "：" + e.getMessage());
        }
    }

    /**
     * Replaces one published file by its staged one in a single atomic move, leaving the rest of its
     * format's folder alone: unlike {@link #commit}, whose folder swap has an instant without the
     * file, a reader (the live preview's server) gets either the old file or the new one, whole.
     *
     * @return the published file
     */
    Path replace(Format format, String name) {
        Path published = outputDir.resolve(format.folder()).resolve(name);
        try {
            Files.createDirectories(published.getParent());
            return Files.move(file(format, name), published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AuditException("无法把结果移入输出目录（output not writable）：" + published + "：" + e.getMessage());
        }
    }

    /** Removes the temporary folder, with whatever a failed build left in it. */
    @Override
    public void close() {
        TemporaryFolders.deleteQuietly(staging);
    }
}
