package io.github.cpaudit.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit:value} keys do not depend on the data (every level of the indicator system has its
 * count, 0 when no enterprise is there), and a factor prints by one rule in the text and in the
 * note under worksheet 2-8.
 */
class ValueKeysTest {

    @TempDir
    static Path temp;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() throws IOException {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("project"));
        // E03's A1 25 L/m² meets Ⅲ (≤ 30), A2 85 % meets Ⅱ, B1 丙 meets Ⅲ: Y_III = 100, Y_II = 0.6·0.5·100 = 30
        // → Ⅲ级; with E01 Ⅱ级 and E02 Ⅰ级 (AuditProjectTest) no enterprise fails Ⅲ
        ProjectCopy.replace(project.resolve("data/indicator_values.csv"), "E03,2025,A1,35", "E03,2025,A1,25");
        // the regional factor 华东 2023 is written 0.5500 in the published table
        Path audit = project.resolve("audit.yaml");
        Files.writeString(audit, Files.readString(audit, StandardCharsets.UTF_8) + "factors:\n  grid:\n    region: 华东\n",
                StandardCharsets.UTF_8);
        tables = new RenderedTables(project);
        html = tables.html("= 报告\n:doctype: book\n\n== 水平\n\n"
                + "未达到Ⅲ级 audit:value[levels.未达到Ⅲ级.count] 家，Ⅲ级 audit:value[levels.Ⅲ级.count] 家，"
                + "Ⅰ级 audit:value[levels.Ⅰ级.count] 家。\n\n"
                + "电网排放因子 audit:value[grid.factor] tCO2/MWh。\n\nworksheet::2-8[]\n");
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void everyLevelHasItsCountEvenWhenNoEnterpriseIsThere() {
        assertThat(paragraph("未达到Ⅲ级").text()).isEqualTo("未达到Ⅲ级 0 家，Ⅲ级 1 家，Ⅰ级 1 家。");
        assertThat(paragraph("未达到Ⅲ级").select(".audit-open")).isEmpty();
        assertThat(tables.log()).noneSatisfy(record -> assertThat(record.getMessage()).contains("levels."));
    }

    @Test
    void theGridFactorInTheTextIsTheNotesFactor() {
        assertThat(paragraph("电网排放因子").text()).isEqualTo("电网排放因子 0.5500 tCO2/MWh。");
        assertThat(paragraph("注：").text()).contains("华东 2023 年电网排放因子 0.5500 tCO2/MWh");
    }

    @Test
    void percentWeightsAreTheFirstMessageAndTheLevelValuesWaitForThem() throws IOException {
        Path project = ProjectCopy.of(Path.of("src/test/resources/engine-project"), temp.resolve("percent"));
        Path system = project.resolve("indicators/worked-example.yaml");
        // A 0.6 → 60, B 0.4 → 40
        ProjectCopy.replace(system, "weight: 0.6,", "weight: 60,");
        ProjectCopy.replace(system, "weight: 0.4,", "weight: 40,");
        Document percent = tables.html("= 报告\n\nⅡ级 audit:value[levels.Ⅱ级.count] 家。\n\naudit-table::levels[]\n", project);

        assertThat(tables.log()).first().satisfies(record -> assertThat(record.getMessage()).contains(
                "indicators/worked-example.yaml:6 列“first_level[1].weight”: 一级指标的权重写成了百分数（percent weights）：",
                "实为百分数 60（合计 100）；请改为 0.6"));
        // no unknown-key error, no sum error: the level value is an open item until the weights are fixed
        assertThat(tables.log()).noneSatisfy(record -> assertThat(record.getSeverity()).isEqualTo(Severity.ERROR));
        assertThat(tables.log()).noneSatisfy(record -> assertThat(record.getMessage()).contains("weights must sum"));
        assertThat(percent.select(".audit-open").first().text()).isEqualTo("—");
    }

    private static Element paragraph(String start) {
        return html.select("div.paragraph").stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }
}
