package io.github.cpaudit.fonts;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The fonts of a PDF per role: the files chosen by the goal's parameters, and the theme's own for
 * the rest. Says which fonts were used, in the build log and in the PDF, and which one the charts use.
 */
public final class PdfFonts {

    private final Map<FontRole, ChosenFont> chosen;
    private final String themeFonts;

    /**
     * @param themeFonts what a role without a chosen font uses: "Noto Sans SC", or
     *                   "主题 bureau-theme.yml 所定的字体"
     */
    PdfFonts(Map<FontRole, ChosenFont> chosen, String themeFonts) {
        this.chosen = chosen.isEmpty() ? Map.of() : new EnumMap<>(chosen);
        this.themeFonts = themeFonts;
    }

    /** The font family of the toolkit's default theme, as messages name it. */
    public static final String DEFAULT_THEME_FONT = "Noto Sans SC";

    /** The default theme's fonts for every role (no font parameter set). */
    public static PdfFonts defaults() {
        return new PdfFonts(Map.of(), DEFAULT_THEME_FONT);
    }

    /** No font chosen: the theme is used as it is. */
    public boolean themeOnly() {
        return chosen.isEmpty();
    }

    /** The font a role ends up with, or {@code null} for the theme's; tables follow the body. */
    ChosenFont effective(FontRole role) {
        ChosenFont font = chosen.get(role);
        return font == null && role == FontRole.TABLE ? chosen.get(FontRole.BODY) : font;
    }

    /** The body font for the charts' labels ({@code audit-chart-font}); {@code themeBody} when the theme's. */
    public String chartFont(Path themeBody) {
        ChosenFont body = chosen.get(FontRole.BODY);
        return body == null ? themeBody.toString() : body.chartPath();
    }

    /**
     * The font family a Word document names for the body (the DOCX): the installed font's Chinese name
     * ({@code 仿宋}), else the chosen file's face name; {@code null} for the theme's font.
     */
    public String bodyFamily() {
        return family(FontRole.BODY);
    }

    /** As {@link #bodyFamily()}, for the headings. */
    public String headingFamily() {
        return family(FontRole.HEADING);
    }

    /** As {@link #bodyFamily()}, for the tables (the body's when no table font was chosen). */
    public String tableFamily() {
        return family(FontRole.TABLE);
    }

    private String family(FontRole role) {
        ChosenFont font = effective(role);
        return font == null ? null : font.installedName() != null ? font.installedName() : font.faceName();
    }

    /** "PDF 字体：正文 仿宋（C:\Windows\Fonts\simfang.ttf），标题 黑体（…），表格 同正文". */
    public String logLine() {
        return "PDF 字体：" + describe(ChosenFont::logText, "，");
    }

    /** What the PDF records (no folders of the writer's machine): "正文 仿宋 FangSong（simfang.ttf）；…". */
    public String record() {
        return describe(ChosenFont::recordText, "；");
    }

    private String describe(Function<ChosenFont, String> text, String separator) {
        StringJoiner line = new StringJoiner(separator);
        for (FontRole role : FontRole.values()) {
            ChosenFont font = chosen.get(role);
            String used;
            if (font != null) {
                used = text.apply(font);
            } else if (role == FontRole.TABLE && chosen.containsKey(FontRole.BODY)) {
                used = "同正文";
            } else {
                used = themeFonts;
            }
            line.add(role.label() + " " + used);
        }
        return line.toString();
    }
}
