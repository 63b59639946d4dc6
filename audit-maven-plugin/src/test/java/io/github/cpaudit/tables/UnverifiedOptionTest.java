package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An implemented option whose effect nobody verified is an open item of worksheet 2-22 (the sheet
 * the 评估 and 验收 read): highlighted in a draft, an error in final mode, never a sentence that
 * passes as a result.
 */
class UnverifiedOptionTest {

    private static final Path PROJECT = Path.of("src/test/resources/engine-project").toAbsolutePath();
    private static final String SOURCE = "= 核定\n\nworksheet::2-22[]\n";
    private static RenderedTables tables;

    @BeforeAll
    static void start() {
        tables = new RenderedTables(PROJECT);
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void anImplementedOptionWithoutAVerifiedEffectIsAnOpenItem(@TempDir Path dir) {
        Path project = ProjectCopy.of(PROJECT, dir.resolve("p"));
        // F02 is the engine project's one implemented 无/低费 option; its one verified row is no longer
        ProjectCopy.replace(project.resolve("data/option_effects.csv"), "F02,电力,1.8,万kWh/a,是,2026年6月电表台账",
                "F02,电力,1.8,万kWh/a,否,");
        Document html = tables.html(SOURCE, project);
        Element sheet = RenderedTables.worksheet(html, "2-22");
        List<String> f02 = RenderedTables.row(sheet, RenderedTables.cells(sheet).get(1).get(0));
        assertThat(f02.get(0)).startsWith("F02");
        assertThat(sheet.select(".audit-open").eachText()).containsExactly(
                "【待补充】F02 的实施效果核定（option_effects 的“核定”，依据实施后的监测报告或台账，资料清单 B9.3）");
        assertThat(tables.log()).anySatisfy(record -> assertThat(record.getMessage())
                .contains("待补充（open item）", "F02 的实施效果核定"));
    }

    @Test
    void aVerifiedOneIsItsMeasuredEffect() {
        Element sheet = RenderedTables.worksheet(tables.html(SOURCE), "2-22");
        assertThat(sheet.select(".audit-open")).isEmpty();
        // option_effects.csv: F02 电力 1.8 万kWh/a, 核定 是
        assertThat(RenderedTables.cells(sheet).get(1)).anySatisfy(cell -> assertThat(cell).contains("1.8"));
    }
}
