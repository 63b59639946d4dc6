package io.github.cpaudit.preview;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.testing.ProjectCopy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small project the preview tests edit: a copy of the engine project whose report includes one
 * chapter, {@code chapters/01.adoc}, and whose energy data is one row, E01's electricity in 万kWh
 * (energy.total.tce is that × 1.229).
 */
final class PreviewProject {

    final Path dir;
    final Path chapter;

    private PreviewProject(Path dir) {
        this.dir = dir;
        this.chapter = dir.resolve("src/docs/asciidoc/chapters/01.adoc");
    }

    static PreviewProject create(Path dir, String chapterText, int electricity) throws IOException {
        PreviewProject project = new PreviewProject(ProjectCopy.of(Path.of("src/test/resources/engine-project"), dir));
        project.electricity(electricity);
        Files.createDirectories(project.chapter.getParent());
        Files.writeString(project.chapter.getParent().resolveSibling("report.adoc"),
                "= 预览测试\n:doctype: book\n\ninclude::chapters/01.adoc[]\n", StandardCharsets.UTF_8);
        project.chapter(chapterText);
        return project;
    }

    /** A chapter of the paragraphs given and a computed figure, {@code 综合能耗 … tce。}. */
    static String chapterWith(String paragraphs) {
        return "== 总论\n\n" + paragraphs + "\n\n综合能耗 audit:value[energy.total.tce] tce。\n";
    }

    void chapter(String text) throws IOException {
        Files.writeString(chapter, text, StandardCharsets.UTF_8);
    }

    /** Rewrites the energy data: E01 used this many 万kWh of electricity in 2025. */
    void electricity(int tenThousandKwh) throws IOException {
        Files.writeString(dir.resolve("data/energy.csv"), "企业编号,年份,能源品种,实物量,单位\nE01,2025,电力," + tenThousandKwh + ",万kWh\n",
                StandardCharsets.UTF_8);
    }

    /** The page at {@code url}, which must answer 200. */
    static Document page(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    PublishRequest request() {
        return new PublishRequest(dir, dir.resolve("src/docs/asciidoc"), "report.adoc", dir.resolve("target/audit"),
                Set.of(Format.HTML), Map.of(), null, null, FailLevel.ERROR, dir.resolve("cache"));
    }
}
