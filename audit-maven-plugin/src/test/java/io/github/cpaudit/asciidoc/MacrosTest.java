package io.github.cpaudit.asciidoc;

import io.github.cpaudit.testing.ProjectCopy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's macros in a plain Asciidoctor that loads them through SPI, as an editor's preview
 * does, over the engine's hand-computed test project (copied, so that tests may change it).
 */
class MacrosTest {

    private static final Path ENGINE_PROJECT = Path.of("src/test/resources/engine-project");

    @TempDir
    static Path tmp;
    private static Path project;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        project = tmp.resolve("project");
        ProjectCopy.of(ENGINE_PROJECT, project);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log::add);
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    /** Writes {@code source} as the project's report.adoc and renders it (HTML body). */
    private static Document render(String source, String mode) throws IOException {
        Path file = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        log.clear();
        org.asciidoctor.AttributesBuilder attributes = Attributes.builder().sectionNumbers(true).attribute("table-caption", "表")
                .attribute("figure-caption", "图").attribute("appendix-caption", "附件")
                .attribute("audit-project", project.toString());
        if (mode != null) {
            attributes.attribute("audit-mode", mode);
        }
        String html = asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).standalone(false)
                .toFile(false).sourcemap(true).baseDir(project.toFile()).attributes(attributes.build()).build());
        return Jsoup.parse(html);
    }

    private static List<String> messages(Severity severity) {
        return log.stream().filter(r -> r.getSeverity() == severity)
                .map(r -> (r.getCursor() == null ? "" : Path.of(r.getCursor().getFile()).getFileName() + ":"
                        + r.getCursor().getLineNumber() + ": ") + r.getMessage()).toList();
    }

    @Test
    void benefitValuesAreRoundedLikeTheirTableAndNotPrintedToThirtyFourDigits() throws IOException {
        Document html = render("""
                = 报告

                年节能 audit:value[benefit.能源（tce）.reduction] tce。
                """, null);
        // by hand from data/option_effects.csv: F01 10 万kWh, F02 1.8 万kWh (the verified figure
        // replaces the estimate), F03 1 万m³ natural gas; 0.1229 kgce/kWh, 1.33 kgce/m³
        double tce = (10e4 * 0.1229 + 1.8e4 * 0.1229 + 1e4 * 1.33) / 1000;
        assertThat(html.text()).contains("年节能 " + String.format("%.1f", tce) + " tce。");
        assertThat(messages(Severity.WARN)).isEmpty();
    }

    @Test
    void valuePrintsAComputedFigureRoundedAsTheSpecSays() throws IOException {
        Document html = render("""
                = 报告

                全行业综合能耗 audit:value[energy.total.tce] tce，共 audit:value[enterprises.count] 家企业，\
                按两位小数为 audit:value[energy.total.tce,format=money]。
                """, null);
        // by hand from data/energy.csv: 100 万kWh × 0.1229 + 10 万m³ × 1.33 + 2000 MWh × 0.1229 + 1000 t × 0.7143
        double tce = 100e4 * 0.1229 / 1000 + 10e4 * 1.33 / 1000 + 2000e3 * 0.1229 / 1000 + 1000e3 * 0.7143 / 1000;
        assertThat(html.text()).contains("全行业综合能耗 " + String.format("%.1f", tce) + " tce，共 3 家企业")
                .contains("按两位小数为 " + String.format("%.2f", tce));
        assertThat(messages(Severity.WARN)).isEmpty();
        assertThat(messages(Severity.ERROR)).isEmpty();
    }

    @Test
    void anUnknownValueKeyIsADocumentErrorAtItsLine() throws IOException {
        Document html = render("= 报告\n\n第一段。\n\n能耗 audit:value[energy.totl.tce] tce。\n", "draft");
        assertThat(messages(Severity.ERROR)).singleElement().asString()
                .startsWith("report.adoc:5: 未知的数值键（unknown value key）：audit:value[energy.totl.tce]")
                .contains("energy.total.tce");
        assertThat(html.select(".audit-open").text()).contains("energy.totl.tce");
    }

    @Test
    void aBlankIsHighlightedAndAWarningInDraftAndAnErrorInFinal() throws IOException {
        String source = "= 报告\n\n== 总论\n\n本次审核由 fill:[组织单位] 组织，\n于 fill:[开始日期] 启动。\n";
        Document draft = render(source, null);
        assertThat(draft.select("p .audit-open").eachText()).containsExactly("【待填写：组织单位】", "【待填写：开始日期】");
        assertThat(messages(Severity.WARN)).containsExactly(
                "report.adoc:5: 待补充（open item）：未填写的空白（unfilled blank）：fill:[组织单位]",
                "report.adoc:6: 待补充（open item）：未填写的空白（unfilled blank）：fill:[开始日期]");
        render(source, "final");
        assertThat(messages(Severity.ERROR)).hasSize(2).allMatch(m -> m.contains("fill:["));
        assertThat(messages(Severity.WARN)).isEmpty();
    }

    @Test
    void worksheetsAreNumberedPerChapterKeepTheirOwnNumberAndOwnTitleInAttachments() throws IOException {
        Document html = render("""
                = 报告
                :doctype: book

                == 总论

                .普通表
                |===
                |a
                |===

                == 行业清洁生产现状

                能耗见<<ws24>>。

                [[ws24]]
                worksheet::2-4[]

                [appendix]
                == 企业名录

                worksheet::1-3[]

                .附件里的普通表
                |===
                |b
                |===
                """, null);
        assertThat(html.select("caption").eachText()).containsExactly("表 1-1 普通表",
                "表 2-1 能源消耗及折标（工作表2-4）", "工作表1-3 审核对象企业名录", "附表1-1 附件里的普通表");
        assertThat(html.select("a[href=#ws24]").text()).isEqualTo("表 2-1");
        assertThat(messages(Severity.ERROR)).isEmpty();
    }

    @Test
    void aBlankFormHasTheCatalogHeaderEmptyRowsAndTheSignatureLineAndIsNeverOpen() throws IOException {
        Document html = render("= 报告\n\n== 表\n\nworksheet::2-5[form=blank,rows=3]\n", "final");
        Element table = html.selectFirst("table");
        assertThat(RenderedTables.cells(table).get(0))
                .containsExactly("企业", "新鲜水量（m³）", "重复用水量（m³）", "重复利用率（%）", "单位产品取水量");
        assertThat(table.select("tbody tr")).hasSize(3);
        assertThat(table.select("tbody td").eachText()).allMatch(String::isBlank);
        assertThat(html.text()).contains("制表：＿＿＿＿＿＿　审核：＿＿＿＿＿＿　日期：＿＿＿＿＿＿");
        assertThat(messages(Severity.ERROR)).isEmpty();
        assertThat(messages(Severity.WARN)).isEmpty();
    }

    @Test
    void missingDataIsANoticeRowAndAnOpenItemAtTheMacrosLine() throws IOException {
        String source = "= 报告\n\n== 组织\n\n审核组见下表。\n\nworksheet::1-1[]\n";
        Document draft = render(source, "draft");
        Element notice = draft.selectFirst("table td .audit-open");
        assertThat(notice.text()).isEqualTo("【待补充】缺少数据：audit.yaml 的审核工作组（team）");
        assertThat(notice.closest("td").attr("colspan")).isEqualTo("7");
        assertThat(messages(Severity.WARN)).containsExactly(
                "report.adoc:7: 待补充（open item）：缺少数据：audit.yaml 的审核工作组（team）（worksheet::1-1[]）");
        render(source, "final");
        assertThat(messages(Severity.ERROR)).singleElement().asString().startsWith("report.adoc:7: 待补充");
    }

    @Test
    void unknownWorksheetsTablesAndOptionsAreDocumentErrorsInEveryMode() throws IOException {
        render("""
                = 报告

                == 表

                worksheet::2-40[]

                audit-table::level[]

                worksheet::2-4[top=0]

                worksheet::2-4[enterprise=E99]
                """, "draft");
        assertThat(messages(Severity.ERROR)).containsExactly(
                "report.adoc:5: 未知的工作表编号（unknown worksheet）：2-40，应为 1-1 至 1-5、2-1 至 2-22、3-1 或 3-2（worksheet::2-40[]）",
                "report.adoc:7: 未知的表格名称（unknown table）：level，可用的有：levels、carbon、potential、synergy、findings、sources、round-energy、round-water、round-totals、round-levels、round-options、round-targets、evidence、performance、acceptance-options（audit-table::level[]）",
                "report.adoc:9: top= 应为正整数（positive integer），实为“0”（worksheet::2-4[]）",
                "report.adoc:11: enterprise= 指定的企业不在企业名录中（unknown enterprise）：“E99”（worksheet::2-4[]）");
    }

    @Test
    void optionsRestrictSortAndCutAndTheTotalsRowAddsWhatIsShown() throws IOException {
        Element table = render("= 报告\n\n== 能耗\n\naudit-table::carbon[sort=-tce,top=2]\n", null).selectFirst("table");
        List<List<String>> cells = RenderedTables.cells(table);
        // by hand: E03 1000 t coal → 714.3 tce; E01 100 万kWh + 10 万m³ gas → 122.9 + 133.0 = 255.9; E02 245.8
        assertThat(cells.get(1).subList(0, 2)).containsExactly("丙电镀有限公司", "714.3");
        assertThat(cells.get(2).subList(0, 2)).containsExactly("甲电镀有限公司", "255.9");
        assertThat(cells).hasSize(4);
        assertThat(cells.get(3).subList(0, 2)).containsExactly("合计", "970.2");
        Element one = render("= 报告\n\n== 能耗\n\nworksheet::2-4[enterprise=乙电镀有限公司]\n", null).selectFirst("table");
        assertThat(RenderedTables.cells(one)).extracting(row -> row.get(0)).containsOnly(
                "企业", "乙电镀有限公司");
    }

    /**
     * A project's template may break a cell's text between Chinese characters: the HTML joins it as
     * in prose (the tables generated without such a break are passed by), and the next cell's break
     * before a Latin word stays a space.
     */
    @Test
    void aSoftBreakInAProjectTemplatesCellIsJoined() throws IOException {
        withOwnTemplate("table-levels.vm", own -> {
            Files.writeString(own, "[cols=\"1,1\"]\n|===\n|水平\n等级 |共\nabc $rows.size() 行\n|===\n", StandardCharsets.UTF_8);
            Document html = render("= 报告\n\n== 水平\n\naudit-table::levels[]\n", null);
            List<String> first = RenderedTables.cells(html.selectFirst("table")).get(0);
            assertThat(first.get(0)).isEqualTo("水平等级");
            assertThat(first.get(1)).startsWith("共 abc ");
        });
    }

    @Test
    void aProjectTemplateOverridesTheDefaultAndABrokenOneIsAnErrorNamingIt() throws IOException {
        withOwnTemplate("table-levels.vm", own -> {
            Files.writeString(own, "[cols=\"1,1\"]\n|===\n|自定义 |$rows.size()\n|===\n", StandardCharsets.UTF_8);
            Document html = render("= 报告\n\n== 水平\n\naudit-table::levels[]\n", null);
            assertThat(RenderedTables.cells(html.selectFirst("table")).get(0).get(0)).isEqualTo("自定义");
            Files.writeString(own, "|===\n|$rows.nosuchthing\n|===\n", StandardCharsets.UTF_8);
            render("= 报告\n\n== 水平\n\naudit-table::levels[]\n", null);
            assertThat(messages(Severity.ERROR)).singleElement().asString()
                    .startsWith("report.adoc:5: 表格模板出错（template error）：" + own);
        });
    }

    private interface TemplateCheck {
        void run(Path own) throws IOException;
    }

    /** Runs {@code check} with the project's own template {@code name} (which it writes), deleted afterwards. */
    private static void withOwnTemplate(String name, TemplateCheck check) throws IOException {
        Path templates = project.resolve("src/docs/templates");
        Files.createDirectories(templates);
        Path own = templates.resolve(name);
        try {
            check.run(own);
        } finally {
            Files.delete(own);
        }
    }

    @Test
    void theDataAreReadOncePerInstanceWhateverTheNumberOfMacrosAndAgainOnlyWhenAFileChanges() throws IOException {
        StringBuilder source = new StringBuilder("= 报告\n\n== 表\n\n");
        for (int i = 0; i < 30; i++) {
            source.append("worksheet::2-4[]\n\naudit-table::carbon[]\n\n能耗 audit:value[energy.total.tce] tce。\n\n");
        }
        Path energy = project.resolve("data/energy.csv");
        Files.setLastModifiedTime(energy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        render(source.toString(), null);
        assertThat(loads()).isEqualTo(1);
        // one line for the phase: how many enterprises, and how long reading and calculating took
        assertThat(dataLines()).singleElement().asString().matches("读取并计算项目数据（data）：3 家企业，\\d+\\.\\d s");
        render(source.toString(), null);
        assertThat(loads()).isZero();
        Files.setLastModifiedTime(energy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10000));
        render(source.toString(), null);
        assertThat(loads()).isEqualTo(1);
    }

    private static long loads() {
        return messages(Severity.INFO).stream().filter(m -> m.startsWith("读取并计算项目数据（data）：3 家企业")).count();
    }

    /**
     * Data edited between two conversions of one instance (an editor's preview) are read again,
     * never printed stale. On a copy of its own, so that the session's cache of the main copy stays
     * as the other tests left it.
     */
    @Test
    void anEnterpriseAddedBetweenConversionsIsCountedInTheNext() throws IOException {
        Path other = ProjectCopy.of(ENGINE_PROJECT, tmp.resolve("edited"));
        assertThat(enterpriseCount(other)).isEqualTo("3");
        assertThat(dataLines()).singleElement().asString().startsWith("读取并计算项目数据（data）：3 家企业");
        Path roster = other.resolve("data/roster.csv");
        String third = Files.readAllLines(roster, StandardCharsets.UTF_8).get(3);
        Files.writeString(roster, third.replace("E03", "E04").replace("丙电镀", "丁电镀") + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(enterpriseCount(other)).isEqualTo("4");
        assertThat(dataLines()).singleElement().asString().startsWith("读取并计算项目数据（data）：4 家企业");
    }

    /**
     * A table printed once is printed from memory while the data stay (the HTML and the PDF, every
     * preview render), and printed anew when they change: the added enterprise is a row of 1-3.
     */
    @Test
    void aTableAfterADataEditShowsTheNewRow() throws IOException {
        Path other = ProjectCopy.of(ENGINE_PROJECT, tmp.resolve("table-edited"));
        assertThat(enterpriseNames(other)).contains("甲电镀有限公司").doesNotContain("丁电镀有限公司");
        assertThat(enterpriseNames(other)).contains("甲电镀有限公司").doesNotContain("丁电镀有限公司");
        Path roster = other.resolve("data/roster.csv");
        String third = Files.readAllLines(roster, StandardCharsets.UTF_8).get(3);
        Files.writeString(roster, third.replace("E03", "E04").replace("丙电镀", "丁电镀") + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(enterpriseNames(other)).contains("甲电镀有限公司", "丁电镀有限公司");
    }

    /** The enterprise column of worksheet 1-3 as a document of {@code projectDir} prints it. */
    private static List<String> enterpriseNames(Path projectDir) throws IOException {
        Path file = projectDir.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "= 报告\n\nworksheet::1-3[]\n", StandardCharsets.UTF_8);
        String html = asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).standalone(false)
                .toFile(false).baseDir(projectDir.toFile())
                .attributes(Attributes.builder().attribute("audit-project", projectDir.toString()).build()).build());
        return Jsoup.parse(html).select("table tbody tr td:eq(1)").eachText();
    }

    /** audit:value[enterprises.count] as a document of {@code projectDir} prints it. */
    private static String enterpriseCount(Path projectDir) throws IOException {
        Path file = projectDir.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "= 报告\n\n企业 audit:value[enterprises.count] 家。\n", StandardCharsets.UTF_8);
        log.clear();
        String html = asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).standalone(false)
                .toFile(false).baseDir(projectDir.toFile())
                .attributes(Attributes.builder().attribute("audit-project", projectDir.toString()).build()).build());
        return Jsoup.parse(html).text().replaceAll("\\D", "");
    }

    private static List<String> dataLines() {
        return messages(Severity.INFO).stream().filter(m -> m.startsWith("读取并计算项目数据")).toList();
    }
}
