package io.github.cpaudit.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice's headless converter, for the tests that open the DOCX as a reviewer's office suite
 * would: Debian's package {@code libreoffice-writer-nogui} ({@code .ci/run} installs it), or the
 * executable named by {@code AUDIT_SOFFICE}.
 */
public final class LibreOffice {

    public static final String NOT_FOUND = "LibreOffice (soffice) not found: install Debian's package libreoffice-writer-nogui "
            + "(apt-get install --no-install-recommends libreoffice-writer-nogui) or set AUDIT_SOFFICE";

    /**
     * What soffice prints about its own installation, not about the document: its Java helper is not
     * installed (the nogui package leaves Java out; converting needs none).
     */
    private static final String NO_JAVA = "Warning: failed to launch javaldx - java may not function correctly";

    /** A conversion: the PDF and what soffice printed besides its own line "convert … -> …". */
    public record Converted(Path pdf, List<String> messages) { }

    private LibreOffice() {
    }

    public static Optional<Path> find() {
        String set = System.getenv("AUDIT_SOFFICE");
        if (set != null && !set.isBlank()) {
            return Optional.of(Path.of(set));
        }
        String[] dirs = (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin").split(File.pathSeparator);
        return Stream.of("soffice", "libreoffice").flatMap(name -> Stream.of(dirs).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    }

    /** Converts {@code docx} to PDF in {@code outDir}, with a profile of its own (no running office is disturbed). */
    public static Converted toPdf(Path soffice, Path docx, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = outDir.resolve("profile");
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in 240 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String name = docx.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        List<String> messages = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("convert ") && !line.equals(NO_JAVA)).toList();
        if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            throw new IOException("soffice failed (exit " + process.exitValue() + "): " + messages);
        }
        return new Converted(pdf, messages);
    }
}
