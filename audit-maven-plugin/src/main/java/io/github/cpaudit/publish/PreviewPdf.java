package io.github.cpaudit.publish;

import io.github.cpaudit.fonts.InstalledFonts;
import io.github.cpaudit.fonts.PdfFonts;
import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.problem.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report's PDF made again in a preview session's warm runtime ({@code audit:serve} with
 * {@code audit.serve.pdf}), with the theme, fonts and speed patches of {@code audit:report} and
 * written where it writes it: first into a staging folder beside it, then moved over the old file in
 * one atomic step, so that a reader never gets half a file and a failed render keeps the last good one.
 * A page render asked for meanwhile stops it; a stopped render leaves nothing behind.
 *
 * <p>The page's runtime, not a second one: on the example (195 pages, two cores, serial GC) a second
 * runtime kept the page at 0.6–2.0 s during a PDF but took the process to 1.18 GB RSS against 0.91 GB
 * after three PDFs, and reads the project's data twice; the one runtime taking plain turns made a page
 * wait for a whole PDF (16–34 s). Stopping the PDF instead (Ruby's {@code Thread#kill}: at once, the
 * next page and PDF the same as without it) gives the page the runtime at once: its reload event came
 * 0.4–1.1 s after an edit also while a PDF was made, and a PDF 14–19 s after it. The cost: while the
 * writer saves more often than a PDF takes, the PDF waits for a pause.
 */
public final class PreviewPdf {

    /** How a render ended. */
    public enum Outcome {
        /** The PDF was replaced. */
        WRITTEN,
        /** No PDF: the last good one stays. */
        FAILED,
        /** A page render came first or stopped it: nothing written, the last good PDF stays. */
        STOPPED
    }

    /**
     * One render.
     *
     * @param problem  why nothing was written ({@link Outcome#FAILED}), otherwise {@code null}
     * @param problems the render's problems at WARN and above
     */
    public record Result(Outcome outcome, String problem, List<Problem> problems, double seconds) {
    }

    private final PreviewSession session;
    private final PublishRequest request;
    private final PublishLog log;
    private final PdfAssets assets;
    private final PdfFonts fonts;
    private final String fileName;
    /** Only read and written in the runtime's turn. */
    private boolean loaded;

    /** Checks the PDF's settings now: a theme or font that cannot work stops the start. */
    public PreviewPdf(PreviewSession session, PublishLog log) {
        this.session = session;
        this.request = session.request();
        this.log = log;
        ReportPublisher.checkOutputDir(request);
        ReportPublisher.checkTheme(request);
        ReportPublisher.checkFontsDir(request);
        this.fonts = ReportPublisher.chooseFonts(request, InstalledFonts.ofThisMachine(), log);
        log.info(fonts.logLine());
        this.assets = new PdfAssets(request.cacheDir());
        this.fileName = Format.PDF.fileName(request.documentBaseName());
    }

    /** Where the PDF is published: {@code audit:report}'s place and name. */
    public Path file() {
        return request.outputDir().resolve(Format.PDF.folder()).resolve(fileName);
    }

    /** Renders the PDF now (waiting for a page render under way); never throws for a writer's mistake. */
    public Result render() {
        long start = System.nanoTime();
        // the records go to the result: most are the page render's again, already in the log
        LogCollector collector = new LogCollector(request, PublishLog.SILENT);
        try (StagedOutput staged = StagedOutput.create(request.outputDir())) {
            Path target = staged.file(Format.PDF, fileName);
            Optional<Boolean> converted = session.pdfTurn(collector, (runtime, turn) -> convert(runtime, turn, target));
            if (converted.isEmpty()) {
                return result(Outcome.STOPPED, null, collector, start);
            }
            List<Problem> reached = collector.reaching(request.failLevel());
            if (!reached.isEmpty()) {
                // as audit:report: a PDF with problems at the fail level is not published
                return result(Outcome.FAILED, reached.get(0).logLine()
                        + (reached.size() > 1 ? "（另有 " + (reached.size() - 1) + " 个问题）" : ""), collector, start);
            }
            if (!converted.get()) {
                return result(Outcome.FAILED, "没有生成输出文件（no output）", collector, start);
            }
            staged.replace(Format.PDF, fileName);
            return result(Outcome.WRITTEN, null, collector, start);
        } catch (AuditException e) {
            return result(Outcome.FAILED, e.getMessage(), collector, start);
        } catch (RuntimeException e) {
            // not the writer's mistake, but still a line on the page rather than a PDF thread gone quiet
            return result(Outcome.FAILED, "PDF 出错（pdf error）：" + ReportPublisher.rootMessage(e), collector, start);
        }
    }

    /** Whether the conversion wrote its file; in the runtime's turn. */
    private boolean convert(ReportRuntime runtime, RuntimeTurns.Turn turn, Path target) {
        if (!loaded) {
            // never stopped: a require stopped halfway would leave the runtime without a working converter
            ReportPublisher.loadPdf(runtime, request, log);
            loaded = true;
        }
        turn.stoppableBy(runtime.stopperOfThisThread());
        if (turn.stopped()) {
            return false; // a page render already waits
        }
        try {
            runtime.convert(request.masterFile(), ConversionOptions.of(request, Format.PDF, target, assets, fonts));
        } catch (RuntimeException e) {
            // a Ruby error (a theme that does not parse, an unreadable image …); a stop is not one
            throw new AuditException("转换出错（conversion failed）：" + ReportPublisher.rootMessage(e), e);
        }
        return Files.isRegularFile(target);
    }

    /** No render from now on; one under way stops as soon as it may and leaves nothing behind. */
    public void stopForGood() {
        session.stopPdfForGood();
    }

    private static Result result(Outcome outcome, String problem, LogCollector collector, long start) {
        return new Result(outcome, problem, collector.reaching(FailLevel.WARN), (System.nanoTime() - start) / 1e9);
    }
}
