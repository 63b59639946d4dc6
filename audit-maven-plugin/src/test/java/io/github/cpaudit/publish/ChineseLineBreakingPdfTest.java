package io.github.cpaudit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.fonts.PdfFonts;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese line breaking in a real PDF (toolkit theme, Noto Sans SC), against asciidoctor-pdf's own
 * {@code scripts=cjk} in the same runtime: a paragraph and a table cell dense with "，" "。" "）"
 * "（", read back line by line with PDFBox.
 */
class ChineseLineBreakingPdfTest {

    private static final String NO_START = "，。、；：！？）》」』】”’…—%℃·";
    private static final String NO_END = "（《「『【“‘";
    private static final String[] CLAUSES = {
        "清洗方式落后", "单位产品每次清洗取水量偏高", "锌、镍利用率低于Ⅱ级基准值", "镀液带出损失大",
        "仍有企业使用含氰工艺", "园区外部分企业废水分质收集不彻底", "酸雾收集效率偏低", "电镀污泥减量化水平不高",
        "危险废物贮存设施不规范", "能源和水计量器具配备不全", "审核", "见附件",
    };
    private static final String MARKS = "，。；，：，、！，？";
    /** A page number in the footer: – 1 –. */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile("–\\s*\\d+\\s*–");

    @TempDir
    static Path tmp;
    private static final List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static PdfReport stock;
    private static PdfReport ours;
    private static Path oursFile;
    private static String prose;
    private static String cellText;

    @BeforeAll
    static void publishBoth() throws IOException {
        Path project = tmp.resolve("project");
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        prose = prose(0, 90);
        cellText = prose(5, 40);
        Path source = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                = 断行测试
                :toc!:

                == 行业共性问题（诊断）

                新鲜水削减 audit:value[benefit.新鲜水（m³）.reduction] m³。%s

                [cols="1,4"]
                |===
                |问题 |%s
                |===
                """.formatted(prose, cellText), StandardCharsets.UTF_8);
        try (ReportRuntime runtime = new ReportRuntime(records::add)) {
            runtime.loadPdf(true);
            stock = convert(runtime, project, Map.of("scripts", "cjk"), "stock.pdf");
            oursFile = project.resolve("target/ours.pdf");
            ours = convert(runtime, project, Map.of(), "ours.pdf");
        }
    }

    @Test
    void asciidoctorPdfLogsNothing() {
        // no "Could not locate the character" or any other complaint about U+200B
        assertThat(records).filteredOn(r -> r.getSeverity().ordinal() >= Severity.WARN.ordinal()
                || r.getMessage().contains("200B") || r.getMessage().contains("200b")).isEmpty();
    }

    private static PdfReport convert(ReportRuntime runtime, Path project, Map<String, String> attributes, String name) {
        PublishRequest request = new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target"), Set.of(Format.PDF), attributes, null, null, FailLevel.ERROR, tmp.resolve("cache"));
        Path target = project.resolve("target").resolve(name);
        runtime.convert(request.masterFile(), ConversionOptions.of(request, Format.PDF, target,
                new PdfAssets(request.cacheDir()), PdfFonts.defaults()));
        return PdfReport.read(target);
    }

    /** Clauses of varied length, some in brackets, each closed by a mark: the marks land anywhere in a line. */
    private static String prose(int from, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            String clause = CLAUSES[i * 7 % CLAUSES.length];
            String quoted = i % 5 == 2 ? "“" + clause + "”" : clause;
            text.append(i % 4 == 1 ? "（" + quoted + "）" : quoted).append(MARKS.charAt(i * 3 % MARKS.length()));
        }
        return text.append("。").toString();
    }

    private static List<String> lines(PdfReport pdf) {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            pdf.pageText(page).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !FOOTER.matcher(line).matches()).forEach(lines::add);
        }
        return lines;
    }

    private static List<String> startingWrong(PdfReport pdf) {
        return lines(pdf).stream().filter(line -> NO_START.indexOf(line.codePointAt(0)) >= 0).toList();
    }

    private static List<String> endingWrong(PdfReport pdf) {
        return lines(pdf).stream().filter(line -> NO_END.indexOf(line.codePointBefore(line.length())) >= 0).toList();
    }

    @Test
    void stockScriptsCjkStartsLinesWithClosingMarks() {
        // the defect this replaces: asciidoctor-pdf breaks before every CJK character, "，" included
        assertThat(startingWrong(stock)).isNotEmpty();
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        assertThat(lines(ours)).hasSizeGreaterThan(30); // the paragraph and the cell wrapped many times
        assertThat(startingWrong(ours)).isEmpty();
        assertThat(endingWrong(ours)).isEmpty();
    }

    @Test
    void theTextIsCompleteWithoutBreakCharactersOrMissingGlyphs() {
        assertThat(ours.text()).doesNotContain("\u200B");
        assertThat(ours.missingGlyphs()).isEmpty();
        // 8600 + 500 m³ (data/option_effects.csv, F01 and F04): the value key with hanzi still resolves
        assertThat(String.join("", lines(ours)).replaceAll("\\s+", "")).contains("新鲜水削减9100m³。" + prose).contains("问题" + cellText)
                .contains("1行业共性问题（诊断）");
    }

    @Test
    void theOutlineHasTheTitlesWithoutBreakCharacters() throws IOException {
        try (PDDocument document = Loader.loadPDF(oursFile.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).contains("1 行业共性问题（诊断）");
        }
    }
}
