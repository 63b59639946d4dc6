package io.github.cpaudit.fonts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small theme that gives each role its chosen font: it extends the theme in use (the toolkit's
 * or the project's), adds the fonts to its catalog and points the role's {@code font-family} keys at
 * them. Every style maps to the one file: 仿宋 and 黑体 have no bold face, and faux bold would smear.
 */
public final class FontTheme {

    private FontTheme() {
    }

    /** The theme's YAML: {@code extends} the theme {@code parentTheme}, the chosen fonts in its catalog. */
    public static String yaml(Path parentTheme, PdfFonts fonts) {
        Map<ChosenFont, String> families = new LinkedHashMap<>();
        StringBuilder keys = new StringBuilder();
        for (FontRole role : FontRole.values()) {
            ChosenFont font = fonts.effective(role);
            if (font == null) {
                continue;
            }
            String family = families.computeIfAbsent(font, f -> "CpAudit " + role.name().charAt(0)
                    + role.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            for (String key : role.themeKeys()) {
                keys.append(key).append("-font-family: ").append(quoted(family)).append('\n');
            }
        }
        StringBuilder yaml = new StringBuilder()
                .append("# cp-audit: the fonts chosen by bodyFont / headingFont / tableFont (written by the build)\n")
                .append("extends: ").append(quoted(portable(parentTheme.toString()))).append('\n')
                .append("font:\n  catalog:\n    merge: true\n");
        families.forEach((font, family) -> {
            yaml.append("    ").append(quoted(family)).append(":\n");
            for (String style : new String[] {"normal", "bold", "italic", "bold_italic"}) {
                yaml.append("      ").append(style).append(": ").append(quoted(portable(font.catalogPath()))).append('\n');
            }
        });
        return yaml.append(keys).toString();
    }

    /** Forward slashes, which Ruby reads on Windows too. */
    private static String portable(String path) {
        return path.replace('\\', '/');
    }

    /** A single-quoted YAML scalar. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
