package io.github.cpaudit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void formatsPlacesAsTheWriterReadsThem() {
        assertThat(Location.cell("data/roster.csv", "", 3, "企业名称").format()).isEqualTo("data/roster.csv:3 列“企业名称”");
        assertThat(Location.cell("data/audit.xlsx", "企业名录", 3, null).format()).isEqualTo("data/audit.xlsx[企业名录]:3");
        assertThat(Location.cell("audit.yaml", null, 0, null).format()).isEqualTo("audit.yaml");
        assertThat(Location.document("chapters/03.adoc", 12).format()).isEqualTo("chapters/03.adoc:12");
        assertThat(new Problem(Kind.DOCUMENT, Severity.WARN, Location.NONE, "k", "消息").format()).isEqualTo("消息");
    }

    @Test
    void sortsByFileThenLineNumberNotText() {
        List<Problem> sorted = Stream.of(at("b.adoc", 2), at("a.adoc", 10), new Problem(Kind.CONFIG, Severity.ERROR,
                Location.NONE, "k", "m"), at("a.adoc", 9)).sorted(Problem.BY_PLACE).toList();
        assertThat(sorted).extracting(problem -> problem.location().format())
                .containsExactly("a.adoc:9", "a.adoc:10", "b.adoc:2", "");
    }

    @Test
    void parsesTheModeOnceWithItsDefaultSuffix() {
        assertThat(AuditMode.ofAttribute("final@")).isEqualTo(AuditMode.FINAL);
        assertThat(AuditMode.ofAttribute(null)).isEqualTo(AuditMode.DRAFT);
        assertThat(AuditMode.ofDocument(" Final ")).isEqualTo(AuditMode.FINAL);
        assertThat(AuditMode.ofDocument("nonsense")).isEqualTo(AuditMode.DRAFT);
        assertThatThrownBy(() -> AuditMode.ofAttribute("x@")).isInstanceOf(AuditException.class);
    }

    private static Problem at(String file, int line) {
        return new Problem(Kind.DOCUMENT, Severity.WARN, Location.document(file, line), "k", "m");
    }
}
