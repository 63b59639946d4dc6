package io.github.cpaudit.publish;

import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document attributes every report gets: Chinese captions and labels (never "Table 1."),
 * numbering, the table of contents, offline HTML, the PDF theme and fonts. The toolkit's values are
 * soft defaults that a document may change in its header; the goal's {@code attributes} override
 * both.
 */
final class ReportAttributes {

    /** Captions and labels, Chinese style (typesetting.md). */
    static final Map<String, String> CHINESE_LABELS = labels();

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
        CHINESE_LABELS.forEach((name, value) -> soft(builder, name, value));
        soft(builder, "lang", "zh-CN");
        soft(builder, "sectnums", "");
        soft(builder, "sectnumlevels", "3");
        soft(builder, "toclevels", "2");
        soft(builder, "attribute-missing", "warn");
        soft(builder, "imagesdir", "images");
        builder.attribute("reproducible", "");
        builder.attribute("audit-docdir", request.sourceDir().toString());
        builder.attribute("audit-project", request.projectDir().toString());
        fontAttributes.forEach(builder::attribute);
        if (format == Format.HTML) {
            soft(builder, "toc", "left");
            soft(builder, "sectanchors", "");
            // one self-contained page: images inline; the toolkit's style embedded (HtmlStyleDocinfo)
            // instead of Asciidoctor's default stylesheet, which imports web fonts from a CDN
            builder.attribute("data-uri", "");
            builder.attribute("stylesheet", null); // null unsets and locks an attribute
            builder.attribute("webfonts", null);
        } else {
            soft(builder, "toc", "");
            builder.attribute("compress", "");
            builder.attribute("pdf-theme", theme.toString());
            builder.attribute("pdf-themesdir", themesDir.toString());
            builder.attribute("pdf-fontsdir", fontsDirs);
        }
        request.attributes().forEach(builder::attribute);
        return builder.build();
    }

    private static void soft(AttributesBuilder builder, String name, String value) {
        builder.attribute(name, value + "@");
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("toc-title", "目录");
        labels.put("table-caption", "表");
        labels.put("figure-caption", "图");
        labels.put("example-caption", "示例");
        labels.put("appendix-caption", "附件");
        labels.put("appendix-refsig", "附件");
        labels.put("chapter-signifier", "");
        labels.put("chapter-refsig", "");
        labels.put("section-refsig", "");
        labels.put("part-signifier", "");
        labels.put("part-refsig", "");
        labels.put("note-caption", "注");
        labels.put("tip-caption", "提示");
        labels.put("warning-caption", "警告");
        labels.put("important-caption", "重要");
        labels.put("caution-caption", "注意");
        labels.put("version-label", "版本");
        labels.put("last-update-label", "最后更新");
        labels.put("untitled-label", "未命名");
        // no preface-title: the content between the header and the first chapter (封二) takes no
        // "前言" heading in the PDF
        return Map.copyOf(labels);
    }
}
