package io.github.cpaudit.publish;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.asciidoc.ProblemRecord;
import io.github.cpaudit.problem.Kind;
import io.github.cpaudit.problem.Location;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.problem.Severity;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Receives Asciidoctor's log records, gives each its place ({@code 文件:行}) and Chinese wording,
 * passes it on to the build log once (HTML and PDF parse the same document and would report the
 * same problem twice) and keeps it to decide whether the build fails.
 */
final class LogCollector implements LogHandler {

    private final Path projectDir;
    private final SourceSearch sources;
    private final PublishLog log;
    private final Set<Problem> problems = new LinkedHashSet<>();

    LogCollector(PublishRequest request, PublishLog log) {
        this.projectDir = request.projectDir();
        this.sources = new SourceSearch(request.projectDir(), request.sourceDir(),
                request.masterFile());
        this.log = log;
    }

    @Override
    public void log(LogRecord record) {
        if (record.getSeverity() == org.asciidoctor.log.Severity.DEBUG) {
            return; // never shown and below every fail level
        }
        Problem problem = toProblem(record);
        if (problems.add(problem)) {
            switch (problem.severity()) {
                case INFO -> log.info(problem.logLine());
                case WARN -> log.warn(problem.logLine());
                default -> log.error(problem.logLine());
            }
        }
    }

    /** Every distinct problem at or above {@code level}, in the order they were logged. */
    List<Problem> reaching(FailLevel level) {
        List<Problem> reached = new ArrayList<>();
        for (Problem problem : problems) {
            if (level.isReachedBy(problem.severity())) {
                reached.add(problem);
            }
        }
        return reached;
    }

    private Problem toProblem(LogRecord record) {
        ProblemRecord toolkit = record instanceof ProblemRecord own ? own : null;
        String message = toolkit != null ? toolkit.bareMessage()
                : record.getMessage() == null ? "" : record.getMessage();
        Location location = locate(record.getCursor());
        String text = shortenPaths(LogMessages.translate(message));
        Predicate<String> subject = LogMessages.subjectLine(message);
        if (location == Location.NONE && subject != null) {
            List<Location> places = sources.find(subject);
            if (!places.isEmpty()) {
                location = places.get(0);
                if (places.size() > 1) {
                    text += "（另见 " + String.join("、", places.subList(1, places.size()).stream()
                            .map(Location::format).toList()) + "）";
                }
            }
        }
        return new Problem(toolkit == null ? Kind.DOCUMENT : toolkit.kind(), severity(record.getSeverity()), location,
                toolkit == null ? "asciidoctor" : toolkit.key(), text);
    }

    /** Asciidoctor's severity as the toolkit's; a record that says none counts as fatal, as it did. */
    private static Severity severity(org.asciidoctor.log.Severity severity) {
        if (severity == null) {
            return Severity.FATAL;
        }
        return switch (severity) {
            case DEBUG, INFO -> Severity.INFO;
            case WARN -> Severity.WARN;
            case ERROR -> Severity.ERROR;
            case FATAL, UNKNOWN -> Severity.FATAL;
        };
    }

    private Location locate(Cursor cursor) {
        if (cursor == null || cursor.getFile() == null) {
            return Location.NONE;
        }
        return Location.document(ProjectPaths.relative(projectDir, Path.of(cursor.getFile())), cursor.getLineNumber());
    }

    /** Absolute paths inside messages, shown relative to the project folder. */
    private String shortenPaths(String text) {
        String prefix = projectDir.toString() + java.io.File.separator;
        return text.replace(prefix, "");
    }
}
