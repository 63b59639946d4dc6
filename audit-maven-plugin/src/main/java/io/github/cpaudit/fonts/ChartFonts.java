package io.github.cpaudit.fonts;

import io.github.cpaudit.catalog.RenderException;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The font the charts' texts are drawn in: the PDF body's font file, so that a chart's Chinese
 * labels look like the text around them. A font is read once per instance (one per Asciidoctor
 * session) and reused; nothing is registered with the JVM.
 */
public final class ChartFonts {

    /** Noto Sans SC from the ph-fonts jar, when no body font is named (editor preview, tests). */
    public static final String DEFAULT_RESOURCE = BundledFonts.BODY_RESOURCE;

    private final Map<String, Font> loaded = new HashMap<>();

    /**
     * The font named by {@code file}: a TrueType file ({@code …/simfang.ttf}), or a face of a
     * collection ({@code …/simsun.ttc#SimSun}, by its name, family or PostScript name); the default
     * font when {@code file} is null or blank.
     *
     * @throws RenderException when the file is missing, unreadable, not TrueType or has no such face
     */
    public synchronized Font font(String file) {
        String key = file == null || file.isBlank() ? "" : file.trim();
        Font font = loaded.get(key);
        if (font == null) {
            font = key.isEmpty() ? bundled() : fromFile(key);
            loaded.put(key, font);
        }
        return font;
    }

    private static Font bundled() {
        try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new RenderException("插件缺少图表字体（missing resource）：" + DEFAULT_RESOURCE
                        + "。插件安装不完整，请重新构建或安装 audit-maven-plugin。");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new RenderException("无法读取图表字体（font unreadable）：" + DEFAULT_RESOURCE + "：" + e.getMessage());
        }
    }

    private static Font fromFile(String spec) {
        int hash = spec.lastIndexOf('#');
        Path file = Path.of(hash < 0 ? spec : spec.substring(0, hash));
        String face = hash < 0 ? null : spec.substring(hash + 1).trim();
        if (!Files.isRegularFile(file)) {
            throw new RenderException("找不到图表字体文件（font not found）：" + file);
        }
        Font[] fonts;
        try {
            fonts = Font.createFonts(file.toFile());
        } catch (IOException | FontFormatException e) {
            throw new RenderException("无法读取图表字体（font unreadable）：" + file + "：" + e.getMessage()
                    + "。只能使用 TrueType 字体（.ttf 或 .ttc）");
        }
        if (face == null || face.isEmpty()) {
            return fonts[0];
        }
        List<String> names = new ArrayList<>();
        for (Font font : fonts) {
            List<String> known = List.of(font.getFontName(Locale.ROOT), font.getFontName(Locale.CHINA),
                    font.getFamily(Locale.ROOT), font.getFamily(Locale.CHINA), font.getPSName());
            if (known.stream().anyMatch(face::equalsIgnoreCase)) {
                return font;
            }
            names.add(font.getFontName(Locale.ROOT));
        }
        throw new RenderException("字体集合中没有这个字体（font face not found）：" + file.getFileName() + "#" + face
                + "，其中有：" + String.join("、", names));
    }
}
