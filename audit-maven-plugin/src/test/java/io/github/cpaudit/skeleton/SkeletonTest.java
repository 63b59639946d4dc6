package io.github.cpaudit.skeleton;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.data.ColumnSpec;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
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
 * The fill-in report skeleton (Appendix C) that {@code audit:init} copies into a new project,
 * rendered as the build renders it (SAFE mode, the project as base directory, the toolkit's Ruby
 * additions and extensions): in a freshly scaffolded project with empty data tables, with the
 * worked example's data, and chapter by chapter as an editor previews it.
 */
class SkeletonTest {

    /** The skeleton's folder in the sources, seen from the plugin module. */
    static final Path SKELETON = Path.of("../report-skeleton/src/main/resources/cpaudit/skeleton/project")
            .toAbsolutePath().normalize();
    /** The same folder on the class path, where {@code audit:init} reads it. */
    static final String RESOURCE = "cpaudit/skeleton/project/";
    static final String MANIFEST = "files.txt";

    /** spec/report-outline.md: front matter, chapters and their sections, attachments, as the report numbers them. */
    static final List<String> OUTLINE = List.of(
            "摘要",
            "1 总论", "1.1 任务由来与审核背景", "1.2 审核目的、原则与思路", "1.3 审核依据", "1.4 审核范围与对象",
            "1.5 审核组织与工作过程",
            "2 行业概况", "2.1 行业发展现状", "2.2 主要产品与产能利用", "2.3 主要生产工艺、装备与产品",
            "2.4 产业政策、排放标准与清洁生产要求",
            "3 行业清洁生产现状", "3.1 原辅材料消耗", "3.2 能源消耗", "3.3 水资源消耗", "3.4 污染物产生与排放",
            "3.5 温室气体排放", "3.6 环境管理状况", "3.7 物料平衡与水平衡",
            "4 行业清洁生产水平诊断", "4.1 评价依据与方法", "4.2 企业清洁生产水平评价结果", "4.3 对标分析",
            "4.4 清洁生产潜力",
            "5 行业共性问题诊断", "5.1 共性问题识别", "5.2 原因分析", "5.3 审核重点", "5.4 清洁生产目标",
            "6 清洁生产方案", "6.1 方案的产生与汇总", "6.2 方案筛选", "6.3 中/高费方案可行性分析",
            "6.4 推荐方案与实施计划", "6.5 已实施无/低费方案及其效果核定",
            "7 减污降碳效益预测", "7.1 环境效益", "7.2 节能降碳效益", "7.3 节水节材", "7.4 经济效益",
            "7.5 减污降碳协同分析", "7.6 清洁生产目标完成情况",
            "8 保障措施与持续清洁生产", "8.1 政策与管理建议", "8.2 企业持续清洁生产机制",
            "8.3 与排污许可、环评、碳排放核查、重污染天气应急等制度的衔接", "8.4 审核模式成效",
            "9 结论与建议",
            "附件1 企业名录", "附件2 企业清洁生产诊断表（一企一策）", "附件3 资料收集清单及完成情况",
            "附件4 审核工作表", "附件5 工艺流程图与现场照片");

    /** The attachment whose sections the data generate (one per enterprise), not the outline. */
    static final String GENERATED_SECTIONS = "att-diagnosis";
    static final String OPEN_ITEM = "待补充（open item）";
    static final String GUIDANCE = "编写提示";
    private static final java.util.regex.Pattern WORKSHEET = java.util.regex.Pattern.compile("工作表(\\d-\\d+)");

    @TempDir
    static Path tmp;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> log = new ArrayList<>();
    /** A freshly scaffolded project rendered in draft with the defaults, and what that logged. */
    private static Document fresh;
    private static List<LogRecord> freshLog;
    /** AsciidoctorJ also prints every record through java.util.logging; the assertions read them instead. */
    private static final java.util.logging.Logger JUL_ASCIIDOCTOR = java.util.logging.Logger.getLogger("asciidoctor");

    @BeforeAll
    static void start() {
        JUL_ASCIIDOCTOR.setUseParentHandlers(false);
        asciidoctor = Asciidoctor.Factory.create();
        // the toolkit's Ruby additions come with the extensions (SPI), as in the build
        asciidoctor.registerLogHandler(log::add);
        fresh = render(freshProject("fresh", true), Map.of());
        freshLog = List.copyOf(log);
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
        JUL_ASCIIDOCTOR.setUseParentHandlers(true);
    }

    @Test
    void filesTxtListsExactlyTheSkeletonsFilesAndEachIsOnTheClassPath() throws IOException {
        List<String> listed = manifest();
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SKELETON)) {
            files.filter(Files::isRegularFile).map(f -> SKELETON.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(MANIFEST)).forEach(onDisk::add);
        }
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(onDisk);
        // init reads them from the jar: dot files and Chinese names must survive the resources copy
        for (String file : listed) {
            assertThat(getClass().getClassLoader().getResource(RESOURCE + file)).as(file).isNotNull();
        }
    }

    @Test
    void aFreshProjectRendersEveryOutlineTitleInOrderWithoutErrors() {
        Document html = fresh;
        assertThat(errors(freshLog)).isEmpty();
        // an empty project is all blanks and empty tables: warnings, each of them an open item
        assertThat(warnings(freshLog)).isNotEmpty().allSatisfy(w -> assertThat(w).contains(OPEN_ITEM));
        assertThat(html.selectFirst("#header > h1").text()).isEqualTo("〈地区〉〈行业〉行业整体清洁生产审核报告");
        assertThat(outlineTitles(html)).containsExactlyElementsOf(OUTLINE);
        assertThat(html.select("#toc a").eachText()).containsSubsequence("摘要", "1 总论", "1.1 任务由来与审核背景",
                "9 结论与建议", "附件5 工艺流程图与现场照片");
    }

    @Test
    void everyChapterAndSectionHasAStableAsciiId() {
        for (Element heading : outlineHeadings(fresh)) {
            assertThat(heading.id()).as(heading.text()).matches("(ch|sec|att)-[a-z0-9-]+");
        }
    }

    @Test
    void crossReferencesTablesAndTheRouteFigureResolve() {
        Document html = fresh;
        List<String> internal = html.select("#content a[href^=#]").eachAttr("href");
        assertThat(internal).isNotEmpty();
        for (String href : internal) {
            assertThat(html.getElementById(href.substring(1))).as(href).isNotNull();
        }
        // every worksheet and report table of the outline is there, numbered per chapter
        assertThat(html.getElementById("ws-2-4").selectFirst("caption").text()).isEqualTo("工作表2-4 能源消耗及折标");
        assertThat(html.getElementById("ws-2-5").selectFirst("caption").text()).startsWith("表 3-");
        assertThat(html.getElementById("tbl-levels").selectFirst("caption").text()).startsWith("表 4-");
        // every worksheet of Appendix A is placed somewhere; 3-2 comes once per enterprise (none here)
        assertThat(worksheetNumbers(html)).containsExactlyInAnyOrderElementsOf(WorksheetCatalog.bundled().all().stream()
                .map(Worksheet::number).filter(n -> !n.equals("3-2")).toList());
        Element route = html.getElementById("fig-route");
        assertThat(route.selectFirst(".title").text()).isEqualTo("图 1-1 行业整体清洁生产审核技术路线");
        assertThat(route.selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
    }

    @Test
    void guidanceSidebarsShowOnlyWhenAuditGuidanceIsSet() {
        Path project = freshProject("guidance", true);

        Document shown = render(project, Map.of("audit-guidance", ""));
        for (Element heading : outlineHeadings(shown)) {
            Element section = heading.parent();
            Element body = section.hasClass("sect1") ? section.selectFirst("> .sectionbody") : section;
            assertThat(body.select("> .sidebarblock.audit-guidance > .content > .title").eachText()).as(heading.text())
                    .containsExactly(GUIDANCE);
        }
        assertThat(shown.select("#preamble .sidebarblock.audit-guidance")).as("封二").hasSize(1);

        Document hidden = render(project, Map.of("audit-guidance!", ""));
        assertThat(hidden.select(".sidebarblock")).isEmpty();
        assertThat(hidden.body().text()).doesNotContain(GUIDANCE);

        // the default: shown in a draft, hidden in a final report
        assertThat(render(project, Map.of()).select(".sidebarblock.audit-guidance")).hasSize(OUTLINE.size() + 1);
        assertThat(render(project, Map.of("audit-mode", "final")).select(".sidebarblock")).isEmpty();
    }

    @Test
    void blanksAndMissingDataRenderHighlighted() {
        Document html = fresh;
        List<String> blanks = html.select(".audit-open").eachText();
        assertThat(blanks).contains("【待填写：任务来源文件的名称及文号】", "【待填写：封面：地区，在 report.adoc 开头的 audit-region 中填写】",
                "【待填写：组长的姓名、单位和职务】");
        assertThat(blanks).allSatisfy(b -> assertThat(b).startsWith("【"));
        // an empty data table shows a notice row, highlighted too
        assertThat(html.getElementById("ws-2-5").select(".audit-open").text()).startsWith("【待补充】");
        // the guidance mentions macros literally: none of them may have been run
        assertThat(html.select(".sidebarblock.audit-guidance .audit-open")).isEmpty();
    }

    @Test
    void aProjectWithoutAnIndicatorSystemRendersWithOpenItemsOnly() {
        // a project that has not yet chosen its indicator system: the file audit.yaml names is not there
        Path project = freshProject("no-indicators", false);
        write(project.resolve("audit.yaml"), """
                industry:
                  name: 电镀
                  code: C3360
                region: 江城市
                baseline_year: 2025
                organizer: 待填写（组织单位）
                consultant: 待填写（技术服务单位）
                indicator_system: indicators/待选定.yaml
                team: []
                schedule: []
                factors:
                  grid:
                    region: 全国
                economics:
                  discount_rate: 8
                  tax_rate: 25
                balance_tolerance: 5
                rounding: half-even
                """);
        Document html = render(project, Map.of());
        assertThat(errors()).isEmpty();
        assertThat(warnings()).allSatisfy(w -> assertThat(w).contains(OPEN_ITEM));
        assertThat(outlineTitles(html)).containsExactlyElementsOf(OUTLINE);
    }

    @Test
    void withTheExamplesDataEveryComputedTableHasItsData() {
        Path project = freshProject("example-data", true);
        useExampleData(project);
        Document html = render(project, Map.of());

        assertThat(errors()).isEmpty();
        assertThat(warnings()).allSatisfy(w -> assertThat(w).contains(OPEN_ITEM)
                .doesNotContain("缺少数据").doesNotContain("没有数据").doesNotContain("数值无法计算"));
        assertThat(html.select("table .audit-open").eachText()).noneMatch(t -> t.startsWith("【待补充】"));
        assertThat(outlineTitles(html)).containsExactlyElementsOf(OUTLINE);
        // one diagnosis section per enterprise of the example, after the outline's attachment 2
        assertThat(html.select("#att-diagnosis + .sectionbody > .sect2 > h3")).hasSize(30);
        assertThat(worksheetNumbers(html)).contains("3-2");
        assertThat(html.getElementById("sec-scope").parent().text()).contains("审核对象共 30 家企业");
    }

    @Test
    void anEditorPreviewOfOneChapterGetsTheConfigurationThroughAsciidoctorconfig() throws IOException {
        Path project = freshProject("preview", true);
        Path chapter = project.resolve("src/docs/asciidoc/chapters/01-总论.adoc");
        // what IntelliJ's AsciiDoc plugin and VS Code do: the config file first, then the previewed document
        String source = Files.readString(project.resolve(".asciidoctorconfig.adoc")) + "\n" + Files.readString(chapter);
        log.clear();
        Document html = Jsoup.parse(asciidoctor.convert(source, Options.builder().safe(SafeMode.SAFE)
                .baseDir(project.toFile()).standalone(false).sourcemap(true)
                .attributes(Attributes.builder().attribute("asciidoctorconfigdir", project.toString())
                        .attribute("docdir", chapter.getParent().toString()).build()).build()));

        assertThat(errors()).isEmpty();
        assertThat(warnings()).allSatisfy(w -> assertThat(w).contains(OPEN_ITEM));
        assertThat(html.select(".sidebarblock.audit-guidance")).isNotEmpty();
        assertThat(html.getElementById("sec-background").parent().text()).contains("〈行业〉行业是〈地区〉");
        assertThat(html.getElementById("ws-1-1").selectFirst("caption").text()).startsWith("表 1-1 ");
        Element route = html.getElementById("fig-route");
        assertThat(route.selectFirst(".title").text()).startsWith("图 1-1 ");
        assertThat(Path.of(route.selectFirst("img").attr("src"))).isRegularFile();
    }

    /**
     * The captions, labels and numbering of {@code _config.adoc} are those the toolkit's jar gives every
     * report (audit_core.rb), written out for a preview without the jar (VS Code's Asciidoctor.js):
     * what the file sets, the jar sets alike; what it switches off, the jar leaves empty. The only
     * choice of the report's own in HTML: the guidance sidebars in a draft (the PDF's table of
     * contents where {@code toc::[]} stands is the other). Both sides are books, as the report is.
     */
    @Test
    void theConfigRepeatsTheToolkitsDefaultsAndChangesOnlyTheReportsOwnChoices() throws IOException {
        Map<String, Object> defaults = header(":doctype: book");
        Map<String, Object> configured = header(":doctype: book\n"
                + Files.readString(SKELETON.resolve("src/docs/asciidoc/_config.adoc"), StandardCharsets.UTF_8));
        Map<String, String> changed = new java.util.TreeMap<>();
        java.util.Set<String> names = new TreeSet<>(defaults.keySet());
        names.addAll(configured.keySet());
        for (String name : names) {
            Object before = defaults.get(name);
            Object after = configured.get(name);
            boolean offAndEmpty = after == null && "".equals(before); // e.g. chapter-signifier: printed as nothing
            if (!java.util.Objects.equals(before, after) && !offAndEmpty) {
                changed.put(name, before + " → " + after);
            }
        }
        assertThat(changed).containsOnlyKeys("audit-guidance");
        assertThat(defaults).containsEntry("table-caption", "表").containsEntry("toc-title", "目录")
                .containsEntry("sectnumlevels", "3").containsEntry("toc-position", "left").containsKey("sectnums");
    }

    /** The HTML attributes after the header {@code lines}, in the toolkit's runtime. */
    private static Map<String, Object> header(String lines) {
        return asciidoctor.load("= 报告\n" + lines + "\n", Options.builder().safe(SafeMode.SAFE).parseHeaderOnly(true)
                .attributes(Attributes.builder().attribute("audit-mode", "draft").build()).build()).getAttributes();
    }

    // --- projects ---

    /** The skeleton as init copies it (files.txt), the example's settings, and data tables with headers only. */
    private static Path freshProject(String name, boolean exampleSettings) {
        Path project = tmp.resolve(name);
        try {
            for (String file : manifest()) {
                Path target = project.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(SKELETON.resolve(file), target);
            }
            if (exampleSettings) {
                Files.copy(RenderedTables.EXAMPLE.resolve("audit.yaml"), project.resolve("audit.yaml"));
                ProjectCopy.of(RenderedTables.EXAMPLE.resolve("indicators"), project.resolve("indicators"));
                ProjectCopy.of(RenderedTables.EXAMPLE.resolve("reference"), project.resolve("reference"));
            }
            Files.createDirectories(project.resolve("data"));
            for (TableSpec table : Schema.bundled().tables()) {
                write(project.resolve("data/" + table.key() + ".csv"),
                        String.join(",", table.columns().stream().map(ColumnSpec::header).toList()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** The example's data tables in place of the empty ones. */
    private static void useExampleData(Path project) {
        try (Stream<Path> empty = Files.list(project.resolve("data"))) {
            for (Path file : empty.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProjectCopy.of(RenderedTables.EXAMPLE.resolve("data"), project.resolve("data"));
    }

    private static List<String> manifest() {
        try {
            return Files.readAllLines(SKELETON.resolve(MANIFEST), StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- rendering ---

    /** {@code report.adoc} as the build renders it to HTML, with {@code extra} attributes (an API value wins). */
    private static Document render(Path project, Map<String, String> extra) {
        Path sources = project.resolve("src/docs/asciidoc");
        AttributesBuilder attributes = Attributes.builder()
                .attribute("audit-project", project.toString())
                .attribute("audit-docdir", sources.toString())
                .attribute("imagesdir", "images@")
                .attribute("data-uri", "")
                .attribute("reproducible", "");
        extra.forEach(attributes::attribute);
        log.clear();
        String out = asciidoctor.convertFile(sources.resolve("report.adoc").toFile(), Options.builder()
                .safe(SafeMode.SAFE).baseDir(project.toFile()).standalone(true).sourcemap(true).toFile(false)
                .attributes(attributes.build()).build());
        return Jsoup.parse(out);
    }

    /** What the last rendering logged at ERROR or above. */
    private static List<String> errors() {
        return errors(log);
    }

    private static List<String> errors(List<LogRecord> records) {
        return messages(records, s -> s.ordinal() >= Severity.ERROR.ordinal());
    }

    /** What the last rendering logged as warnings. */
    private static List<String> warnings() {
        return warnings(log);
    }

    private static List<String> warnings(List<LogRecord> records) {
        return messages(records, s -> s == Severity.WARN);
    }

    private static List<String> messages(List<LogRecord> records, java.util.function.Predicate<Severity> severity) {
        return records.stream().filter(r -> r.getSeverity() != null && severity.test(r.getSeverity()))
                .map(r -> (r.getCursor() == null ? "" : r.getCursor().getFile() + ":" + r.getCursor().getLineNumber()
                        + ": ") + r.getMessage()).toList();
    }

    /** The chapter and section headings the outline prescribes (the generated 一企一策 sections left out). */
    private static List<Element> outlineHeadings(Document html) {
        List<Element> headings = new ArrayList<>();
        for (Element chapter : html.select("#content > .sect1")) {
            Element title = chapter.selectFirst("> h2");
            headings.add(title);
            if (!GENERATED_SECTIONS.equals(title.id())) {
                headings.addAll(chapter.select("> .sectionbody > .sect2 > h3"));
            }
        }
        return headings;
    }

    /** The worksheets the document shows, by the number in their captions (each once). */
    private static TreeSet<String> worksheetNumbers(Document html) {
        TreeSet<String> numbers = new TreeSet<>();
        for (String caption : html.select("#content table > caption").eachText()) {
            java.util.regex.Matcher number = WORKSHEET.matcher(caption);
            if (number.find()) {
                numbers.add(number.group(1));
            }
        }
        return numbers;
    }

    private static List<String> outlineTitles(Document html) {
        return outlineHeadings(html).stream().map(Element::text).toList();
    }
}
