package io.github.cpaudit.publish;

import io.github.cpaudit.bench.ExpandedAsciidocConverter;
import io.github.cpaudit.fonts.PdfFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;

/**
 * Expands an audit project's report into one self-contained AsciiDoc file (plus its images) that
 * stock Asciidoctor and asciidoctor-pdf render to the same content, for the PDF-speed benchmark
 * ({@code bench/pdf-speed.sh}). The report is parsed as {@code audit:report} parses it for the
 * PDF: SAFE mode, the project as base directory, the toolkit's attributes and extensions, then
 * written back by {@link ExpandedAsciidocConverter}. A developer tool, not product code: it lives in
 * the bench module, in the plugin's package for the package-private {@code ConversionOptions}.
 *
 * <pre>java -cp … io.github.cpaudit.publish.DocumentExpansion PROJECT_DIR OUT_DIR [PROJECT_DIR OUT_DIR …]</pre>
 */
public final class DocumentExpansion {

    /** The runtime additions every conversion of the toolkit loads (section numbers, document folder). */
    static final String MASTER = "report.adoc";
    /** AsciidoctorJ also prints every record through java.util.logging; here they are counted instead. */
    private static final java.util.logging.Logger JUL_ASCIIDOCTOR = java.util.logging.Logger.getLogger("asciidoctor");

    private DocumentExpansion() {
    }

    /** Expands each project into its folder (a runtime each, as each build has one): PROJECT_DIR OUT_DIR …. */
    public static void main(String[] args) {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: DocumentExpansion PROJECT_DIR OUT_DIR [PROJECT_DIR OUT_DIR …]");
            System.exit(2);
        }
        JUL_ASCIIDOCTOR.setUseParentHandlers(false);
        int[] warnings = {0};
        PublishLog log = new PublishLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings[0]++;
            }

            @Override
            public void error(String message) {
                System.err.println("ERROR " + message);
            }
        };
        for (int i = 0; i < args.length; i += 2) {
            Path project = Path.of(args[i]).toAbsolutePath().normalize();
            Path out = Path.of(args[i + 1]).toAbsolutePath().normalize();
            PublishRequest request = request(project);
            warnings[0] = 0;
            try (Asciidoctor asciidoctor = runtime(new LogCollector(request, log))) {
                Path file = expand(asciidoctor, request, out);
                System.out.printf("expanded %s -> %s (%d warnings of the draft, as audit:report logs them)%n",
                        project, file, warnings[0]);
            }
        }
    }

    /** What {@code audit:report} publishes for a project with default settings. */
    public static PublishRequest request(Path projectDir) {
        return request(projectDir, Path.of(System.getProperty("user.home"), ".cache", "cp-audit"));
    }

    /** The same with another cache folder (extracted fonts and theme). */
    public static PublishRequest request(Path projectDir, Path cache) {
        return new PublishRequest(projectDir, projectDir.resolve("src/docs/asciidoc"), MASTER,
                projectDir.resolve("target/audit"), Set.of(Format.PDF), Map.of(), null, null, FailLevel.FATAL, cache);
    }

    /** An Asciidoctor runtime as the toolkit starts it (extensions and their Ruby via SPI), able to expand. */
    public static Asciidoctor runtime(LogHandler logHandler) {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(logHandler);
        asciidoctor.javaConverterRegistry().register(ExpandedAsciidocConverter.class, ExpandedAsciidocConverter.BACKEND);
        return asciidoctor;
    }

    /** The options {@code audit:report} converts {@code format} with, written to a string. */
    public static Options options(PublishRequest request, Format format) {
        return ConversionOptions.of(request, format, null, new PdfAssets(request.cacheDir()), PdfFonts.defaults());
    }

    /**
     * Writes {@code outDir/report.adoc} and copies the images it shows into {@code outDir/images}.
     *
     * @return the expanded document
     */
    public static Path expand(Asciidoctor asciidoctor, PublishRequest request, Path outDir) {
        Options options = options(request, Format.PDF);
        options.setBackend(ExpandedAsciidocConverter.BACKEND);
        Document document = asciidoctor.loadFile(request.masterFile().toFile(), options);
        String text = document.convert();
        try {
            Files.createDirectories(outDir);
            Path file = outDir.resolve(MASTER);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Path imagesDir = request.sourceDir().resolve(String.valueOf(document.getAttribute("imagesdir", "")));
            for (StructuralNode image : document.findBy(Map.of("context", ":image"))) {
                String target = image.getAttribute("target").toString();
                String copied = ExpandedAsciidocConverter.imageTarget(target);
                if (copied.startsWith("data:") || copied.contains("://")) {
                    continue;
                }
                Path destination = outDir.resolve("images").resolve(copied);
                Files.createDirectories(destination.getParent());
                Files.copy(imagesDir.resolve(target), destination, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
