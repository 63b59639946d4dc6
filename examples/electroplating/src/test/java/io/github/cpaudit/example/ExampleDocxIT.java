package io.github.cpaudit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

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

    private static List<String> texts(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
