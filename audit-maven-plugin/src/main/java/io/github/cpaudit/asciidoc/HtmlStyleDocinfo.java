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
 * stylesheet, so the HTML stays one self-contained file that works offline.
 */
@Location(LocationType.HEADER)
final class HtmlStyleDocinfo extends DocinfoProcessor {

    static final String STYLE_RESOURCE = "cpaudit/skeleton/html/audit.css";

    @Override
    public String process(Document document) {
        if (!String.valueOf(document.getAttribute("backend")).startsWith("html")) {
            return "";
        }
        return "<style>\n" + readStyle() + "</style>";
    }

    private static String readStyle() {
        try (InputStream in = HtmlStyleDocinfo.class.getClassLoader().getResourceAsStream(STYLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
