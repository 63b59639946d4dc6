package io.github.cpaudit.preview;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit:serve -Daudit.serve.pdf=true} on a small project, one runtime for the whole class:
 * an edit while the first PDF is being made reaches the page before any PDF is there (the page does
 * not wait for it) and the first PDF written is already the edit's; a later edit gives the next PDF;
 * a PDF that fails (an image only the PDF reads is broken) keeps the last good one and says why; a
 * close while a PDF is made leaves nothing in {@code target/} but the PDF.
 */
class BackgroundPdfTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final CollectingLog log = new CollectingLog();

    /** A server-sent event: its name ({@code message} when it has none) and its data. */
    private record Event(String name, String data) {
    }

    @Test
    void thePdfFollowsTheEditsWithoutDelayingThePage() throws Exception {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("p"));
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc/chapters"));
        Files.writeString(docs.resolveSibling("report.adoc"), "= 预览测试\n:doctype: book\n\ninclude::chapters/01.adoc[]\n",
                StandardCharsets.UTF_8);
        Path chapter = docs.resolve("01.adoc");
        write(chapter, "第一版文字。");
        Path published = project.resolve("target/audit/pdf/report.pdf");

        LivePreview preview = new LivePreview(request(project), new LivePreview.Settings("127.0.0.1", 0, false, true), log);
        try {
            BlockingQueue<Event> events = events(preview.url());
            assertThat(next(events, "message").data()).isEqualTo("0");
            assertThat(next(events, "pdf").data()).contains("PDF 生成中…");

            // while the first PDF is made (asciidoctor-pdf loads for seconds): the page comes first
            write(chapter, "第二版文字。");
            assertThat(next(events, "message").data()).isEqualTo("1");
            Document page = page(preview.url());
            assertThat(page.select("#audit-preview #audit-pdf").text()).isEqualTo("PDF 生成中…");
            assertThat(page.text()).contains("第二版文字。");

            // the first PDF written is already the edit's: the one of 第一版 was stopped, not finished
            assertThat(next(events, "pdf", data -> data.contains("第 1 版")).data())
                    .matches(".*<a href=\"/report\\.pdf\\?v=1\" target=\"_blank\">PDF：第 1 版（\\d\\d:\\d\\d:\\d\\d 生成，用时 \\d+\\.\\d s）</a>.*");
            assertThat(served(preview.url()).compactText()).contains("第二版文字。").doesNotContain("第一版文字。");
            assertThat(PdfReport.read(published).compactText()).contains("第二版文字。");
            assertThat(log.infos).anyMatch(line -> line.matches("PDF 已更新（第 1 版，\\d+\\.\\d s）：target/audit/pdf/report\\.pdf"));
            page = page(preview.url());
            assertThat(page.select("#audit-preview.quiet #audit-pdf a").attr("href")).isEqualTo("/report.pdf?v=1");

            write(chapter, "第三版文字。");
            assertThat(next(events, "message").data()).isEqualTo("2");
            assertThat(next(events, "pdf", data -> data.contains("第 2 版")).data()).doesNotContain("生成中");
            assertThat(served(preview.url()).compactText()).contains("第三版文字。");

            // a broken image: the page only links it, the PDF must read it and cannot
            Files.write(Files.createDirectories(docs.resolveSibling("images")).resolve("broken.png"), new byte[] {1, 2, 3, 4});
            write(chapter, "第四版文字。\n\nimage::broken.png[]");
            assertThat(next(events, "message").data()).isEqualTo("3");
            assertThat(page(preview.url()).select("#audit-preview.failed")).isEmpty();
            assertThat(next(events, "pdf", data -> data.contains("未能生成")).data())
                    .contains("PDF 未能生成：src/docs/asciidoc/chapters/01.adoc:5: PDF 无法嵌入图片（could not embed image）："
                            + "src/docs/asciidoc/images/broken.png", "PDF：第 2 版");
            assertThat(served(preview.url()).compactText()).contains("第三版文字。").doesNotContain("第四版文字。");
            assertThat(log.warnings).anyMatch(line -> line.startsWith("PDF 未能生成（pdf failed）：src/docs/asciidoc/chapters/01.adoc:5: ")
                    && line.endsWith("；target/audit/pdf/report.pdf 仍是第 2 版"));

            // closed while a PDF is made: the PDF under way stops and leaves nothing behind
            write(chapter, "第五版文字。");
            assertThat(next(events, "message").data()).isEqualTo("4");
            assertThat(next(events, "pdf").data()).contains("新版 PDF 生成中…");
        } finally {
            preview.close();
        }
        assertThat(filesIn(project.resolve("target"))).containsExactly("audit/pdf/report.pdf");
        assertThat(PdfReport.read(published).compactText()).contains("第三版文字。");
        assertThat(log.infos).noneMatch(line -> line.startsWith("PDF 已更新（第 3 版"));
    }

    private static void write(Path chapter, String text) throws IOException {
        Files.writeString(chapter, "== 总论\n\n" + text + "\n", StandardCharsets.UTF_8);
    }

    private static Event next(BlockingQueue<Event> events, String name) throws InterruptedException {
        return next(events, name, data -> true);
    }

    /** The next event named {@code name} whose data matches, skipping others of that name; fails after the wait. */
    private static Event next(BlockingQueue<Event> events, String name, Predicate<String> data) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        for (Event event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS); event != null;
                event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (event.name().equals(name) && data.test(event.data())) {
                return event;
            }
            // an HTML version is never skipped: each edit's must come in order
            assertThat(event.name()).as("event before the expected " + name + ": " + event).isNotEqualTo("message");
        }
        throw new AssertionError("no event " + name + " within " + WAIT);
    }

    /** The stream's events, in order. */
    private BlockingQueue<Event> events(String url) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        String[] name = {"message"};
        http.sendAsync(HttpRequest.newBuilder(URI.create(url + "events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event: ")) {
                        name[0] = line.substring("event: ".length());
                    } else if (line.startsWith("data: ")) {
                        events.add(new Event(name[0], line.substring("data: ".length())));
                        name[0] = "message";
                    }
                }));
        return events;
    }

    private Document page(String url) throws IOException, InterruptedException {
        return PreviewProject.page(http, url);
    }

    /** The PDF as the page's link gets it. */
    private PdfReport served(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url + "report.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        Path copy = Files.createTempFile(temp, "served", ".pdf");
        Files.write(copy, response.body());
        return PdfReport.read(copy);
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString().replace('\\', '/')).toList();
        }
    }

    private static PublishRequest request(Path project) {
        // WARN: a PDF-only warning (the broken image) fails the PDF while the page stays good
        return new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc", project.resolve("target/audit"),
                Set.of(Format.HTML, Format.PDF), Map.of(), null, null, FailLevel.WARN, project.resolveSibling("cache"));
    }
}
