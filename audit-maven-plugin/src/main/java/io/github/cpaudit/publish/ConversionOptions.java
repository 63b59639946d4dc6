package io.github.cpaudit.publish;

import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * @param assets the PDF theme and fonts; only read for {@link Format#PDF}
     */
    static Options of(PublishRequest request, Format format, Path target, PdfAssets assets) {
        Path theme = null;
        String fontsDirs = null;
        if (format == Format.PDF) {
            theme = request.theme() != null ? request.theme() : assets.defaultTheme();
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
                .attributes(ReportAttributes.forFormat(format, request, theme, fontsDirs));
        return (target == null ? options.toFile(false) : options.toFile(target.toFile()).mkDirs(true)).build();
    }
}
