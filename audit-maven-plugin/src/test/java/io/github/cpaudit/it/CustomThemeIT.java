package io.github.cpaudit.it;

import io.github.cpaudit.testing.PdfReport;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** src/it/custom-theme: a project's own theme file and fonts folder, PDF only. */
class CustomThemeIT {

    @Test
    void pdfFollowsTheProjectsThemeAndNoHtmlIsPublished() {
        Path project = InvokerProjects.project("custom-theme");
        PdfReport pdf = PdfReport.read(project.resolve("target/audit/pdf/report.pdf"));

        assertThat(pdf.text()).contains("第 1 页", "这一页的页脚由项目自己的主题决定。").doesNotContain("– 1 –");
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.name()).contains("NotoSansSC"));
        assertThat(pdf.missingGlyphs()).isEmpty();
        assertThat(project.resolve("target/audit/html")).doesNotExist();
    }
}
