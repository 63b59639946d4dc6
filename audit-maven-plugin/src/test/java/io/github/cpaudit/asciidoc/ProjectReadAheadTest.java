package io.github.cpaudit.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project read ahead (while the runtime starts) is what the macros use, and only while its inputs
 * are unchanged: data edited after the read are read again, never printed stale.
 */
class ProjectReadAheadTest {

    private static final String READ_AHEAD = "（与运行时启动同时进行）";

    @TempDir
    static Path tmp;
    private static Path project;
    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        project = tmp.resolve("project");
        ProjectCopy.of(Path.of("src/test/resources/engine-project"), project);
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(log::add);
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    @Test
    void theMacrosTakeTheReadAheadAndReadAgainWhenTheDataChangedAfterIt() throws IOException {
        // the instance Factory.create returned is the one the registry's session belongs to
        ProjectReadAhead first = ProjectReadAhead.start(project, Map.of()).orElseThrow();
        assertThat(AuditExtensionRegistry.readAhead(asciidoctor, first)).isTrue();
        assertThat(count()).isEqualTo("3");
        assertThat(dataLines()).containsExactly("读取并计算项目数据（data）：3 家企业，" + seconds(first) + " s" + READ_AHEAD);

        // read ahead, then a writer adds an enterprise before the conversion uses the read
        ProjectReadAhead stale = ProjectReadAhead.start(project, Map.of()).orElseThrow();
        assertThat(stale.result(project, project.resolve("src/docs/templates"))).isPresent();
        Path roster = project.resolve("data/roster.csv");
        String third = Files.readAllLines(roster, StandardCharsets.UTF_8).get(3);
        Files.writeString(roster, third.replace("E03", "E04").replace("丙电镀", "丁电镀") + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        AuditExtensionRegistry.readAhead(asciidoctor, stale);
        assertThat(count()).isEqualTo("4");
        assertThat(dataLines()).singleElement().asString().startsWith("读取并计算项目数据（data）：4 家企业")
                .doesNotContain(READ_AHEAD);
    }

    @Test
    void aFolderWithoutAuditYamlIsNotReadAhead() {
        assertThat(ProjectReadAhead.start(tmp.resolve("no-project"), Map.of())).isEmpty();
    }

    private static String seconds(ProjectReadAhead read) {
        return String.format(java.util.Locale.ROOT, "%.1f",
                read.result(project, project.resolve("src/docs/templates")).orElseThrow().seconds());
    }

    /** audit:value[enterprises.count] as the document prints it. */
    private static String count() throws IOException {
        Path file = project.resolve("src/docs/asciidoc/report.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "= 报告\n\n企业 audit:value[enterprises.count] 家。\n", StandardCharsets.UTF_8);
        log.clear();
        String html = asciidoctor.convertFile(file.toFile(), Options.builder().safe(SafeMode.SAFE).standalone(false)
                .toFile(false).baseDir(project.toFile())
                .attributes(Attributes.builder().attribute("audit-project", project.toString()).build()).build());
        return Jsoup.parse(html).text().replaceAll("\\D", "");
    }

    private static List<String> dataLines() {
        return log.stream().filter(r -> r.getSeverity() == Severity.INFO).map(LogRecord::getMessage)
                .filter(m -> m.startsWith("读取并计算项目数据")).toList();
    }
}
