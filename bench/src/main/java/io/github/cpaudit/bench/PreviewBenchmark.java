package io.github.cpaudit.bench;

import io.github.cpaudit.preview.LivePreview;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishLog;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.testing.HeadlessBrowser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Times {@code audit:serve}'s engine as a writer meets it: the preview started on a project, a
 * headless Chromium showing the page, then one-line edits of a chapter and edits of one number in
 * {@code data/energy.csv}, each timed from the file write to the server's event and to the
 * browser's load event of the page it reloads by itself. Prints each run, the medians and the JVM's
 * peak RSS (the server's; the browser is another process). With {@code --pdf N} the preview makes
 * the PDF in the background ({@code audit.serve.pdf}): N chapter edits, each timed to the page's
 * event and to the next PDF written, and the peak RSS with it. For {@code bench/serve.sh}; not a test.
 *
 * <pre>java -cp … io.github.cpaudit.bench.PreviewBenchmark PROJECT_DIR CHAPTER EDITS DATA_EDITS [--pdf N]</pre>
 */
public final class PreviewBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** A writer does not save twice within a second: each edit finds the server idle. */
    private static final long PAUSE_MS = 1500;

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length == 5 || args.length > 4 && !args[4].equals("--pdf")) {
            System.err.println("usage: PreviewBenchmark PROJECT_DIR CHAPTER EDITS DATA_EDITS [--pdf N]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath();
        Path chapter = project.resolve(args[1]);
        int edits = Integer.parseInt(args[2]);
        int dataEdits = Integer.parseInt(args[3]);
        int pdfEdits = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Path browserPath = HeadlessBrowser.find().orElseThrow(() -> new IllegalStateException(HeadlessBrowser.NOT_FOUND));
        PublishRequest request = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR,
                Path.of(System.getProperty("user.home"), ".cache/cp-audit"));
        if (pdfEdits > 0) {
            withPdf(request, chapter, pdfEdits);
            return;
        }
        long start = System.nanoTime();
        try (LivePreview preview = new LivePreview(request, new LivePreview.Settings("127.0.0.1", 0, false), quiet());
                HeadlessBrowser browser = HeadlessBrowser.start(browserPath)) {
            System.out.printf("first render and server: %.1f s%n", (System.nanoTime() - start) / 1e9);
            BlockingQueue<Long> events = new LinkedBlockingQueue<>();
            listen(preview.url(), events, new LinkedBlockingQueue<>());
            events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            browser.navigate(preview.url());
            List<double[]> chapterRuns = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String mark = "（预览测量 " + i + "）";
                chapterRuns.add(timed(browser, events, () -> appendToFirstParagraph(chapter, mark), mark, "chapter " + i));
            }
            List<double[]> dataRuns = new ArrayList<>();
            Path energy = project.resolve("data/energy.csv");
            for (int i = 1; i <= dataEdits; i++) {
                int step = i % 2 == 1 ? 1 : -1;
                dataRuns.add(timed(browser, events, () -> changeFirstQuantity(energy, step), null, "data " + i));
            }
            summary("chapter edit", chapterRuns);
            summary("data edit", dataRuns);
        }
        System.out.println("server JVM peak RSS: " + peakRss());
    }

    /** Chapter edits with the background PDF: each to the page's event and to the next PDF written. */
    private static void withPdf(PublishRequest request, Path chapter, int edits) throws Exception {
        long start = System.nanoTime();
        try (LivePreview preview = new LivePreview(request, new LivePreview.Settings("127.0.0.1", 0, false, true), quiet())) {
            BlockingQueue<Long> events = new LinkedBlockingQueue<>();
            BlockingQueue<String> pdfs = new LinkedBlockingQueue<>();
            listen(preview.url(), events, pdfs);
            int version = awaitPdf(pdfs, 0, "first PDF");
            System.out.printf("first PDF: %.1f s after the start%n", (System.nanoTime() - start) / 1e9);
            List<double[]> runs = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                events.clear();
                long written = System.nanoTime();
                appendToFirstParagraph(chapter, "（预览测量 PDF " + i + "）");
                Long event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                version = awaitPdf(pdfs, version, "PDF " + i);
                double[] run = {(event - written) / 1e9, (System.nanoTime() - written) / 1e9};
                System.out.printf("PDF edit %d: page event %.3f s, PDF %d written %.1f s, RSS now %s%n", i, run[0], version, run[1], rss("VmRSS:"));
                runs.add(run);
            }
            summary("chapter edit with the PDF", runs, "PDF written");
        }
        System.out.println("server JVM peak RSS: " + peakRss());
    }

    /** The version of the next PDF written after {@code version}, from the page's {@code pdf} events. */
    private static int awaitPdf(BlockingQueue<String> pdfs, int version, String label) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            String bar = pdfs.poll(5, TimeUnit.SECONDS);
            java.util.regex.Matcher written = bar == null ? null : java.util.regex.Pattern.compile("\\?v=(\\d+)").matcher(bar);
            if (written != null && !bar.contains("生成中") && written.find() && Integer.parseInt(written.group(1)) > version) {
                return Integer.parseInt(written.group(1));
            }
        }
        throw new IllegalStateException(label + ": no PDF within 5 min");
    }

    private interface Edit {
        void apply() throws IOException;
    }

    /** {write→event, write→browser load} in seconds. */
    private static double[] timed(HeadlessBrowser browser, BlockingQueue<Long> events, Edit edit, String expected, String label)
            throws Exception {
        Thread.sleep(PAUSE_MS);
        events.clear();
        browser.discardLoads();
        long written = System.nanoTime();
        edit.apply();
        Long event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        long loaded = browser.awaitLoad(WAIT);
        if (event == null) {
            throw new IllegalStateException(label + ": no event within " + WAIT);
        }
        // textContent: innerText leaves out sections the page has not laid out (content-visibility)
        if (expected != null && !Boolean.TRUE.equals(browser.evaluate("document.body.textContent.includes('" + expected + "')"))) {
            throw new IllegalStateException(label + ": the reloaded page does not show " + expected);
        }
        double[] run = {(event - written) / 1e9, (loaded - written) / 1e9};
        System.out.printf("%s: event %.3f s, browser load %.3f s%n", label, run[0], run[1]);
        return run;
    }

    private static void summary(String label, List<double[]> runs) {
        summary(label, runs, "browser load");
    }

    private static void summary(String label, List<double[]> runs, String second) {
        if (runs.isEmpty()) {
            return;
        }
        for (int column = 0; column < 2; column++) {
            List<Double> values = new ArrayList<>();
            for (double[] run : runs) {
                values.add(run[column]);
            }
            Collections.sort(values);
            double median = values.size() % 2 == 1 ? values.get(values.size() / 2)
                    : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
            System.out.printf("%s, write → %s: median %.3f s, min %.3f, max %.3f (%d runs)%n", label,
                    column == 0 ? "event" : second, median, values.get(0), values.get(values.size() - 1), values.size());
        }
    }

    /** The first line of plain text (a paragraph starting with a CJK character) gets the mark at its end. */
    private static void appendToFirstParagraph(Path chapter, String mark) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(chapter, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && Character.UnicodeScript.of(line.codePointAt(0)) == Character.UnicodeScript.HAN) {
                lines.set(i, line.replaceAll("（预览测量 \\d+）$", "") + mark);
                Files.write(chapter, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException(chapter + " has no paragraph to edit");
    }

    /** The quantity (4th column) of the first data row, plus or minus one. */
    private static void changeFirstQuantity(Path energy, int step) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(energy, StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(",", -1);
        cells[3] = new java.math.BigDecimal(cells[3]).add(java.math.BigDecimal.valueOf(step)).toPlainString();
        lines.set(1, String.join(",", cells));
        Files.write(energy, lines, StandardCharsets.UTF_8);
    }

    /** The arrival of each new page ({@code events}) and the PDF's line of each {@code pdf} event. */
    private static void listen(String url, BlockingQueue<Long> events, BlockingQueue<String> pdfs) {
        String[] name = {""};
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url + "events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && name[0].equals("pdf")) {
                        pdfs.add(line);
                    } else if (line.startsWith("data:")) {
                        events.add(System.nanoTime());
                    } else if (line.isEmpty()) {
                        name[0] = "";
                    }
                }));
    }

    private static String peakRss() throws IOException {
        return rss("VmHWM:");
    }

    private static String rss(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field)) {
                return (Long.parseLong(line.replaceAll("\\D", "")) / 1024) + " MB";
            }
        }
        return "unknown";
    }

    private static PublishLog quiet() {
        return new PublishLog() {
            @Override
            public void info(String message) {
                System.out.println(message);
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
                System.out.println("ERROR " + message);
            }
        };
    }
}
