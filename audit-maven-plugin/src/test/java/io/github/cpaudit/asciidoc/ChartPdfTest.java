package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.ReportPublisher;
import io.github.cpaudit.testing.CollectingLog;
import io.github.cpaudit.testing.PdfReport;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short report with two charts published as the goal publishes it (toolkit theme, Noto Sans SC):
 * in the PDF each chart is an image 16 cm wide with its numbered caption below it, and the HTML
 * carries the same images inside the page.
 */
class ChartPdfTest {

    @TempDir
    static Path tmp;
    private static Path project;
    private static final CollectingLog log = new CollectingLog();

    /** An image drawn on a page: its size in pixels, and its place and size in points. */
    private record Placed(int page, int pixelsWide, float x, float y, float width, float height) { }

    @BeforeAll
    static void publish() throws IOException {
        project = ProjectCopy.of(RenderedTables.EXAMPLE, tmp.resolve("project"));
        Files.writeString(project.resolve("src/docs/asciidoc/report.adoc"), """
                = 图表
                :doctype: book

                == 现状

                audit-chart::energy[top=5]

                == 共性问题

                audit-chart::issues[]
                """, StandardCharsets.UTF_8);
        new ReportPublisher(log).publish(new PublishRequest(project, project.resolve("src/docs/asciidoc"), "report.adoc",
                project.resolve("target/audit"), Set.of(Format.HTML, Format.PDF), Map.of(), null, null, FailLevel.WARN,
                tmp.resolve("cache")));
    }

    @Test
    void eachChartIsAnImageSixteenCentimetresWideWithItsCaptionBelow() throws IOException {
        assertThat(log.problems()).isEmpty();
        Path file = project.resolve("target/audit/pdf/report.pdf");
        PdfReport pdf = PdfReport.read(file);
        assertThat(pdf.compactText()).contains("图1-1综合能耗最大的企业", "图2-1行业共性问题涉及企业数（帕累托图）");
        assertThat(pdf.missingGlyphs()).isEmpty();
        List<Placed> images = images(file);
        assertThat(images).hasSize(2);
        for (Placed image : images) {
            assertThat(image.pixelsWide()).isEqualTo(1361);
            // the text width of A4 with 2.5 cm margins: 16 cm = 453.5 pt
            assertThat(image.width()).isCloseTo(453.5f, within(1f));
            float captionTop = captionTop(file, image.page(), "图");
            assertThat(captionTop).as("the caption stands below the image").isLessThan(image.y());
            assertThat(image.y() - captionTop).isLessThan(40);
        }
    }

    @Test
    void theHtmlCarriesTheSameChartsInsideThePage() throws IOException {
        Document html = Jsoup.parse(project.resolve("target/audit/html/index.html").toFile(), "UTF-8");
        assertThat(html.select("div.imageblock > div.title").eachText())
                .containsExactly("图 1-1 综合能耗最大的企业", "图 2-1 行业共性问题涉及企业数（帕累托图）");
        assertThat(html.select("div.imageblock img").eachAttr("src")).allMatch(src -> src.startsWith("data:image/png;base64,"));
    }

    /** Every image drawn in the PDF, with the matrix it was drawn with. */
    private static List<Placed> images(Path file) throws IOException {
        List<Placed> placed = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                int pageNumber = ++number;
                PDFStreamEngine engine = new PDFStreamEngine() {
                    {
                        addOperator(new Concatenate(this));
                        addOperator(new DrawObject(this));
                        addOperator(new SetGraphicsStateParameters(this));
                        addOperator(new Save(this));
                        addOperator(new Restore(this));
                        addOperator(new SetMatrix(this));
                    }

                    @Override
                    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                        if ("Do".equals(operator.getName()) && getResources().getXObject((COSName) operands.get(0))
                                instanceof PDImageXObject image) {
                            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                            placed.add(new Placed(pageNumber, image.getWidth(), ctm.getTranslateX(),
                                    ctm.getTranslateY(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                        }
                        super.processOperator(operator, operands);
                    }
                };
                engine.processPage(page);
            }
        }
        return placed;
    }

    /** The top (PDF units, from the bottom) of the first line on the page that starts with {@code start}. */
    private static float captionTop(Path file, int page, String start) throws IOException {
        float[] top = {Float.NaN};
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (Float.isNaN(top[0]) && text.startsWith(start)) {
                        TextPosition first = positions.get(0);
                        top[0] = first.getPageHeight() - first.getYDirAdj() + first.getHeightDir();
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        return top[0];
    }
}
