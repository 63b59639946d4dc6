package io.github.cpaudit.asciidoc;

import io.github.cpaudit.engine.ProjectView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The project read and calculated on a thread of its own while the Asciidoctor runtime starts
 * (seconds in which one core mostly waits): the first macro then finds the data ready. A read that
 * failed is forgotten, and the macro reads the project again and reports the problem as always.
 */
public final class ProjectReadAhead {

    /** What a read produced: the view, the fingerprint of its inputs afterwards, and how long it took. */
    record Read(ProjectView view, List<String> fingerprint, double seconds) {

        /** Reads and calculates the project on this thread. */
        static Read now(Path project, Path templates) {
            long start = System.nanoTime();
            ProjectView view = ProjectView.load(project);
            return new Read(view, ProjectSession.fingerprint(project, view, templates), (System.nanoTime() - start) / 1e9);
        }
    }

    private final Path project;
    private final Path templates;
    private final CompletableFuture<Read> read;

    private ProjectReadAhead(Path project, Path templates) {
        this.project = project;
        this.templates = templates;
        this.read = new CompletableFuture<>();
        Thread reader = new Thread(this::run, "audit-project-read");
        reader.setDaemon(true); // a build that is stopped must not wait for it
        reader.start();
    }

    /**
     * Starts reading the project in {@code projectDir}, with the templates folder that the
     * attributes given to the conversion name; nothing when the folder has no {@code audit.yaml}.
     */
    public static Optional<ProjectReadAhead> start(Path projectDir, Map<String, String> attributes) {
        Path project = projectDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve("audit.yaml"))) {
            return Optional.empty();
        }
        return Optional.of(new ProjectReadAhead(project,
                ProjectSession.templatesDir(project, attributes.get(ProjectSession.TEMPLATES))));
    }

    private void run() {
        try {
            read.complete(Read.now(project, templates));
        } catch (RuntimeException | Error e) {
            read.completeExceptionally(e);
        }
    }

    /** The read of this project and these templates, waiting for it to end; empty when it failed. */
    Optional<Read> result(Path projectDir, Path templatesDir) {
        if (!project.equals(projectDir) || !templates.equals(templatesDir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
