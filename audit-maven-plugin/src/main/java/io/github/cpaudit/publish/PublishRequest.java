package io.github.cpaudit.publish;

import io.github.cpaudit.fonts.FontSettings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What to publish: every setting of {@code audit:report}, with paths already absolute.
 *
 * @param projectDir     the audit project folder: Asciidoctor's base directory (SAFE mode jail)
 * @param sourceDir      folder of the AsciiDoc sources
 * @param masterDocument file name of the master document inside {@code sourceDir}
 * @param outputDir      where {@code html/} and {@code pdf/} land
 * @param formats        formats to publish
 * @param attributes     document attributes that override the document's own
 * @param theme          a project's own PDF theme file, or {@code null} for the toolkit's theme
 * @param fontsDir       a project's own fonts folder, or {@code null}
 * @param failLevel      lowest log severity that fails the build
 * @param cacheDir       machine-wide cache (extracted fonts and theme)
 * @param fonts          the PDF fonts asked for per role ({@link FontSettings#THEME} for the theme's)
 * @param speed          developer switches (PDF speed patches, client compiler for HTML) that change no
 *                       byte of the output, for benchmarks and the identity tests
 */
public record PublishRequest(
        Path projectDir,
        Path sourceDir,
        String masterDocument,
        Path outputDir,
        Set<Format> formats,
        Map<String, String> attributes,
        Path theme,
        Path fontsDir,
        FailLevel failLevel,
        Path cacheDir,
        FontSettings fonts,
        PublishSpeed speed) {

    public PublishRequest {
        formats = Set.copyOf(formats);
        attributes = Map.copyOf(attributes);
        fonts = fonts == null ? FontSettings.THEME : fonts;
        speed = speed == null ? PublishSpeed.DEFAULT : speed;
    }

    /** A request with the theme's fonts and the default speed settings. */
    public PublishRequest(Path projectDir, Path sourceDir, String masterDocument, Path outputDir, Set<Format> formats,
            Map<String, String> attributes, Path theme, Path fontsDir, FailLevel failLevel, Path cacheDir) {
        this(projectDir, sourceDir, masterDocument, outputDir, formats, attributes, theme, fontsDir, failLevel, cacheDir,
                FontSettings.THEME, PublishSpeed.DEFAULT);
    }

    public Path masterFile() {
        return sourceDir.resolve(masterDocument);
    }

    /** {@code report} for {@code report.adoc}: the PDF is named after it. */
    public String documentBaseName() {
        int dot = masterDocument.lastIndexOf('.');
        return dot > 0 ? masterDocument.substring(0, dot) : masterDocument;
    }
}
