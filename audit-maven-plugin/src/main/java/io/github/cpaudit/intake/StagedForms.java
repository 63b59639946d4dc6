package io.github.cpaudit.intake;

import io.github.cpaudit.TemporaryFolders;
import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Workbooks written into a temporary folder beside the output folder and moved into it only when
 * every one was written: a failed run leaves the previous set as it was. Only the workbooks of this
 * run are replaced; any other file in the output folder stays.
 */
final class StagedForms implements AutoCloseable {

    private final Path outputDir;
    private final Path staging;

    private StagedForms(Path outputDir, Path staging) {
        this.outputDir = outputDir;
        this.staging = staging;
    }

    static StagedForms create(Path outputDir) {
        requireFolder(outputDir);
        try {
            Path parent = outputDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return new StagedForms(outputDir, Files.createTempDirectory(parent, ".forms-staging-"));
        } catch (IOException e) {
            throw new AuditException("无法创建输出目录（output not writable）：" + outputDir + "：" + e.getMessage());
        }
    }

    /** Where a workbook is written while the run lasts. */
    Path file(String name) {
        return staging.resolve(name);
    }

    /** Moves every staged workbook into the output folder; checks every target first, so that none moves when one cannot. */
    List<Path> commit(List<String> names) {
        requireFolder(outputDir);
        for (String name : names) {
            if (Files.isDirectory(outputDir.resolve(name))) {
                throw new AuditException("无法写入收集表（output blocked）：" + outputDir.resolve(name)
                        + " 是一个文件夹。请移走它后重新运行 audit:forms；已有的收集表未改动。");
            }
        }
        try {
            Files.createDirectories(outputDir);
            List<Path> moved = new ArrayList<>();
            for (String name : names) {
                moved.add(Files.move(staging.resolve(name), outputDir.resolve(name), StandardCopyOption.REPLACE_EXISTING));
            }
            return moved;
        } catch (IOException e) {
            throw new AuditException("无法把收集表移入输出目录（output not writable）：" + outputDir + "：" + e.getMessage());
        }
    }

    /** Removes the temporary folder, with whatever a failed run left in it. */
    @Override
    public void close() {
        TemporaryFolders.deleteQuietly(staging);
    }

    private static void requireFolder(Path outputDir) {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new AuditException("无法写入收集表（output blocked）：输出位置 " + outputDir
                    + " 是一个文件，不是文件夹。请改用其他输出目录（audit.forms.outputDirectory）或移走该文件；未写入任何收集表。");
        }
    }
}
