package io.github.cpaudit.tables;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.catalog.WorksheetCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fill-in worksheets of {@code worksheets/forms/} are printed from the catalog by the same code
 * as {@code worksheet::N-M[form=blank]}, so the two never differ. {@code -Dworksheet.forms.update=true}
 * writes them anew.
 */
class WorksheetFormsTest {

    static final Path FORMS = Path.of("../worksheets/forms");

    @Test
    void theCatalogHasTheTwentyNineWorksheetsOfTheSpec() {
        List<String> numbers = WorksheetCatalog.bundled().all().stream().map(Worksheet::number).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            expected.add("1-" + i);
        }
        for (int i = 1; i <= 22; i++) {
            expected.add("2-" + i);
        }
        expected.addAll(List.of("3-1", "3-2"));
        assertThat(numbers).containsExactlyElementsOf(expected);
    }

    @Test
    void committedFormsMatchTheCatalog() throws IOException {
        BlankForms blank = new BlankForms(new TableTemplates(new TemplateResolver(null)));
        StringBuilder index = new StringBuilder(FORMS_INDEX_HEAD);
        StringBuilder all = new StringBuilder(ALL_HEAD);
        for (Worksheet worksheet : WorksheetCatalog.bundled().all()) {
            String name = WorksheetForm.fileName(worksheet);
            String form = WorksheetForm.document(worksheet, blank);
            check(FORMS.resolve(name), form);
            index.append("| ").append(worksheet.number()).append(" | ").append(worksheet.title()).append(" | ")
                    .append(worksheet.phase()).append(" | ").append(worksheet.computed() ? "是" : "否")
                    .append(" | [").append(name).append("](").append(name).append(") |\n");
            all.append("include::").append(name).append("[leveloffset=+1]\n\n");
        }
        check(FORMS.resolve("README.md"), index.toString());
        check(FORMS.resolve("工作表.adoc"), all.toString());
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("worksheet.forms.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s (write the forms with -Dworksheet.forms.update=true)", file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(expected);
    }

    private static final String FORMS_INDEX_HEAD = """
            # 审核工作表（附录A）空白表

            <!-- 本文件由 WorksheetFormsTest 按工作表目录生成，请勿手工修改。 -->

            每张工作表一个 AsciiDoc 文件：表头带单位、5 行空白行、表下为“制表/审核/日期”栏，可直接打印填写，
            也可复制到报告中手工填写。`工作表.adoc` 把全部工作表合成一份，便于一次打印。在报告中插入同一张空白表用
            `worksheet::2-4[form=blank]`（`rows=` 改行数）；标为“计算”的工作表用 `worksheet::2-4[]` 由项目数据计算填写。

            | 编号 | 名称 | 阶段 | 计算 | 文件 |
            |---|---|---|---|---|
            """;

    private static final String ALL_HEAD = """
            = 审核工作表（附录A）
            :doctype: book
            :toc:
            :toc-title: 目录
            // 由 WorksheetFormsTest 生成，请勿手工修改。

            """;
}
