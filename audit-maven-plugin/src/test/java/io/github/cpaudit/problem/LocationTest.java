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
    void dataProblemsAndOpenItemsAreOneTypeTheLogPrefixesByKind() {
        Problem data = Problem.data(Location.cell("data/energy.csv", "", 7, "实物量"), "negative quantity",
                "数量不能为负", "不小于 0 的数", "-12");
        assertThat(data.kind()).isEqualTo(Kind.DATA);
        assertThat(data.format()).isEqualTo("data/energy.csv:7 列“实物量”: 数量不能为负（negative quantity）：应为不小于 0 的数，实为“-12”");
        assertThat(data.logLine()).isEqualTo(data.format());
        Problem open = new Problem(Kind.OPEN_ITEM, Severity.WARN, Location.document("report.adoc", 4), "open item", "待填写");
        assertThat(open.format()).isEqualTo("report.adoc:4: 待填写");
        assertThat(open.logLine()).isEqualTo("report.adoc:4: 待补充（open item）：待填写");
        assertThat(Problem.refused(Location.cell("data/energy.csv", "", 3, null), "没有排放因子").kind())
                .isEqualTo(Kind.REFUSED);
    }

    @Test
    void sortingKeepsTheOrderOfProblemsAtOnePlace() {
        List<Problem> sorted = Stream.of(new Problem(Kind.DOCUMENT, Severity.WARN, Location.document("a.adoc", 3), "k", "乙"),
                new Problem(Kind.DOCUMENT, Severity.WARN, Location.document("a.adoc", 3), "k", "甲"))
                .sorted(Problem.BY_PLACE).toList();
        assertThat(sorted).extracting(Problem::message).containsExactly("乙", "甲");
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
