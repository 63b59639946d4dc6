package io.github.cpaudit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a staging folder after a run, whatever a failed run left in it. */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    /** Deletes the folder and everything in it; a leftover is harmless (the next run uses a new folder), so errors are ignored. */
    public static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // see above: harmless
        }
    }
}
