package io.github.cpaudit.publish;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogMessagesTest {

    @Test
    void translatesTheMessagesWritersMeetMost() {
        assertThat(LogMessages.translate("include file not found: chapters/x.adoc"))
                .isEqualTo("找不到被包含的文件（include file not found）：chapters/x.adoc");
        assertThat(LogMessages.translate("skipping reference to missing attribute: audit-year"))
                .isEqualTo("引用了未定义的文档属性（missing attribute）：{audit-year}");
        assertThat(LogMessages.translate("dropping line containing reference to missing attribute: x"))
                .isEqualTo("引用了未定义的文档属性（missing attribute）：{x}");
        assertThat(LogMessages.translate("image to embed not found or not readable: images/a.png"))
                .isEqualTo("找不到图片文件（image not found）：images/a.png");
        assertThat(LogMessages.translate("could not embed image: images/a.png; image file is an unrecognised format"))
                .isEqualTo("PDF 无法嵌入图片（could not embed image）：images/a.png（image file is an unrecognised format）");
        assertThat(LogMessages.translate("section title out of sequence: expected level 2, got level 3"))
                .isEqualTo("章节标题级别跳跃（section title out of sequence）：应为 2 级，实为 3 级");
        assertThat(LogMessages.translate("invalid reference: tbl-x"))
                .isEqualTo("交叉引用的目标不存在（invalid reference）：tbl-x");
    }

    @Test
    void keepsDollarSignsAndUnknownMessagesAsTheyAre() {
        assertThat(LogMessages.translate("include file not found: a$1.adoc"))
                .endsWith("：a$1.adoc");
        assertThat(LogMessages.translate("something else entirely")).isEqualTo("something else entirely");
    }

    @Test
    void pointsAtTheLinesOfMessagesLoggedWithoutAPlace() {
        assertThat(LogMessages.subjectLine("skipping reference to missing attribute: audit-year"))
                .accepts("共 {Audit-Year} 年").rejects("共 {audit-years} 年");
        assertThat(LogMessages.subjectLine("image to embed not found or not readable: /p/images/a.png"))
                .accepts("image::a.png[图]", "见 image:a.png[] 。").rejects("a.png", "image::b.png[]");
        assertThat(LogMessages.subjectLine("could not embed image: /p/images/a.png; image file is an unrecognised format"))
                .accepts("image::a.png[图]").rejects("image::b.png[]");
        assertThat(LogMessages.subjectLine("include file not found: x")).isNull();
    }
}
