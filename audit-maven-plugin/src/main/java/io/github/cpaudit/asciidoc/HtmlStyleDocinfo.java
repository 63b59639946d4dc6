package io.github.cpaudit.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.DocinfoProcessor;
import org.asciidoctor.extension.Location;
import org.asciidoctor.extension.LocationType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Embeds the toolkit's HTML style (report-skeleton) in the page head, after Asciidoctor's default
 * stylesheet, and the small script that opens a figure's 计算说明 on a click, so the HTML stays one
 * self-contained file that works offline.
 */
@Location(LocationType.HEADER)
final class HtmlStyleDocinfo extends DocinfoProcessor {

    static final String STYLE_RESOURCE = "cpaudit/skeleton/html/audit.css";
    static final String TRACE_SCRIPT = "cpaudit/skeleton/html/audit-trace.js";

    @Override
    public String process(Document document) {
        if (!isHtml(document)) {
            return "";
        }
        return "<style>\n" + read(STYLE_RESOURCE) + "</style>\n<script>\n" + read(TRACE_SCRIPT) + "</script>";
    }

    /** Whether the document is being converted to HTML (not PDF): only HTML carries the figures' details. */
    static boolean isHtml(Document document) {
        return String.valueOf(document.getAttribute("backend")).startsWith("html");
    }

    private static String read(String resource) {
        try (InputStream in = HtmlStyleDocinfo.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
