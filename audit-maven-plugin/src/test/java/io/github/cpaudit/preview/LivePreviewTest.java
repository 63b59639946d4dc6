package io.github.cpaudit.preview;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.testing.CollectingLog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code audit:serve}'s engine on a small project, one warm runtime for the whole class: the page
 * served, a chapter edit announced on the event stream and shown, a broken include showing the last
 * good page with the error above it, the fix recovering it, and a data edit changing a computed
 * figure (energy.total.tce: 100 万kWh × 1.229 = 122.9 tce, then 200 万kWh → 245.8 tce).
 */
class LivePreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final CollectingLog log = new CollectingLog();

    @Test
    void editsReachTheOpenPageAndABrokenEditKeepsTheLastGoodOne() throws Exception {
        // the first render fails (a misspelt key): with no good page yet, its own page is shown with the error
        PreviewProject project = PreviewProject.create(temp.resolve("p"),
                "== 总论\n\n第零版文字。\n\n综合能耗 audit:value[energy.totl.tce] tce。\n", 100);

        try (LivePreview preview = new LivePreview(project.request(), new LivePreview.Settings("127.0.0.1", 0, false), log)) {
            assertThat(log.infos).anyMatch(line -> line.startsWith("预览已启动（serve）：" + preview.url()));
            BlockingQueue<String> events = events(preview.url());
            assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("data: 0");
            Document page = page(preview.url());
            assertThat(page.text()).contains("第零版文字。");
            assertThat(page.select("#audit-preview.failed").text()).contains("这一次带错误的结果", "energy.totl.tce")
                    .doesNotContain("上一次成功");

            project.chapter(PreviewProject.chapterWith("第一版文字。"));
            assertThat(next(events)).isEqualTo("data: 1");
            page = page(preview.url());
            assertThat(page.text()).contains("第一版文字。", "综合能耗 122.9");
            assertThat(page.select("#audit-preview.failed")).isEmpty();

            project.chapter(PreviewProject.chapterWith("第二版文字。"));
            assertThat(next(events)).isEqualTo("data: 2");
            page = page(preview.url());
            assertThat(page.text()).contains("第二版文字。").doesNotContain("第一版文字。");
            // the edited paragraph (line 3) is what the reloaded page shows
            Element edited = page.getElementById("audit-edited");
            assertThat(edited).isNotNull();
            assertThat(edited.text()).isEqualTo("第二版文字。");
            assertThat(page.select("script").html()).contains("edited='audit-edited'");

            project.chapter("== 总论\n\n第三版文字。\n\ninclude::没有这个文件.adoc[]\n");
            assertThat(next(events)).isEqualTo("data: 3");
            page = page(preview.url());
            assertThat(page.select("#audit-preview.failed").text()).contains("上一次成功的页面", "没有这个文件.adoc");
            assertThat(page.text()).contains("第二版文字。").doesNotContain("第三版文字。");
            assertThat(page.select("script").html()).as("a failed render shows no edit").contains("edited=null");
            // the place of the error links to the chapter's source at its line
            Element place = page.selectFirst("#audit-preview li a[href^=/source/]");
            assertThat(place).isNotNull();
            assertThat(place.text()).isEqualTo("src/docs/asciidoc/chapters/01.adoc:5");
            assertThat(place.attr("href")).isEqualTo("/source/src/docs/asciidoc/chapters/01.adoc?line=5#L5");
            Document source = page(preview.url() + place.attr("href").substring(1));
            assertThat(source.select("span.at").text()).isEqualTo("5include::没有这个文件.adoc[]");
            assertThat(source.select("a[href^=vscode://file]").attr("href")).endsWith("chapters/01.adoc:5");
            assertThat(status(preview.url() + "source/../../../../etc/passwd")).isEqualTo(404);
            assertThat(status(preview.url() + "source/src/docs/asciidoc/%2E%2E/%2E%2E/%2E%2E/../x.adoc")).isEqualTo(404);

            project.chapter(PreviewProject.chapterWith("第四版文字。"));
            assertThat(next(events)).isEqualTo("data: 4");
            page = page(preview.url());
            assertThat(page.select("#audit-preview.failed")).isEmpty();
            assertThat(page.text()).contains("第四版文字。", "综合能耗 122.9");

            project.electricity(200);
            assertThat(next(events)).isEqualTo("data: 5");
            page = page(preview.url());
            assertThat(page.text()).contains("综合能耗 245.8");
            assertThat(page.getElementById("audit-edited")).as("a data edit has no place in the text").isNull();
        }
        assertThat(project.dir.resolve("target")).doesNotExist();
    }

    @Test
    void refusesAnAddressOtherMachinesReachUnlessAsked() throws IOException {
        // said before the first render: no runtime is started for a setting that cannot work
        PreviewProject project = PreviewProject.create(temp.resolve("p"), "== 总论\n\n正文。\n", 100);
        assertThatThrownBy(() -> new LivePreview(project.request(), new LivePreview.Settings("0.0.0.0", 0, false), log))
                .isInstanceOf(AuditException.class).hasMessageContaining("loopback only");
    }

    /** The next event of the stream, failing after the wait. */
    private static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(event).as("an event within " + WAIT).isNotNull();
        return event;
    }

    private BlockingQueue<String> events(String url) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create(url + "events")).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        return events;
    }

    private Document page(String url) throws IOException, InterruptedException {
        return PreviewProject.page(http, url);
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
