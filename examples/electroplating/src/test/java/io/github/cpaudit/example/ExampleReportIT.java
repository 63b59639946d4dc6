package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example report as the build published it in the package phase (rendered once, read here):
 * HTML with Jsoup, PDF with PDFBox. Figures are recomputed from the example's raw CSV.
 */
class ExampleReportIT {

    private static final Path DATA = Path.of("data");
    private static Document html;
    private static PdfReport pdf;

    @BeforeAll
    static void read() {
        html = PublishedExample.html();
        pdf = PublishedExample.pdf();
    }

    @Test
    void htmlHasTheChaptersAndAttachmentsInChineseStyle() {
        assertThat(html.title()).isEqualTo("江城市电镀行业整体清洁生产审核报告");
        assertThat(html.select("#toctitle").text()).isEqualTo("目录");
        assertThat(html.select("#content h2").eachText()).containsExactly("摘要", "1 总论", "2 行业概况",
                "3 行业清洁生产现状", "4 行业清洁生产水平诊断", "5 行业共性问题诊断", "6 清洁生产方案",
                "7 减污降碳效益预测", "8 保障措施与持续清洁生产", "9 结论与建议", "附件1 审核对象企业名录", "附件2 企业清洁生产诊断表（一企一策）",
                "附件3 资料收集清单及完成情况", "附件4 审核工作表", "附件5 工艺流程图与现场照片");
        assertThat(html.select(".imageblock > .title").eachText())
                .containsExactly("图 1-1 行业整体清洁生产审核技术路线", "图 3-1 综合能耗最大的10家企业",
                        "图 3-2 主要污染物排放量构成（按区县）", "图 3-3 二氧化碳排放量最大的10家企业",
                        "图 4-1 企业清洁生产水平等级分布", "图 5-1 行业共性问题涉及企业数（帕累托图）", "图 7-1 清洁生产方案的削减率",
                        "图 7-2 两轮审核行业总量的变化率", "附图5-1 电镀典型工艺流程及产排污节点");
        // the charts travel inside the page, as the other images do
        assertThat(html.select(".imageblock img").eachAttr("src")).hasSize(9)
                .allMatch(src -> src.startsWith("data:image/png;base64,"));
        assertThat(html.select("a[href=#fig-levels]").eachText()).containsOnly("图 4-1");
        assertThat(html.select("a[href=#tbl-distribution]").eachText()).isNotEmpty().containsOnly("表 2-1");
        assertThat(html.select("a[href=#ws-2-10]").eachText()).isNotEmpty().containsOnly("表 4-2");
    }

    @Test
    void tablesAreNumberedPerChapterAndWorksheetsInAttachmentsKeepTheirOwnTitles() {
        Map<String, Integer> lastInChapter = new HashMap<>();
        List<String> own = new ArrayList<>();
        for (String caption : html.select("table.tableblock > caption.title").eachText()) {
            Matcher numbered = Pattern.compile("^表 (\\d+)-(\\d+) .+").matcher(caption);
            if (numbered.matches()) {
                int next = lastInChapter.merge(numbered.group(1), 1, Integer::sum);
                assertThat(Integer.parseInt(numbered.group(2))).as(caption).isEqualTo(next);
            } else {
                own.add(caption);
            }
        }
        assertThat(lastInChapter.keySet()).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
        assertThat(html.select("caption").eachText()).contains("表 3-3 温室气体排放核算（工作表2-8）",
                "表 6-3 中/高费方案可行性分析（工作表2-18）");
        // 附件: 1-3, one 3-2 per enterprise, the 1-4 matrix (its first part titled), the long worksheets of 附件4
        assertThat(own).contains("工作表1-3 审核对象企业名录", "工作表1-4 资料收集清单及完成情况",
                "工作表2-4 能源消耗及折标", "工作表2-7 污染物产生与排放");
        assertThat(own.stream().filter(c -> c.equals("工作表3-2 企业清洁生产诊断表（一企一策）"))).hasSize(30);
    }

    @Test
    void theIndustrySummaryIsTheRawDataAddedUp() throws IOException {
        Element table = html.getElementById("tbl-distribution");
        assertThat(table.tagName()).isEqualTo("table");
        Map<String, String> district = new HashMap<>();
        Map<String, Integer> enterprises = new HashMap<>();
        Map<String, Integer> employees = new HashMap<>();
        for (Map<String, String> row : csv("roster.csv")) {
            district.put(row.get("企业编号"), row.get("所在区县"));
            enterprises.merge(row.get("所在区县"), 1, Integer::sum);
            employees.merge(row.get("所在区县"), Integer.parseInt(row.get("从业人数")), Integer::sum);
        }
        Map<String, BigDecimal> output = new HashMap<>();
        for (Map<String, String> row : csv("production.csv")) {
            if (row.get("年份").equals("2025")) {
                output.merge(district.get(row.get("企业编号")), new BigDecimal(row.get("产量")), BigDecimal::add);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Element tr : table.select("tbody tr, tfoot tr")) {
            List<String> cells = tr.select("td").eachText();
            String group = cells.get(0);
            if (group.equals("合计")) {
                assertThat(new BigDecimal(cells.get(3))).isEqualByComparingTo(total);
                assertThat(cells.get(1)).isEqualTo("30");
                continue;
            }
            assertThat(cells.get(1)).as(group).isEqualTo(String.valueOf(enterprises.get(group)));
            assertThat(new BigDecimal(cells.get(3))).as(group).isEqualByComparingTo(output.get(group));
            assertThat(cells.get(6)).as(group).isEqualTo(String.valueOf(employees.get(group)));
            total = total.add(output.get(group));
        }
        assertThat(total).isEqualByComparingTo("859.6");
    }

    @Test
    void aFinalReportHasNothingLeftOpen() {
        assertThat(html.select(".audit-open")).isEmpty();
        assertThat(html.text()).doesNotContain("待填写", "待补充", "pass:c[");
    }

    @Test
    void pdfHasCoverContentsEveryChapterAndOneDiagnosisSectionPerEnterprise() throws IOException {
        String cover = pdf.pageText(1).replaceAll("\\s+", "");
        assertThat(cover).contains("江城市电镀行业整体清洁生产审核报告", "组织单位：江城市生态环境局（盖章）",
                "技术服务单位：江城环科清洁生产技术服务有限公司", "二〇二六年十一月", "示例项目");
        assertThat(pdf.text()).contains("目录");
        String text = pdf.compactText();
        assertThat(text).contains("图1-1行业整体清洁生产审核技术路线", "表2-1行业基本情况汇总（工作表2-1）",
                "1总论", "2行业概况", "3行业清洁生产现状", "4行业清洁生产水平诊断", "5行业共性问题诊断",
                "6清洁生产方案", "7减污降碳效益预测", "8保障措施与持续清洁生产", "9结论与建议", "附件1审核对象企业名录", "附件4审核工作表", "附件5工艺流程图与现场照片", "附图5-1电镀典型工艺流程及产排污节点", "–1–",
                "图3-1综合能耗最大的10家企业", "图5-1行业共性问题涉及企业数（帕累托图）", "图7-1清洁生产方案的削减率");
        for (Map<String, String> enterprise : csv("roster.csv")) {
            assertThat(text).contains(enterprise.get("企业编号") + enterprise.get("企业名称"));
        }
        assertThat(pdf.pageCount()).isBetween(120, 300);
    }

    @Test
    void aTableThatRunsOverSeveralPagesRepeatsItsHeaderRowOnEach() {
        // worksheet 2-4 of 附件4: 30 enterprises, one row per energy type and a 小计 row each
        String header = "企业能源品种实物量单位折标系数折标准煤（tce）单位产品综合能耗能耗限额标准值是否超限额";
        int pages = 0;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.pageText(page).replaceAll("\\s+", "").contains(header)) {
                pages++;
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void pdfEmbedsEveryFontAndMissesNoGlyph() {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.embedded()).isTrue());
        assertThat(pdf.missingGlyphs()).isEmpty();
    }

    @Test
    void pdfSetsEachRoleInTheToolkitsFontsAndRecordsThem() {
        assertThat(pdf.info("AuditFonts")).isEqualTo("正文 Noto Sans SC；标题 Noto Sans SC；表格 Noto Sans SC");
        Map<Integer, java.util.Set<String>> title = pdf.fontsOf("江城市电镀行业整体清洁生产审核报告");
        // the cover title is a heading (bold face); the running header of the last page is body text
        assertThat(title.get(1)).containsExactly("NotoSansSC-Bold");
        assertThat(title.get(pdf.pageCount())).containsExactly("NotoSansSC-Regular");
    }

    @Test
    void attachment4EndsWithTheSourcesOfTheReportsWorksheetsAndTracedCellsExplainThemselvesInHtmlOnly()
            throws IOException {
        Element sources = html.getElementById("tbl-sources");
        assertThat(sources.tagName()).isEqualTo("table");
        assertThat(sources.selectFirst("caption").text()).endsWith("数据来源与计算说明");
        Map<String, String> files = new HashMap<>();
        for (Element tr : sources.select("tbody tr")) {
            files.put(tr.child(0).text(), tr.child(1).text());
        }
        // the worksheets the report places, each with the files it reads and their rows counted here
        assertThat(files).containsKeys("工作表2-4 能源消耗及折标", "工作表2-8 温室气体排放核算", "工作表2-10 清洁生产水平评价");
        assertThat(files.get("工作表2-4 能源消耗及折标")).contains("data/energy.csv（" + csv("energy.csv").size() + " 行）");
        // one level a hover in 2-10, one per enterprise; the PDF prints none of the explanations
        // per enterprise: its level, and the two scores Y its level does not already explain
        assertThat(html.select("#ws-2-10 .audit-trace")).hasSize(3 * csv("roster.csv").size());
        assertThat(html.select("#audit-cell-details")).hasSize(1);
        assertThat(pdf.compactText()).doesNotContain("未修约", "audit-cell");
    }

    private static List<Map<String, String>> csv(String name) throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve(name), StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
