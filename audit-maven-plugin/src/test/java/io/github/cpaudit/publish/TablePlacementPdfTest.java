package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's caption, header row and first body row start on the same page, and so does the heading
 * right above a table (typesetting.md): the document puts tables at every height of a page, by a
 * growing number of lines before each, so some land near the foot of a page.
 */
class TablePlacementPdfTest {

    private static final int SECTIONS = 24;

    @TempDir
    static Path tmp;
    private static PdfReport pdf;

    @BeforeAll
    static void publish() throws IOException {
        Path project = tmp.resolve("project");
        Path source = Files.createDirectories(project.resolve("src/docs/asciidoc"));
        StringBuilder doc = new StringBuilder("= 表格位置\n:doctype: book\n:toc!:\n\n== 第一章\n\n");
        for (int s = 1; s <= SECTIONS; s++) {
            // 1, 2, 3 … lines of prose: the next table starts a little lower each time
            doc.append("第").append(s).append("节之前的正文。".repeat(3 * s)).append("\n\n");
            if (s % 2 == 0) {
                doc.append("=== 小节").append(s).append("\n\n");
            }
            doc.append(".位置表").append(s).append("\n[cols=\"1,3\",options=\"header\"]\n|===\n|编号 |内容\n");
            for (int row = 1; row <= 4; row++) {
                doc.append("|").append(row).append(" |").append(row == 1 ? "首行" + s + "的内容" : "其余行的内容").append('\n');
            }
            doc.append("|===\n\n");
        }
        Files.writeString(source.resolve("report.adoc"), doc, StandardCharsets.UTF_8);
        Path out = project.resolve("target/audit");
        new ReportPublisher(new CollectingLog()).publish(new PublishRequest(project, source, "report.adoc", out,
                Set.of(Format.PDF), Map.of(), null, null, FailLevel.ERROR, tmp.resolve("cache")));
        pdf = PdfReport.read(out.resolve("pdf/report.pdf"));
    }

    @Test
    void captionHeaderAndFirstRowShareAPage() {
        List<String> separated = new ArrayList<>();
        for (int s = 1; s <= SECTIONS; s++) {
            int caption = page("位置表" + s);
            int firstRow = page("首行" + s + "的内容");
            if (caption != firstRow) {
                separated.add("表" + s + "：题注在第" + caption + "页，首行在第" + firstRow + "页");
            }
            if (s % 2 == 0 && page("小节" + s) != caption) {
                separated.add("小节" + s + "：标题在第" + page("小节" + s) + "页，表在第" + caption + "页");
            }
        }
        assertThat(separated).isEmpty();
        // the document is long enough that some tables reach the foot of a page
        assertThat(pdf.pageCount()).isGreaterThan(6);
    }

    private static int page(String text) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.pageText(page).replaceAll("[\\s\\u200b]+", "").contains(text)) {
                return page;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }
}
