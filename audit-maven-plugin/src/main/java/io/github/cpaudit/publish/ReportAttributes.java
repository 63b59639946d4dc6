package io.github.cpaudit.publish;

import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;

import java.nio.file.Path;
import java.util.Map;

/**
 * The document attributes that are the build's own: the document's folder and the project, the
 * fonts, offline HTML, the PDF theme and compression, and the goal's {@code attributes}, which
 * override everything. The defaults every report gets (Chinese captions and labels, numbering, the
 * table of contents) are the toolkit's Ruby ({@code audit_core.rb}), applied in every conversion of
 * an instance with the jar, so that an editor's preview shows them too.
 */
final class ReportAttributes {

    private ReportAttributes() {
    }

    /**
     * @param theme          the PDF theme file ({@code null} for HTML)
     * @param themesDir      the folder the theme's images and extended themes resolve against
     * @param fontsDirs      {@code pdf-fontsdir}
     * @param fontAttributes the fonts' attributes ({@code audit-chart-font}, {@code audit-pdf-fonts})
     */
    static Attributes forFormat(Format format, PublishRequest request, Path theme, Path themesDir, String fontsDirs,
            Map<String, String> fontAttributes) {
        AttributesBuilder builder = Attributes.builder();
        builder.attribute("reproducible", "");
        builder.attribute("audit-docdir", request.sourceDir().toString());
        builder.attribute("audit-project", request.projectDir().toString());
        fontAttributes.forEach(builder::attribute);
        if (format == Format.HTML) {
            // one self-contained page: images inline; the toolkit's style embedded (HtmlStyleDocinfo)
            // instead of Asciidoctor's default stylesheet, which imports web fonts from a CDN
            builder.attribute("data-uri", "");
            builder.attribute("stylesheet", null); // null unsets and locks an attribute
            builder.attribute("webfonts", null);
        } else {
            builder.attribute("compress", "");
            builder.attribute("pdf-theme", theme.toString());
            builder.attribute("pdf-themesdir", themesDir.toString());
            builder.attribute("pdf-fontsdir", fontsDirs);
        }
        request.attributes().forEach(builder::attribute);
        return builder.build();
    }
}
