package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.AuditSettings;
import io.github.cpaudit.model.GridFactor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus: each folder of {@code data-corpus} is a project whose {@code data/} holds
 * broken files; {@code expected.txt} lists, line by line, the exact located messages the writer
 * must see (reviewed by hand): the tables' checks, then what the mapping to domain records finds
 * (for the corpus's baseline year 2025, with the toolkit's default settings). No exception
 * escapes: problems are collected, never thrown here.
 */
class BadDataCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/data-corpus");
    private static final int BASELINE_YEAR = 2025;
    private static DataLoader loader;

    @BeforeAll
    static void schema() {
        loader = new DataLoader(Schema.bundled(), IndustryCodes.bundled());
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path project = CORPUS.resolve(name);
        List<String> expected = Files.readAllLines(project.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        ProjectTables tables = loader.load(project);
        new ModelMapper(tables.problems()).map(tables, BASELINE_YEAR, null, GridFactor.NATIONAL, null,
                AuditSettings.defaults());

        assertThat(tables.problems().list()).extracting(Problem::format).containsExactlyElementsOf(expected);
    }
}
