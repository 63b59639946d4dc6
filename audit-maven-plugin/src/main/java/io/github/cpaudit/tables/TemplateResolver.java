package io.github.cpaudit.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a table's template: the project's own file of the same name under its templates folder
 * ({@code src/docs/templates/}) first, else the toolkit's default from the worksheets jar.
 */
public final class TemplateResolver {

    static final String DEFAULTS = "cpaudit/worksheets/templates/";

    private final Path projectTemplates;

    /** @param projectTemplates the project's templates folder; it need not exist */
    public TemplateResolver(Path projectTemplates) {
        this.projectTemplates = projectTemplates;
    }

    /** A template's text and where it came from, for messages. */
    public record Template(String name, String origin, String text) { }

    /** The template {@code name} (e.g. {@code worksheet-2-4.vm}), or empty when none exists. */
    public Optional<Template> find(String name) {
        if (projectTemplates != null) {
            Path own = projectTemplates.resolve(name);
            if (Files.isRegularFile(own)) {
                try {
                    return Optional.of(new Template(name, own.toString(), Files.readString(own, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (InputStream in = TemplateResolver.class.getClassLoader().getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Template(name, "classpath:" + DEFAULTS + name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
