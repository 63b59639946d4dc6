package io.github.cpaudit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The Maven log of an invoker build, without ANSI colours. */
public record BuildLog(String text) {

    public static BuildLog of(Path projectDir) {
        try {
            return new BuildLog(Files.readString(projectDir.resolve("build.log"), StandardCharsets.UTF_8)
                    .replaceAll("\u001B\\[[0-9;]*m", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** Lines Maven printed at a level, e.g. {@code WARNING}, without the level tag. */
    public List<String> at(String level) {
        String tag = "[" + level + "] ";
        return lines().stream().filter(l -> l.startsWith(tag)).map(l -> l.substring(tag.length())).toList();
    }
}
