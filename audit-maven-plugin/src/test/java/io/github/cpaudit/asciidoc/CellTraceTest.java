package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ListedRows;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traced cell of a computed table carries its 计算说明 in the HTML only, as an {@code audit:value}
 * figure does: worksheet 2-4's 综合能耗 of E01 over the engine's test project, whose input rows are
 * read back from energy.csv and recomputed by hand; the PDF prints the bare table.
 */
class CellTraceTest {

    private static final String SOURCE = "= 报告\n\nworksheet::2-4[]\n";

    @TempDir
    static Path tmp;
    private static Path project;
    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void start() {
        project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), tmp.resolve("project"));
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    private static Options options(String backend, Path toFile) {
        org.asciidoctor.OptionsBuilder options = Options.builder().safe(SafeMode.SAFE).standalone(true).baseDir(project.toFile())
                .backend(backend).attributes(Attributes.builder().attribute("audit-project", project.toString())
                        .attribute("pdf-theme", "default").build());
        return toFile == null ? options.toFile(false).build() : options.toFile(toFile.toFile()).build();
    }

    @Test
    void theComprehensiveEnergyCellOfAnEnterpriseCarriesItsInputRowsInItsTitle() {
        Document html = Jsoup.parse(asciidoctor.convert(SOURCE, options("html5", null)));

        // E01's subtotal row: 甲电镀有限公司 | 小计 | … | 折标准煤 (the sixth column)
        Element subtotal = html.select("table tr").stream()
                .filter(tr -> tr.select("td").size() > 5 && tr.child(0).text().equals("甲电镀有限公司")
                        && tr.child(1).text().equals("小计"))
                .findFirst().orElseThrow();
        Element cell = subtotal.child(5).selectFirst("a.audit-trace");
        assertThat(cell).isNotNull();
        List<String> title = cell.attr("title").lines().toList();
        List<String[]> rows = ListedRows.of(project, title);
        assertThat(rows).extracting(row -> row[0] + " " + row[1] + " " + row[2])
                .containsExactly("E01 2025 电力", "E01 2025 天然气");
        BigDecimal tce = rows.stream().map(ListedRows::kgce).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(new BigDecimal(1000)).setScale(1, RoundingMode.HALF_EVEN);
        assertThat(tce).isEqualByComparingTo("255.9"); // 100 万kWh × 0.1229 + 10 万m³ × 1.3300, in tce
        assertThat(cell.text()).isEqualTo(tce.toPlainString());
        assertThat(title.get(0)).startsWith("E01 甲电镀有限公司 综合能耗 = " + tce + " tce");
        assertThat(title).contains("  data/energy.csv:2  E01 电力 实物量 100 万kWh",
                "  天然气折标系数 1.3300 kgce/m³（GB/T 2589 参考折标系数）");
        // the link points to itself, as a figure's does; an energy line's cell is traced too
        assertThat(cell.attr("href")).isEqualTo("#" + cell.id());
        assertThat(subtotal.parent().select("a.audit-trace").size()).isGreaterThan(1);
        // what is not traced stays plain text
        assertThat(subtotal.child(0).select("a")).isEmpty();
    }

    @Test
    void thePdfPrintsTheBareTable() {
        asciidoctor.requireLibrary("asciidoctor-pdf");
        Path pdf = project.resolve("report.pdf");
        asciidoctor.convert(SOURCE, options("pdf", pdf));

        PdfReport report = PdfReport.read(pdf);
        String text = report.compactText();
        assertThat(text).contains("甲电镀有限公司", "255.9", "714.3");
        // no link either: a traced cell is plain text in print
        assertThat(report.linkCount()).isZero();
        assertThat(text).doesNotContain("计算方法", "energy.csv", "未修约", "audit-cell");
    }
}
