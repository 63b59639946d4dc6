package io.github.cpaudit.preview;

import io.github.cpaudit.problem.AuditException;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.ProjectCopy;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("p"));
        Files.writeString(project.resolve("data/energy.csv"), "企业编号,年份,能源品种,实物量,单位\nE01,2025,电力,100,万kWh\n",
                StandardCharsets.UTF_8);
        Path docs = Files.createDirectories(project.resolve("src/docs/asciidoc/chapters"));
        Files.writeString(docs.resolveSibling("report.adoc"), "= 预览测试\n:doctype: book\n\ninclude::chapters/01.adoc[]\n",
                StandardCharsets.UTF_8);
        Path chapter = docs.resolve("01.adoc");
        Files.writeString(chapter, "== 总论\n\n第一版文字。\n\n综合能耗 audit:value[energy.total.tce] tce。\n", StandardCharsets.UTF_8);

        try (LivePreview preview = new LivePreview(request(project), new LivePreview.Settings("127.0.0.1", 0, false), log)) {
            assertThat(log.infos).anyMatch(line -> line.startsWith("预览已启动（serve）：" + preview.url()));
            BlockingQueue<String> events = events(preview.url());
            assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("data: 0");
            Document page = page(preview.url());
            assertThat(page.text()).contains("第一版文字。", "综合能耗 122.9");
            assertThat(page.select("#audit-preview.failed")).isEmpty();

            Files.writeString(chapter, "== 总论\n\n第二版文字。\n\n综合能耗 audit:value[energy.total.tce] tce。\n", StandardCharsets.UTF_8);
            assertThat(next(events)).isEqualTo("data: 1");
            page = page(preview.url());
            assertThat(page.text()).contains("第二版文字。").doesNotContain("第一版文字。");
            // the edited paragraph (line 3) is what the reloaded page shows
            Element edited = page.getElementById("audit-edited");
            assertThat(edited).isNotNull();
            assertThat(edited.text()).isEqualTo("第二版文字。");
            assertThat(page.select("script").html()).contains("edited='audit-edited'");

            Files.writeString(chapter, "== 总论\n\n第三版文字。\n\ninclude::没有这个文件.adoc[]\n", StandardCharsets.UTF_8);
            assertThat(next(events)).isEqualTo("data: 2");
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

            Files.writeString(chapter, "== 总论\n\n第四版文字。\n\n综合能耗 audit:value[energy.total.tce] tce。\n", StandardCharsets.UTF_8);
            assertThat(next(events)).isEqualTo("data: 3");
            page = page(preview.url());
            assertThat(page.select("#audit-preview.failed")).isEmpty();
            assertThat(page.text()).contains("第四版文字。", "综合能耗 122.9");

            Files.writeString(project.resolve("data/energy.csv"), "企业编号,年份,能源品种,实物量,单位\nE01,2025,电力,200,万kWh\n",
                    StandardCharsets.UTF_8);
            assertThat(next(events)).isEqualTo("data: 4");
            page = page(preview.url());
            assertThat(page.text()).contains("综合能耗 245.8");
            assertThat(page.getElementById("audit-edited")).as("a data edit has no place in the text").isNull();
        }
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void refusesAnAddressOtherMachinesReachUnlessAsked() throws IOException {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("p"));
        Files.createDirectories(project.resolve("src/docs/asciidoc"));
        Files.writeString(project.resolve("src/docs/asciidoc/report.adoc"), "= 测试\n\n正文。\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new LivePreview(request(project), new LivePreview.Settings("0.0.0.0", 0, false), log))
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static PublishRequest request(Path project) {
        return new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc", project.resolve("target/audit"),
                Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR, project.resolve("cache"));
    }
}
