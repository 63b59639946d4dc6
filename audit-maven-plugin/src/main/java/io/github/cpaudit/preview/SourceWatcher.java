package io.github.cpaudit.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches every folder of the project but its build output ({@code target/}, and the output folder
 * when it is elsewhere) and hidden folders:
 * sources, includes, images, templates, theme, {@code audit.yaml}, indicators and data. Changes that
 * come together (an editor writes a file in two steps, a save of several files) are one change.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long a burst of file events is waited out before it counts as one change. */
    private static final long QUIET_MS = 60;

    private final Path root;
    private final Path output;
    private final WatchService service;
    private final Thread thread;

    /** @param onChange called with the files of each change (none after an overflow of events) */
    SourceWatcher(Path root, Path output, Consumer<Set<Path>> onChange) {
        this.root = root;
        this.output = output;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> loop(onChange), "audit-serve-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> files = new LinkedHashSet<>();
                boolean changed = drain(key, files);
                // wait out the rest of the burst
                for (WatchKey more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS); more != null;
                        more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                    changed |= drain(more, files);
                }
                if (changed) {
                    onChange.accept(files);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    /** Whether the key's events touch a watched file, adding those files; new folders are watched from now on. */
    private boolean drain(WatchKey key, Set<Path> files) {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!watched(path)) {
                continue;
            }
            changed = true;
            files.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // a folder that vanished again: nothing to watch
                }
            }
        }
        key.reset();
        return changed;
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path each : dirs.filter(Files::isDirectory).filter(this::watched).toList()) {
                each.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Not the build output, not hidden files or folders (.git, an editor's swap and backup files). */
    private boolean watched(Path path) {
        Path relative = root.relativize(path);
        if (relative.toString().isEmpty()) {
            return true;
        }
        if (relative.getName(0).toString().equals("target") || path.startsWith(output)) {
            return false;
        }
        for (Path part : relative) {
            String name = part.toString();
            // .asciidoctorconfig.adoc is a source; other hidden names are tools' (.git, swap files)
            boolean hidden = name.startsWith(".") && !name.startsWith(".asciidoctorconfig");
            if (hidden || name.endsWith("~") || name.startsWith("~$")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
