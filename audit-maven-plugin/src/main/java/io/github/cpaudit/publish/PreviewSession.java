package io.github.cpaudit.publish;

import io.github.cpaudit.problem.Problem;

import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The HTML of a report rendered again and again in one warm Asciidoctor runtime, for a preview a
 * writer keeps open: the extensions' project session re-reads data only when a data file changed,
 * so a change to one chapter does not recompute the project. A render whose problems reach the fail
 * level keeps the last good page; its problems come with it. The same runtime makes the preview's PDF
 * ({@link PreviewPdf}) in between, taking turns ({@link RuntimeTurns}): the page goes first.
 */
public final class PreviewSession implements AutoCloseable {

    /**
     * One render.
     *
     * @param html     the page to show: this render's, or the last good one when this one failed (this
     *                 one's while there is none), {@code null} when there is no page at all
     * @param fresh    whether {@code html} is this render's and this render is good
     * @param stale    whether {@code html} is an earlier render's (the last good one)
     * @param problems this render's problems, in the order they were logged
     * @param edited   the id of the block the edit changed, in this render's page; {@code null} when
     *                 it was not a document edit, was not found, or this render failed
     * @param seconds  how long it took
     */
    public record Render(String html, boolean fresh, boolean stale, List<Problem> problems, String edited, double seconds) {
    }

    /**
     * What the writer changed in a document: its file and the first line that differs from before.
     */
    public record Edit(Path file, int line) {
    }

    private final PublishRequest request;
    private final PublishLog log;
    private final ReportRuntime runtime;
    private final RuntimeTurns turns = new RuntimeTurns();
    /** The collector of the render under way: the runtime keeps the one handler it was made with. */
    private volatile LogCollector current;
    private String lastGood;

    public PreviewSession(PublishRequest request, PublishLog log) {
        this.request = request;
        this.log = log;
        this.current = new LogCollector(request, log);
        this.runtime = new ReportRuntime(new LogHandler() {
            @Override
            public void log(LogRecord record) {
                current.log(record);
            }
        });
    }

    /** Renders the report's HTML now; never throws for a writer's mistake, which is among the problems. */
    public Render render() {
        return render(null);
    }

    /**
     * Renders the report's HTML now, stopping a PDF under way and marking the edited block for the
     * page to show it; never throws for a writer's mistake, which is among the problems.
     *
     * @param edit the document edit that caused this render, or {@code null}
     */
    public Render render(Edit edit) {
        long start = System.nanoTime(); // the time the writer waits: with the wait for a PDF that may not be stopped
        return turns.page(() -> renderHtml(edit, start));
    }

    private Render renderHtml(Edit edit, long start) {
        LogCollector collector = new LogCollector(request, log);
        current = collector;
        String html = null;
        String edited = null;
        try {
            Options options = ConversionOptions.of(request, Format.HTML, null, null, null);
            Document document = runtime.load(request.masterFile(), options);
            if (edit != null) {
                edited = EditMarker.mark(document, edit);
            }
            html = document.convert();
        } catch (RuntimeException e) {
            collector.log(new LogRecord(org.asciidoctor.log.Severity.FATAL,
                    "报告转换出错（conversion failed）：" + String.valueOf(e.getMessage())));
        }
        List<Problem> problems = collector.reaching(FailLevel.WARN);
        boolean good = html != null && collector.reaching(request.failLevel()).isEmpty();
        if (good) {
            lastGood = html;
        }
        // before any good render, this one's page (if any) with its errors beats a blank one
        String shown = good ? html : lastGood != null ? lastGood : html;
        return new Render(shown, good, !good && lastGood != null, problems, good ? edited : null, (System.nanoTime() - start) / 1e9);
    }

    PublishRequest request() {
        return request;
    }

    /**
     * Runs PDF work in this runtime when no page render waits, its log records into {@code collector};
     * empty when a page render came first or stopped it.
     */
    <T> Optional<T> pdfTurn(LogCollector collector, BiFunction<ReportRuntime, RuntimeTurns.Turn, T> work) {
        return turns.background(turn -> {
            current = collector;
            return work.apply(runtime, turn);
        });
    }

    /** No PDF work from now on; one under way stops as soon as it may. */
    void stopPdfForGood() {
        turns.stopBackgroundForGood();
    }

    @Override
    public void close() {
        turns.close(); // a conversion under way ends before the runtime goes
        runtime.close();
    }
}
