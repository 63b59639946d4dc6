package io.github.cpaudit;

import io.github.cpaudit.problem.AuditException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Files written into a temporary folder beside the output folder and moved into it only when
 * every one was written: a failed run leaves the previous set as it was. Only the files of this
 * run are replaced; any other file in the output folder stays.
 */
public final class StagedFiles implements AutoCloseable {

    /**
     * How the messages name what is written and how the writer changes the folder.
     *
     * @param files     what the files are, e.g. 收集表
     * @param goal      the goal that writes them, e.g. audit:forms
     * @param parameter the property of the output folder, e.g. audit.forms.outputDirectory
     */
    public record Wording(String files, String goal, String parameter) {
    }

    private final Path outputDir;
    private final Path staging;
    private final Wording wording;

    private StagedFiles(Path outputDir, Path staging, Wording wording) {
        this.outputDir = outputDir;
        this.staging = staging;
        this.wording = wording;
    }

    public static StagedFiles create(Path outputDir, Wording wording) {
        requireFolder(outputDir, wording);
        try {
            Path parent = outputDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return new StagedFiles(outputDir, Files.createTempDirectory(parent, ".staging-"), wording);
        } catch (IOException e) {
            throw new AuditException("无法创建输出目录（output not writable）：" + outputDir + "：" + e.getMessage());
        }
    }

    /** Where a file is written while the run lasts. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /** Moves every staged file into the output folder; checks every target first, so that none moves when one cannot. */
    public List<Path> commit(List<String> names) {
        requireFolder(outputDir, wording);
        for (String name : names) {
            if (Files.isDirectory(outputDir.resolve(name))) {
                throw new AuditException("无法写入" + wording.files() + "（output blocked）：" + outputDir.resolve(name)
                        + " 是一个文件夹。请移走它后重新运行 " + wording.goal() + "；已有的" + wording.files() + "未改动。");
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
            throw new AuditException("无法把" + wording.files() + "移入输出目录（output not writable）：" + outputDir + "："
                    + e.getMessage());
        }
    }

    /** Removes the temporary folder, with whatever a failed run left in it. */
    @Override
    public void close() {
        TemporaryFolders.deleteQuietly(staging);
    }

    private static void requireFolder(Path outputDir, Wording wording) {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            throw new AuditException("无法写入" + wording.files() + "（output blocked）：输出位置 " + outputDir
                    + " 是一个文件，不是文件夹。请改用其他输出目录（" + wording.parameter() + "）或移走该文件；未写入任何"
                    + wording.files() + "。");
        }
    }
}
