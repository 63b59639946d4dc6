package io.github.cpaudit.preview;

import io.github.cpaudit.ProjectPaths;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.publish.PreviewPdf;
import io.github.cpaudit.publish.PreviewSession;
import io.github.cpaudit.publish.PublishLog;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The PDF beside the live preview ({@code -Daudit.serve.pdf=true}): made again after each good page
 * render, on a thread of its own, so that the page and its reload never wait for it. Asks coalesce:
 * the changes that come while a PDF is made give one PDF, of the latest state. A page render stops a
 * PDF under way ({@link PreviewPdf}) and asks for a new one; a stopped or failed PDF keeps the last
 * good file.
 */
final class BackgroundPdf implements AutoCloseable {

    /** How long closing waits for a PDF under way: loading asciidoctor-pdf (seconds) is never stopped. */
    private static final long STOP_WAIT_MS = 30_000;
    /** After this, closing says what it waits for. */
    private static final long QUIET_WAIT_MS = 500;

    private final PreviewPdf pdf;
    private final String shownFile;
    private final PublishLog log;
    private final Consumer<PdfStatus> onStatus;

    // guarded by this
    private PdfStatus status = PdfStatus.NONE;
    private boolean wanted;
    /** A page render is under way: it stops the PDF and says next whether a new one is wanted. */
    private boolean pageRendering;
    private List<Problem> pageProblems = List.of();
    private Thread worker;
    private boolean closed;

    BackgroundPdf(PreviewPdf pdf, Path projectDir, PublishLog log, Consumer<PdfStatus> onStatus) {
        this.pdf = pdf;
        this.shownFile = ProjectPaths.relative(projectDir, pdf.file());
        this.log = log;
        this.onStatus = onStatus;
    }

    /** Before a page render: the PDF it stops is not news yet, the page's outcome is. */
    synchronized void pageRenderStarts() {
        pageRendering = true;
    }

    /** After a page render: when it is good, a PDF of what it showed, now or after the one under way. */
    synchronized void pageRendered(PreviewSession.Render page) {
        pageRendering = false;
        if (closed) {
            return;
        }
        if (!page.fresh()) {
            if (worker == null && status.working()) {
                show(status.working(false)); // the PDF it stopped is not made again
            }
            return;
        }
        wanted = true;
        pageProblems = page.problems();
        if (worker == null) {
            startWorker();
        }
    }

    /** The PDF's file as the writer knows it: relative to the project folder. */
    String shownFile() {
        return shownFile;
    }

    synchronized PdfStatus status() {
        return status;
    }

    /** Holding this. */
    private void startWorker() {
        wanted = false;
        List<Problem> known = pageProblems;
        show(status.working(true));
        // a thread for each render: a stopped render's Ruby thread is dead and converts nothing more
        worker = new Thread(() -> render(known), "audit-serve-pdf");
        worker.setDaemon(true);
        worker.start();
    }

    private void render(List<Problem> known) {
        PreviewPdf.Result result = null;
        try {
            result = pdf.render();
        } finally {
            // whatever happened, the next ask finds no worker and starts one
            synchronized (this) {
                worker = null;
                if (result != null && !closed) {
                    report(result, known);
                }
                if (wanted && !closed) {
                    startWorker();
                } else if (status.working() && !pageRendering) {
                    show(status.working(false));
                }
            }
        }
    }

    /** Holding this. */
    private void report(PreviewPdf.Result result, List<Problem> known) {
        switch (result.outcome()) {
            case STOPPED -> {
                // a page render came first; it asks again when it is good
            }
            case WRITTEN -> {
                logOwnProblems(result, known);
                show(status.written(LocalTime.now(), result.seconds()));
                log.info(String.format(Locale.ROOT, "PDF 已更新（第 %d 版，%.1f s）：%s", status.version(), result.seconds(), shownFile));
            }
            case FAILED -> {
                show(status.failed(result.problem()));
                log.warn("PDF 未能生成（pdf failed）：" + result.problem()
                        + (status.version() > 0 ? "；" + shownFile + " 仍是第 " + status.version() + " 版" : ""));
            }
        }
    }

    /** The problems only the PDF has (a character the fonts lack …): the page render logged the rest. */
    private void logOwnProblems(PreviewPdf.Result result, List<Problem> known) {
        for (Problem problem : result.problems()) {
            if (!known.contains(problem)) {
                switch (problem.severity()) {
                    case INFO -> log.info("PDF：" + problem.logLine());
                    case WARN -> log.warn("PDF：" + problem.logLine());
                    default -> log.error("PDF：" + problem.logLine());
                }
            }
        }
    }

    /** Holding this. */
    private void show(PdfStatus next) {
        status = next;
        onStatus.accept(next);
    }

    /** Stops a PDF under way and waits for it; it leaves nothing but the last good PDF. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = worker;
        }
        pdf.stopForGood();
        if (running == null) {
            return;
        }
        try {
            running.join(QUIET_WAIT_MS);
            if (running.isAlive()) {
                log.info("正在停止后台 PDF（stopping pdf）：等 PDF 转换器加载完");
                running.join(STOP_WAIT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
