package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Puts on disk what asciidoctor-pdf reads from files: the Noto Sans SC TrueType fonts (from the
 * Maven Central artifact {@code com.helger.font:ph-fonts-noto-sans-sc} on the classpath) and the
 * toolkit's default theme (from report-skeleton), and the themes the build writes for the fonts a
 * project chose ({@link FontTheme}). Extracted once into the cache and reused by
 * every later build; each file is written under a temporary name and moved into place, so an
 * interrupted or concurrent build never leaves a half-written font behind.
 */
final class PdfAssets {

    static final String FONT_RESOURCE_DIR = "fonts/ttf/NotoSansSC/";
    static final List<String> FONT_FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");
    static final String THEME_RESOURCE = "cpaudit/skeleton/theme/audit-theme.yml";
    static final String THEME_NAME = "audit";

    private static final String FONTS_POM_PROPERTIES =
            "META-INF/maven/com.helger.font/ph-fonts-noto-sans-sc/pom.properties";

    private final Path cacheDir;
    private final ClassLoader classLoader = PdfAssets.class.getClassLoader();

    PdfAssets(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The folder holding the Noto Sans SC files, extracting them on first use. */
    Path fontsDir() {
        Path dir = cacheDir.resolve("fonts").resolve("noto-sans-sc-" + fontsVersion());
        for (String file : FONT_FILES) {
            Path target = dir.resolve(file);
            if (!Files.isRegularFile(target)) {
                extract(FONT_RESOURCE_DIR + file, target);
            }
        }
        return dir;
    }

    /** The default theme file; its folder is named after its content, so an edit never goes stale. */
    Path defaultTheme() {
        byte[] theme = read(THEME_RESOURCE);
        Path target = cacheDir.resolve("theme").resolve(sha256(theme).substring(0, 16))
                .resolve(THEME_NAME + "-theme.yml");
        if (!Files.isRegularFile(target)) {
            extract(THEME_RESOURCE, target);
        }
        return target;
    }

    /** The regular Noto Sans SC file: the body font of the toolkit's theme. */
    Path defaultBodyFont() {
        return fontsDir().resolve(FONT_FILES.get(0));
    }

    /**
     * A theme written by the build (the fonts chosen per role), named after its content like the
     * default theme.
     */
    Path generatedTheme(String yaml) {
        byte[] theme = yaml.getBytes(StandardCharsets.UTF_8);
        Path target = cacheDir.resolve("theme").resolve(sha256(theme).substring(0, 16)).resolve("fonts-theme.yml");
        if (!Files.isRegularFile(target)) {
            write(new ByteArrayInputStream(theme), target);
        }
        return target;
    }

    private String fontsVersion() {
        // the artifact's version keys the cache: a new font release lands in a new folder
        try (InputStream in = classLoader.getResourceAsStream(FONTS_POM_PROPERTIES)) {
            if (in != null) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through to a content-free key
        }
        return "unknown";
    }

    private void extract(String resource, Path target) {
        try (InputStream in = open(resource)) {
            write(in, target);
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }

    private static void write(InputStream in, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new AuditException("无法写入缓存目录（cache not writable）：" + target.getParent()
                    + "：" + e.getMessage() + "。可用参数 cacheDirectory（audit.cacheDirectory）换一个目录。", e);
        }
    }

    private byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AuditException("无法读取插件资源（resource unreadable）：" + resource, e);
        }
    }

    private InputStream open(String resource) {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new AuditException("插件缺少资源文件（missing resource）：" + resource
                    + "。插件安装不完整，请重新构建或安装 audit-maven-plugin。");
        }
        return in;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
