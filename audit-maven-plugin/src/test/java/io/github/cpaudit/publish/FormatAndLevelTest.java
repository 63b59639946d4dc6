package io.github.cpaudit.publish;

import io.github.cpaudit.problem.AuditException;

import io.github.cpaudit.problem.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatAndLevelTest {

    @Test
    void parsesFormatListsAsWritersTypeThem() {
        assertThat(Format.parseList("html,pdf")).containsExactlyInAnyOrder(Format.HTML, Format.PDF);
        assertThat(Format.parseList(" PDF ")).containsExactly(Format.PDF);
        assertThat(Format.parseList("html, html")).containsExactly(Format.HTML);
        assertThat(Format.parseList("docx")).containsExactly(Format.DOCX);
    }

    @Test
    void rejectsUnknownOrEmptyFormatsInChinese() {
        assertThatThrownBy(() -> Format.parseList("html,doc")).isInstanceOf(AuditException.class)
                .hasMessageContaining("未知的输出格式（unknown format）：“doc”").hasMessageContaining("audit.formats")
                .hasMessageContaining("html、pdf、docx");
        assertThatThrownBy(() -> Format.parseList(" , ")).isInstanceOf(AuditException.class)
                .hasMessageContaining("没有指定输出格式");
    }

    @Test
    void namesOutputsAfterTheMasterDocument() {
        assertThat(Format.HTML.fileName("report")).isEqualTo("index.html");
        assertThat(Format.PDF.fileName("report")).isEqualTo("report.pdf");
        assertThat(Format.DOCX.fileName("report")).isEqualTo("report.docx");
    }

    @Test
    void failLevelIsReachedAtAndAboveItself() {
        assertThat(FailLevel.parse("warn").isReachedBy(Severity.WARN)).isTrue();
        assertThat(FailLevel.parse("WARNING").isReachedBy(Severity.ERROR)).isTrue();
        assertThat(FailLevel.parse("ERROR").isReachedBy(Severity.WARN)).isFalse();
        assertThat(FailLevel.parse("ERROR").isReachedBy(Severity.FATAL)).isTrue();
        assertThat(FailLevel.ERROR.label()).isEqualTo("错误（ERROR）");
        assertThatThrownBy(() -> FailLevel.parse("LOUD")).isInstanceOf(AuditException.class)
                .hasMessageContaining("audit.failLevel");
    }
}
