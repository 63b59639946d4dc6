package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example report's typesetting as a reviewer sees it (typesetting.md): A4 pages, the cover and
 * 封二, the 目录 with dotted leaders, every chapter on a new page, the short title in the header,
 * centred page numbers counted from the first chapter, captions; and the HTML: a table of contents
 * whose links all resolve, a print stylesheet, nothing fetched from the network.
 */
class ExampleTypesettingIT {

    private static final String SHORT_TITLE = "江城市电镀行业整体清洁生产审核报告";
    private static final List<String> CHAPTERS = List.of("1 总论", "2 行业概况", "3 行业清洁生产现状",
            "4 行业清洁生产水平诊断", "5 行业共性问题诊断", "6 清洁生产方案", "7 减污降碳效益预测",
            "8 保障措施与持续清洁生产", "9 结论与建议");
    private static Document html;
    private static PdfReport pdf;

    @BeforeAll
    static void read() {
        html = PublishedExample.html();
        pdf = PublishedExample.pdf();
    }

    @Test
    void everyPageIsA4AndTheWideWorksheetsLieOnLandscapePages() {
        List<Integer> landscape = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.pageSize(page).a4()).as("page %d: %s", page, pdf.pageSize(page)).isTrue();
            if (pdf.pageSize(page).landscape()) {
                landscape.add(page);
            }
        }
        assertThat(landscape).isNotEmpty();
        assertThat(pdf.pageSize(1).landscape()).isFalse();
        // worksheet 2-18 (14 columns) as 表 6-3 of chapter 6
        int wide = firstPageWith("表6-3中/高费方案可行性分析（工作表2-18）");
        assertThat(landscape).contains(wide);
    }

    @Test
    void coverThenSecondCoverThenAbstractThenContents() {
        assertThat(compact(1)).contains(SHORT_TITLE, "（盖章）").doesNotContain("–1–");
        assertThat(compact(2)).contains("审核工作组及报告编制人员", "审核工作组组长", "周建国（江城市生态环境局，副局长）",
                "报告编制", "报告审核", "报告批准", "签字", "JCQS-2025-0342").doesNotContain("前言");
        int contents = firstPageWith("目录");
        assertThat(contents).isGreaterThan(firstPageWith("摘要"));
        // dotted leaders between an entry and its page number
        assertThat(compact(contents)).containsPattern("1总论(\\.){10,}1");
    }

    @Test
    void eachChapterStartsANewPageUnderTheRunningHeader() {
        for (String chapter : CHAPTERS) {
            int page = firstPageWithLine(chapter);
            List<String> lines = lines(page);
            assertThat(indexOf(lines, SHORT_TITLE)).as("header of page %d", page).isZero();
            assertThat(indexOf(lines, chapter)).as("first line of page %d", page).isEqualTo(1);
        }
    }

    @Test
    void pagesAreNumberedInTheFooterFromTheFirstChapterOn() {
        int first = firstPageWithLine(CHAPTERS.get(0));
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<String> lines = lines(page);
            String last = lines.get(lines.size() - 1);
            if (page < first) {
                assertThat(compact(last)).as("front matter page %d", page).doesNotMatch("–\\d+–");
            } else {
                assertThat(compact(last)).as("page %d", page).isEqualTo("–" + (page - first + 1) + "–");
                assertThat(indexOf(lines, SHORT_TITLE)).as("header of page %d", page).isZero();
            }
        }
    }

    @Test
    void tableCaptionsStandAboveTheirTableAndFigureCaptionsBelowTheirFigure() {
        int page = firstPageWith("表2-1行业基本情况汇总（工作表2-1）");
        List<String> lines = lines(page);
        int caption = indexOf(lines, "表 2-1 行业基本情况汇总（工作表2-1）");
        // the header row of 2-1 starts with 所在区县
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (compact(lines.get(i)).startsWith("所在区县")) {
                header = i;
                break;
            }
        }
        assertThat(caption).isNotNegative().isLessThan(header);
        // the figure: the caption's line stands below the image's lower edge, close to it
        int figure = firstPageWith("图1-1行业整体清洁生产审核技术路线");
        float captionTop = pdf.lineTop(figure, "图 1-1 行业整体清洁生产审核技术路线");
        assertThat(pdf.images(figure)).hasSize(1);
        float imageBottom = pdf.images(figure).get(0).bottom();
        assertThat(captionTop).isGreaterThan(imageBottom).isLessThan(imageBottom + 40);
        // and the table caption's line above the table's header row
        assertThat(pdf.lineTop(page, "表 2-1 行业基本情况汇总")).isLessThan(pdf.lineTop(page, lines.get(header)));
    }

    @Test
    void headingsAndBodyAreSetInTheirRolesFontsAllEmbedded() {
        int chapter = firstPageWithLine(CHAPTERS.get(0));
        assertThat(pdf.fontsOf(CHAPTERS.get(0)).get(chapter)).containsExactly("NotoSansSC-Bold");
        assertThat(pdf.fontsOf("1.1 任务由来与审核背景").get(chapter)).containsExactly("NotoSansSC-Bold");
        assertThat(pdf.fontsOf("电镀是装备制造").get(chapter)).containsExactly("NotoSansSC-Regular");
        assertThat(pdf.fontsOf(SHORT_TITLE).get(chapter)).containsExactly("NotoSansSC-Regular");
        int table = firstPageWith("表2-1行业基本情况汇总（工作表2-1）");
        assertThat(pdf.fontsOf("临港区 16 726").get(table)).containsExactly("NotoSansSC-Regular");
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.embedded()).isTrue());
    }

    @Test
    void sizesAreThoseOfAChineseOfficialReportWithLinesAtLeast24PointsApart() {
        int chapter = firstPageWithLine(CHAPTERS.get(0));
        assertThat(pdf.lineFontSizes(chapter, CHAPTERS.get(0))).containsExactly(16f); // 三号
        assertThat(pdf.lineFontSizes(chapter, "1.1 任务由来与审核背景")).containsExactly(14f); // 四号
        assertThat(pdf.lineFontSizes(chapter, "电镀是装备制造")).containsExactly(12f); // 小四
        int table = firstPageWith("表2-1行业基本情况汇总（工作表2-1）");
        assertThat(pdf.lineFontSizes(table, "临港区 16 726")).containsExactly(10.5f); // 五号
        assertThat(pdf.lineFontSizes(table, "表 2-1 行业基本情况汇总")).containsExactly(10.5f);
        // the body lines of the chapter's first paragraph: 24 pt from one to the next (小四, 2.0)
        List<Float> tops = pdf.lineTops(chapter);
        int first = tops.indexOf(pdf.lineTop(chapter, "电镀是装备制造"));
        for (int i = first + 1; i < first + 4; i++) {
            assertThat(tops.get(i) - tops.get(i - 1)).as("line %d of page %d", i, chapter).isGreaterThanOrEqualTo(23.9f);
        }
    }

    @Test
    void htmlContentsLinksAllResolve() {
        List<String> broken = new ArrayList<>();
        List<Element> links = html.select("#toc a[href]");
        for (Element link : links) {
            String href = link.attr("href");
            if (!href.startsWith("#") || html.getElementById(href.substring(1)) == null) {
                broken.add(link.text() + " → " + href);
            }
        }
        assertThat(links).hasSizeGreaterThan(40);
        assertThat(broken).isEmpty();
        assertThat(html.select("#toc a").eachText()).containsSubsequence(CHAPTERS);
    }

    @Test
    void htmlFetchesNothingFromTheNetworkAndHasAPrintStylesheet() {
        assertThat(html.select("script[src], link[rel=stylesheet], iframe, object, embed")).isEmpty();
        assertThat(html.select("img")).isNotEmpty()
                .allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/"));
        String styles = html.select("style").html();
        assertThat(styles).contains("@media print").doesNotContain("@import", "http://", "https://");
        for (Element element : html.select("[src], [href], [srcset], [poster]")) {
            for (String attribute : List.of("src", "srcset", "poster")) {
                assertThat(element.attr(attribute)).doesNotStartWith("http");
            }
        }
    }

    @Test
    void htmlFigureCaptionsFollowTheirImageAndAreNumberedPerChapter() {
        List<Element> figures = html.select(".imageblock");
        assertThat(figures).isNotEmpty();
        Pattern numbered = Pattern.compile("^(附)?图 ?(\\d+)-(\\d+) .+");
        for (Element figure : figures) {
            Element title = figure.selectFirst("> .title");
            assertThat(title).as(figure.outerHtml()).isNotNull();
            assertThat(title.elementSiblingIndex()).isGreaterThan(figure.selectFirst("> .content").elementSiblingIndex());
            Matcher matcher = numbered.matcher(title.text());
            assertThat(matcher.matches()).as(title.text()).isTrue();
        }
    }

    private static String compact(int page) {
        return compact(pdf.pageText(page));
    }

    /** Without spaces of any kind: PDF text extraction puts them between words at will. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\p{Z}\\u200b]+", "");
    }

    private static List<String> lines(int page) {
        return pdf.linesTopDown(page);
    }

    private static int indexOf(List<String> lines, String line) {
        return lines.stream().map(ExampleTypesettingIT::compact).toList().indexOf(compact(line));
    }

    private static int firstPageWith(String compactText) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (compact(page).contains(compactText)) {
                return page;
            }
        }
        throw new AssertionError("not in the PDF: " + compactText);
    }

    private static int firstPageWithLine(String line) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (indexOf(lines(page), line) >= 0) {
                return page;
            }
        }
        throw new AssertionError("no page has the line: " + line);
    }
}
