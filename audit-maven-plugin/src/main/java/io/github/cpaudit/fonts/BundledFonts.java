package io.github.cpaudit.fonts;

import io.github.cpaudit.CacheFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The toolkit's own fonts: Noto Sans SC TrueType, from the Maven Central artifact
 * {@code com.helger.font:ph-fonts-noto-sans-sc} on the classpath, extracted once into the cache for
 * asciidoctor-pdf, which reads fonts from files.
 */
public final class BundledFonts {

    static final String RESOURCE_DIR = "fonts/ttf/NotoSansSC/";
    static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");
    /** The regular face: the body font of the toolkit's theme, and the charts' font. */
    static final String BODY_RESOURCE = RESOURCE_DIR + FILES.get(0);

    private static final String POM_PROPERTIES = "META-INF/maven/com.helger.font/ph-fonts-noto-sans-sc/pom.properties";

    private final Path cacheDir;

    /** Extracting into {@code cacheDir}, the machine-wide cache. */
    public BundledFonts(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The folder holding the Noto Sans SC files, extracting them on first use. */
    public Path dir() {
        Path dir = cacheDir.resolve("fonts").resolve("noto-sans-sc-" + version());
        for (String file : FILES) {
            Path target = dir.resolve(file);
            if (!Files.isRegularFile(target)) {
                CacheFiles.extract(RESOURCE_DIR + file, target);
            }
        }
        return dir;
    }

    /** The regular Noto Sans SC file: the body font of the toolkit's theme. */
    public Path body() {
        return dir().resolve(FILES.get(0));
    }

    private static String version() {
        // the artifact's version keys the cache: a new font release lands in a new folder
        try (InputStream in = BundledFonts.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through to a content-free key
        }
        return "unknown";
    }
}
