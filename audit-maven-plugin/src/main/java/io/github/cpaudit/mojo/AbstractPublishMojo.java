package io.github.cpaudit.mojo;

import io.github.cpaudit.fonts.FontSettings;
import io.github.cpaudit.publish.FailLevel;
import io.github.cpaudit.publish.Format;
import io.github.cpaudit.publish.PublishRequest;
import io.github.cpaudit.publish.PublishSpeed;

import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Set;

/**
 * What the goals that render the report share ({@code audit:report}, and {@code audit:serve} whose
 * background PDF is the one {@code audit:report} publishes): where it lands, the PDF's theme and
 * fonts, the fail level and the cache, with the same {@code audit.*} properties.
 */
abstract class AbstractPublishMojo extends AbstractDocumentMojo {

    /** Where {@code html/} and {@code pdf/} are published. */
    @Parameter(property = "audit.outputDirectory", defaultValue = "${project.build.directory}/audit")
    private File outputDirectory;

    /** A project's own PDF theme (YAML); unset, the toolkit's theme applies. */
    @Parameter(property = "audit.theme")
    private File theme;

    /** A project's own fonts folder (for example 仿宋/黑体 TrueType files a theme names). */
    @Parameter(property = "audit.fontsDirectory")
    private File fontsDirectory;

    /**
     * The PDF's body font (prose, lists, captions, header and footer, table of contents entries, and
     * tables unless {@code tableFont} is set). One of: a TrueType file relative to the project folder
     * ({@code src/fonts/simfang.ttf}); one face of a TrueType collection ({@code src/fonts/simsun.ttc#SimSun}
     * or {@code #0}); the Chinese name of a font installed on this machine ({@code 仿宋}, {@code 黑体},
     * {@code 宋体}, {@code 楷体}, {@code 微软雅黑}), which falls back to the theme's font with a warning
     * when it is not installed. OTF/CFF fonts are refused. Unset, the theme's font (Noto Sans SC).
     */
    @Parameter(property = "audit.bodyFont")
    private String bodyFont;

    /** The PDF's heading font (section titles, cover title, title of the table of contents); values as {@code bodyFont}. */
    @Parameter(property = "audit.headingFont")
    private String headingFont;

    /** The PDF's table font (cells and table captions); values as {@code bodyFont}. Unset, tables follow {@code bodyFont}. */
    @Parameter(property = "audit.tableFont")
    private String tableFont;

    /** Lowest Asciidoctor log severity that fails the build: INFO, WARN, ERROR or FATAL. */
    @Parameter(property = "audit.failLevel", defaultValue = "ERROR")
    private String failLevel;

    /** Machine-wide cache for the extracted fonts and theme. */
    @Parameter(property = "audit.cacheDirectory", defaultValue = "${user.home}/.cache/cp-audit")
    private File cacheDirectory;

    /**
     * Developer switch: {@code false} publishes the PDF without the toolkit's asciidoctor-pdf speed
     * patches, to compare speed or output (the patches change no byte of the PDF).
     */
    @Parameter(property = "audit.pdfPatches", defaultValue = "true")
    private boolean pdfPatches;

    /**
     * The request for {@code formats}, with every setting above.
     *
     * @param lastInJvm whether nothing runs after this goal in this JVM ({@link PublishSpeed#lastInJvm()})
     */
    protected PublishRequest publishRequest(Set<Format> formats, boolean lastInJvm) {
        return new PublishRequest(
                projectDir(),
                sourceDir(),
                masterDocument(),
                absolute(outputDirectory),
                formats,
                mergedAttributes(),
                theme == null ? null : absolute(theme),
                fontsDirectory == null ? null : absolute(fontsDirectory),
                FailLevel.parse(failLevel),
                absolute(cacheDirectory),
                new FontSettings(bodyFont, headingFont, tableFont), new PublishSpeed(pdfPatches, lastInJvm));
    }
}
