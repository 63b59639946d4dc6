package io.github.cpaudit.asciidoc;

import io.github.cpaudit.testing.ProjectCopy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.WorksheetCatalog;
import io.github.cpaudit.testing.PageDetails;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from data reach the document escaped in every kind of cell: the example project with an
 * AsciiDoc, HTML and directive look-alike written into the text columns of its tables and into
 * audit.yaml, rendered through every computed worksheet, every report table and the 一企一策
 * sections, in HTML and PDF. It must print exactly as written (line breaks as spaces) and nothing
 * may be included, interpreted or run.
 */
class DataEscapingTest {

    static final String EVIL = "A|B *粗体* {attr} include::/etc/passwd[] pass:[<b>x</b>] <script>alert(1)</script>"
            + "\n|===\n++++\n= 标题\n// 注释\n:attr: x _斜体_ `代码` <<ref>> link:http://x[y] \\";
    static final String PRINTED = EVIL.replace('\n', ' ');

    @TempDir
    static Path tmp;
    private static Path project;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() throws IOException {
        project = tmp.resolve("example");
        ProjectCopy.of(RenderedTables.EXAMPLE, project);
        poison("roster.csv", "企业名称");
        poison("materials.csv", "材料");
        poison("equipment.csv", "名称");
        poison("issues.csv", "问题描述");
        poison("options.csv", "方案名称");
        poison("options.csv", "技术评估");
        poison("activities.csv", "主要内容");
        poison("management.csv", "环评批复");
        poison("targets.csv", "依据");
        poison("balances.csv", "项目");
        Path yaml = project.resolve("audit.yaml");
        String config = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, config.replace("name: 周建国", "name: \"" + EVIL.replace("\\", "\\\\")
                .replace("\n", "\\n") + "\""), StandardCharsets.UTF_8);
        StringBuilder source = new StringBuilder(RenderedTables.everyComputedWorksheet());
        source.append("== 报告表格\n\n");
        for (String name : List.of("levels", "carbon", "potential", "synergy", "findings")) {
            source.append("audit-table::").append(name).append("[]\n\n");
        }
        source.append("[appendix]\n== 企业清洁生产诊断表\n\naudit-enterprises::[enterprise=E01]\n");
        tables = new RenderedTables(project);
        html = tables.page(source.toString());
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void everyCellWithAPoisonedValuePrintsItWhole() {
        List<String> cells = html.select("td, th").eachText();
        List<String> poisoned = cells.stream().filter(text -> text.contains("A|B")).toList();
        assertThat(poisoned).allSatisfy(text -> assertThat(text).contains(PRINTED.strip()));
        // team (audit.yaml), roster name, activity, material, energy (by name), equipment, management,
        // issue, target basis, option name (2-16, 2-22, 3-2), balance item
        for (String number : List.of("1-1", "1-3", "1-5", "2-3", "2-4", "2-6", "2-9", "2-12", "2-15", "2-16",
                "2-22", "2-20", "3-2")) {
            assertThat(RenderedTables.worksheet(html, number).select("td").eachText()).as(number)
                    .anySatisfy(text -> assertThat(text).contains(PRINTED.strip()));
        }
    }

    @Test
    void everyTableRenderedWithoutAnError() {
        assertThat(tables.log()).noneMatch(r -> r.getSeverity() == org.asciidoctor.log.Severity.ERROR);
    }

    @Test
    void nothingIsInterpretedIncludedOrRun() {
        // the page's two scripts are the toolkit's: its code, and the cells' details as data it only parses
        assertThat(html.select("script")).hasSize(2);
        assertThat(html.select("#content script, script[src]")).isEmpty();
        assertThat(html.select("script[type=application/json]").eachAttr("id")).containsExactly("audit-cell-details");
        // templates may bold their own words (审核发现); nothing from the data is formatted
        assertThat(html.select("b")).isEmpty();
        assertThat(html.select("strong, em, code").eachText()).noneMatch(text -> text.contains("粗体")
                || text.contains("斜体") || text.contains("代码") || text.contains("A|B"));
        // no links in tables; a traced cell holds no markup, and its details, which the data element carries
        // as JSON (no text of it can end the element), name the poisoned enterprise exactly as written
        assertThat(html.select("table a")).isEmpty();
        assertThat(html.select("table .audit-trace")).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.children()).isEmpty());
        assertThat(html.getElementById("audit-cell-details").data()).doesNotContain("<", ">", "&");
        assertThat(PageDetails.of(html).all().values()).filteredOn(lines -> String.join("\n", lines).contains("A|B"))
                .isNotEmpty().allSatisfy(lines -> assertThat(String.join("\n", lines)).contains(EVIL.strip()));
        assertThat(html.text()).doesNotContain("root:").doesNotContain("pass:c[");
        for (Element table : html.select("table.tableblock")) {
            assertThat(table.select("td table")).as("no table inside a cell").isEmpty();
        }
    }

    @Test
    void theEnterpriseSectionTitleIsEscapedToo() {
        assertThat(html.select("h2, h3").eachText()).anySatisfy(title -> assertThat(title).contains(PRINTED.strip()));
    }

    @Test
    void thePdfPrintsTheSameText() {
        Path pdf = project.resolve("escape.pdf");
        try (org.asciidoctor.Asciidoctor asciidoctor = org.asciidoctor.Asciidoctor.Factory.create()) {
            asciidoctor.requireLibrary("asciidoctor-pdf");
            asciidoctor.convert("= 表\n\n== 名录\n\nworksheet::1-3[]\n\nworksheet::1-1[]\n", Options.builder()
                    .safe(SafeMode.SAFE).baseDir(project.toFile()).backend("pdf").toFile(pdf.toFile())
                    .attributes(Attributes.builder().attribute("pdf-theme", "default")
                            .attribute("audit-project", project.toString()).build()).build());
        }
        String text = PdfReport.read(pdf).compactText();
        // the default theme's font has no Chinese glyphs, but text extraction still returns them
        assertThat(text).contains(PRINTED.replaceAll("[\\s\\u200b]+", "")).doesNotContain("root:");
    }

    /** Writes {@link #EVIL} into the first data row's column {@code header} of a data file. */
    private static void poison(String file, String header) throws IOException {
        Path csv = project.resolve("data").resolve(file);
        List<String> headers;
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        rows.get(0).set(headers.indexOf(header), EVIL);
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    static {
        // keeps the catalog on the classpath check honest: the test renders every computed worksheet
        WorksheetCatalog.bundled();
    }
}
