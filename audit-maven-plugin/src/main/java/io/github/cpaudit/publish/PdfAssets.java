package io.github.cpaudit.publish;

import io.github.cpaudit.CacheFiles;
import io.github.cpaudit.fonts.BundledFonts;
import io.github.cpaudit.fonts.FontTheme;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Puts on disk what asciidoctor-pdf reads from files: the toolkit's fonts ({@link BundledFonts}), the
 * toolkit's default theme (from report-skeleton), and the themes the build writes for the fonts a
 * project chose ({@link FontTheme}). Extracted once into the cache and reused by every later build,
 * each file written through {@link CacheFiles}.
 */
final class PdfAssets {

    static final String THEME_RESOURCE = "cpaudit/skeleton/theme/audit-theme.yml";
    static final String THEME_NAME = "audit";

    private final Path cacheDir;
    private final BundledFonts fonts;

    PdfAssets(Path cacheDir) {
        this.cacheDir = cacheDir;
        this.fonts = new BundledFonts(cacheDir);
    }

    /** The folder holding the Noto Sans SC files, extracting them on first use. */
    Path fontsDir() {
        return fonts.dir();
    }

    /** The default theme file; its folder is named after its content, so an edit never goes stale. */
    Path defaultTheme() {
        byte[] theme = CacheFiles.read(THEME_RESOURCE);
        Path target = cacheDir.resolve("theme").resolve(sha256(theme).substring(0, 16))
                .resolve(THEME_NAME + "-theme.yml");
        if (!Files.isRegularFile(target)) {
            CacheFiles.extract(THEME_RESOURCE, target);
        }
        return target;
    }

    /** The regular Noto Sans SC file: the body font of the toolkit's theme. */
    Path defaultBodyFont() {
        return fonts.body();
    }

    /**
     * A theme written by the build (the fonts chosen per role), named after its content like the
     * default theme.
     */
    Path generatedTheme(String yaml) {
        byte[] theme = yaml.getBytes(StandardCharsets.UTF_8);
        Path target = cacheDir.resolve("theme").resolve(sha256(theme).substring(0, 16)).resolve("fonts-theme.yml");
        if (!Files.isRegularFile(target)) {
            CacheFiles.write(new ByteArrayInputStream(theme), target);
        }
        return target;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
