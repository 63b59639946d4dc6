package io.github.cpaudit.publish;

import io.github.cpaudit.ProjectPaths;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

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
        Problem problem = toProblem(record);
        if (problems.add(problem)) {
            switch (problem.severity()) {
                case DEBUG -> { }
                case INFO -> log.info(problem.format());
                case WARN -> log.warn(problem.format());
                default -> log.error(problem.format());
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
        String message = record.getMessage() == null ? "" : record.getMessage();
        String location = locate(record.getCursor());
        String text = shortenPaths(LogMessages.translate(message));
        Predicate<String> subject = LogMessages.subjectLine(message);
        if (location == null && subject != null) {
            List<String> places = sources.find(subject);
            if (!places.isEmpty()) {
                location = places.get(0);
                if (places.size() > 1) {
                    text += "（另见 " + String.join("、", places.subList(1, places.size())) + "）";
                }
            }
        }
        Severity severity = record.getSeverity() == null ? Severity.UNKNOWN : record.getSeverity();
        return new Problem(severity, location, text);
    }

    private String locate(Cursor cursor) {
        if (cursor == null || cursor.getFile() == null) {
            return null;
        }
        String file = ProjectPaths.relative(projectDir, Path.of(cursor.getFile()));
        return cursor.getLineNumber() > 0 ? file + ":" + cursor.getLineNumber() : file;
    }

    /** Absolute paths inside messages, shown relative to the project folder. */
    private String shortenPaths(String text) {
        String prefix = projectDir.toString() + java.io.File.separator;
        return text.replace(prefix, "");
    }
}
