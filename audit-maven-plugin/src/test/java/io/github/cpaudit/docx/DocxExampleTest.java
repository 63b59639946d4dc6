package io.github.cpaudit.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example published as HTML and DOCX in one build, the DOCX read back with POI. */
class DocxExampleTest {

    @TempDir
    static Path tmp;
    static Path project;
    static XWPFDocument docx;
    static org.jsoup.nodes.Document html;
    static final CollectingLog log = new CollectingLog();

    @BeforeAll
    static void publish() throws Exception {
        project = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("example"));
        Path out = project.resolve("target/audit");
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                out, Set.of(Format.HTML, Format.DOCX), Map.of("audit-mode", "final"), null, null, FailLevel.WARN,
                tmp.resolve("cache")));
        try (InputStream in = Files.newInputStream(out.resolve("docx/report.docx"))) {
            docx = new XWPFDocument(in);
        }
        html = Jsoup.parse(out.resolve("html/index.html").toFile(), "UTF-8");
        Files.copy(out.resolve("docx/report.docx"), Path.of("target/example-report.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void explore() {
        System.out.println(log.infos);
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getStyle() != null && (p.getStyle().startsWith("Heading") || p.getStyle().equals("Caption"))) {
                System.out.println(p.getStyle() + " | " + p.getText());
            }
        }
        System.out.println("tables " + docx.getTables().size() + " html " + html.select("table.tableblock").size());
    }
}
