package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The example report as the build published it in the package phase, read once per test JVM and
 * shared by the test classes that look at it (HTML with Jsoup, PDF with PDFBox).
 */
final class PublishedExample {

    private static final Path OUT = Path.of("target/audit");
    private static Document html;
    private static PdfReport pdf;

    private PublishedExample() {
    }

    static synchronized Document html() {
        if (html == null) {
            try {
                html = Jsoup.parse(OUT.resolve("html/index.html").toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return html;
    }

    static synchronized PdfReport pdf() {
        if (pdf == null) {
            pdf = PdfReport.read(OUT.resolve("pdf/report.pdf"));
        }
        return pdf;
    }
}
