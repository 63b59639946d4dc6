package io.github.cpaudit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cpaudit.testing.LibreOffice;
import io.github.cpaudit.testing.PdfReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word file the example's build published with the HTML (audit:report, formats html,pdf,docx):
 * the same chapters, captions and tables as the HTML of the same build.
 */
class ExampleDocxIT {

    @Test
    void theWordFileHasTheHtmlsChaptersCaptionsAndTables() {
        XWPFDocument docx = PublishedExample.docx();
        Document html = PublishedExample.html();
        assertThat(texts(docx, "Heading1")).containsExactlyElementsOf(html.select("#content h2").eachText())
                .contains("1 总论", "附件5 工艺流程图与现场照片");
        assertThat(texts(docx, "Caption")).containsExactlyElementsOf(
                html.select("table.tableblock > caption.title, div.imageblock > div.title").eachText());
        assertThat(docx.getTables()).hasSize(html.select("table.tableblock").size());
        assertThat(docx.getAllPictures()).hasSize(html.select(".imageblock img").size());
        assertThat(docx.getHeaderList().get(0).getText()).contains("江城市电镀行业整体清洁生产审核报告");
    }

    /**
     * LibreOffice opens the Word file without a message, and the PDF it prints has what our PDF has:
     * the chapters, every caption in full, and the same tables and figures referred to (表 N-M, 图 N-M).
     */
    @Test
    void libreOfficePrintsWhatOurPdfPrints(@TempDir Path tmp) throws IOException, InterruptedException {
        Optional<Path> soffice = LibreOffice.find();
        assumeTrue(soffice.isPresent(), LibreOffice.NOT_FOUND);
        LibreOffice.Converted converted = LibreOffice.toPdf(soffice.get(), Path.of("target/audit/docx/report.docx"), tmp);
        assertThat(converted.messages()).as("LibreOffice's messages").isEmpty();
        String theirs = compact(PdfReport.read(converted.pdf()).compactText());
        String ours = compact(PublishedExample.pdf().compactText());
        Document html = PublishedExample.html();
        List<String> expected = new java.util.ArrayList<>(html.select("#content h2").eachText());
        expected.addAll(html.select("table.tableblock > caption.title, div.imageblock > div.title").eachText());
        for (String text : expected) {
            assertThat(ours).as("our PDF").contains(compact(text));
            assertThat(theirs).as("LibreOffice's PDF").contains(compact(text));
        }
        assertThat(labels(theirs)).isEqualTo(labels(ours)).contains("表4-1");
    }

    /** Without white space and the break opportunities our PDF has between Chinese characters. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u200b\\u00ad]+", "");
    }

    private static TreeSet<String> labels(String text) {
        TreeSet<String> labels = new TreeSet<>();
        Matcher found = Pattern.compile("[表图]\\d+-\\d+").matcher(text);
        while (found.find()) {
            labels.add(found.group());
        }
        return labels;
    }

    private static List<String> texts(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
