package io.github.cpaudit.docx;

import io.github.cpaudit.problem.AuditException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page and type of the DOCX, in points, taken from the PDF theme so that both look alike: A4,
 * the theme's margins, 小四 body with its line spacing and first-line indent, heading, table and
 * caption sizes; and the font family of each role (正文, 标题, 表格). A key the theme does not give
 * (one that extends another theme) keeps the toolkit's default theme's value.
 *
 * @param margins    top, right, bottom, left
 * @param bodySize   body text (小四 12 pt)
 * @param lineHeight baseline to baseline (24 pt): the body's "at least" line spacing
 * @param textIndent the first line of a paragraph (two characters, 24 pt)
 * @param headings   chapter (三号 16), section (四号 14), subsection (14)
 * @param tableSize  table cells (五号 10.5)
 * @param captionSize captions (10.5)
 * @param bodyFont    the body's family (also captions, header and footer)
 * @param headingFont the headings' family
 * @param tableFont   the tables' family
 */
public record DocxLayout(double[] margins, double bodySize, double lineHeight, double textIndent, double[] headings,
        double tableSize, double captionSize, String bodyFont, String headingFont, String tableFont) {

    /** The toolkit's theme font, when neither a parameter nor the theme names one. */
    public static final String DEFAULT_FONT = "Noto Sans SC";

    /**
     * The layout of {@code theme} (an asciidoctor-pdf YAML theme) with the fonts chosen per role
     * ({@code null}: the theme's {@code base}/{@code heading}/{@code table} family).
     */
    public static DocxLayout fromTheme(Path theme, String bodyFont, String headingFont, String tableFont) {
        Map<String, Object> keys = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(theme, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (root instanceof Map<?, ?> map) {
                flatten("", map, keys);
            }
        } catch (IOException | RuntimeException e) {
            throw new AuditException("无法读取 PDF 主题（theme unreadable），DOCX 的版式取自它：" + theme + "：" + e.getMessage());
        }
        double body = length(keys.get("base_font_size"), 12);
        String themeBody = family(keys.get("base_font_family"), DEFAULT_FONT);
        String themeHeading = family(keys.get("heading_font_family"), themeBody);
        String themeTable = family(keys.get("table_font_family"), themeBody);
        return new DocxLayout(margins(keys.get("page_margin")), body,
                length(keys.get("base_line_height_length"), body * number(keys.get("base_line_height"), 2.0)),
                length(keys.get("prose_text_indent"), 24),
                new double[] {length(keys.get("heading_h2_font_size"), 16), length(keys.get("heading_h3_font_size"), 14),
                    length(keys.get("heading_h4_font_size"), 14)},
                length(keys.get("table_font_size"), 10.5), length(keys.get("caption_font_size"), 10.5),
                bodyFont != null ? bodyFont : themeBody, headingFont != null ? headingFont : themeHeading,
                tableFont != null ? tableFont : bodyFont != null ? bodyFont : themeTable);
    }

    /** The heading size of a section level (1 = chapter). */
    double headingSize(int level) {
        return headings[Math.min(Math.max(level, 1), headings.length) - 1];
    }

    /** Keys as asciidoctor-pdf reads them: nested maps joined by "_", hyphens as "_". */
    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into) {
        map.forEach((key, value) -> {
            String name = prefix + String.valueOf(key).replace('-', '_').toLowerCase(Locale.ROOT);
            if (value instanceof Map<?, ?> nested) {
                flatten(name + "_", nested, into);
            } else {
                into.put(name, value);
            }
        });
    }

    private static String family(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    /** A: all four; [a, b]: top/bottom, sides; [a, b, c, d]: top, right, bottom, left (as CSS). */
    private static double[] margins(Object value) {
        double cm = 72 / 2.54;
        if (value instanceof List<?> list && !list.isEmpty()) {
            double[] m = list.stream().mapToDouble(v -> length(v, 2.5 * cm)).toArray();
            return switch (m.length) {
                case 1 -> new double[] {m[0], m[0], m[0], m[0]};
                case 2, 3 -> new double[] {m[0], m[1], m.length == 3 ? m[2] : m[0], m[1]};
                default -> new double[] {m[0], m[1], m[2], m[3]};
            };
        }
        double all = length(value, 2.5 * cm);
        return new double[] {all, all, all, all};
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A theme length in points: a number (pt) or "2.5cm", "25mm", "1in", "12pt", "16px". */
    static double length(Object value, double fallback) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        double[] units = {72 / 2.54, 72 / 25.4, 72, 1, 0.75};
        String[] names = {"cm", "mm", "in", "pt", "px"};
        for (int i = 0; i < names.length; i++) {
            if (text.endsWith(names[i])) {
                try {
                    return Double.parseDouble(text.substring(0, text.length() - 2).trim()) * units[i];
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
