package io.github.cpaudit.publish;

import io.github.cpaudit.fonts.FontTheme;
import io.github.cpaudit.fonts.PdfFonts;

import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Asciidoctor options of a conversion, the same for {@code audit:report} and for the document
 * scan of {@code audit:check}: SAFE mode with the project folder as base directory, the format's
 * backend, a standalone document with source locations, and the report's attributes.
 */
final class ConversionOptions {

    private ConversionOptions() {
    }

    /**
     * @param target the file to write, or {@code null} to convert in memory (nothing written)
     * @param assets the PDF theme and fonts, or {@code null} when only converting in memory
     * @param fonts  the fonts chosen per role, or {@code null} with {@code assets}
     */
    static Options of(PublishRequest request, Format format, Path target, PdfAssets assets, PdfFonts fonts) {
        Path theme = null;
        Path themesDir = null;
        String fontsDirs = null;
        if (format == Format.PDF) {
            Path parentTheme = request.theme() != null ? request.theme() : assets.defaultTheme();
            // the theme's own folder stays the themes folder: its images and extended themes resolve there
            themesDir = parentTheme.getParent();
            theme = fonts.themeOnly() ? parentTheme : assets.generatedTheme(FontTheme.yaml(parentTheme, fonts));
            List<String> dirs = new ArrayList<>();
            if (request.fontsDir() != null) {
                dirs.add(request.fontsDir().toString());
            }
            dirs.add(assets.fontsDir().toString());
            dirs.add("GEM_FONTS_DIR");
            fontsDirs = String.join(";", dirs);
        }
        OptionsBuilder options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(request.projectDir().toFile())
                .backend(format.backend())
                .standalone(true)
                .sourcemap(true)
                .attributes(ReportAttributes.forFormat(format, request, theme, themesDir, fontsDirs, fontAttributes(format, assets, fonts)));
        return (target == null ? options.toFile(false) : options.toFile(target.toFile()).mkDirs(true)).build();
    }

    /**
     * {@code audit-chart-font}: the body font's file (with {@code #Face} for a collection), for the
     * charts' labels in either format; {@code audit-pdf-fonts}: the fonts the PDF records it used.
     */
    private static Map<String, String> fontAttributes(Format format, PdfAssets assets, PdfFonts fonts) {
        if (fonts == null) {
            return Map.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("audit-chart-font", fonts.chartFont(assets.defaultBodyFont()));
        if (format == Format.PDF) {
            attributes.put("audit-pdf-fonts", fonts.record());
        }
        return attributes;
    }
}
