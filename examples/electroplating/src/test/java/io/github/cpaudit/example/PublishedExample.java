package io.github.cpaudit.example;

import io.github.cpaudit.testing.PdfReport;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The example report as the build published it in the package phase, read once per test JVM and
 * shared by the test classes that look at it (HTML with Jsoup, PDF with PDFBox, DOCX with POI).
 */
final class PublishedExample {

    private static final Path OUT = Path.of("target/audit");
    private static Document html;
    private static PdfReport pdf;
    private static XWPFDocument docx;

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

    static synchronized XWPFDocument docx() {
        if (docx == null) {
            try (InputStream in = Files.newInputStream(OUT.resolve("docx/report.docx"))) {
                docx = new XWPFDocument(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docx;
    }
}
