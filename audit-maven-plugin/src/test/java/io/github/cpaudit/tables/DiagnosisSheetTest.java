package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.Worksheet;
import io.github.cpaudit.testing.Golden;
import io.github.cpaudit.testing.RawCsv;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asciidoctor.log.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worksheet 3-2 rendered from the worked example (copied, with a process diagram for E18): one
 * enterprise's form equals its golden file, fields are recomputed from the raw CSV, and
 * {@code audit-enterprises::[]} prints one section per enterprise with its form.
 */
class DiagnosisSheetTest {

    static final String ENTERPRISE = "E18";

    @TempDir
    static Path temp;

    private static Path project;
    private static RenderedTables tables;
    private static Document html;

    @BeforeAll
    static void render() {
        project = copy(RenderedTables.EXAMPLE, temp.resolve("example"));
        write(DiagnosisSheet.diagramPath(project, ENTERPRISE), PNG);
        tables = new RenderedTables(project);
        html = tables.html("= 诊断表\n:doctype: book\n\n== 诊断\n\nworksheet::3-2[enterprise=" + ENTERPRISE + "]\n\n"
                + "[appendix]\n== 企业清洁生产诊断表（一企一策）\n\naudit-enterprises::[]\n");
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void matchesGolden() {
        Golden.assertMatches(RenderedTables.text(RenderedTables.worksheet(html, "3-2")), "worksheet-3-2.txt");
    }

    @Test
    void fieldsRecomputed() {
        Map<String, String> roster = rows("roster.csv").stream().filter(r -> r.get("企业编号").equals(ENTERPRISE))
                .findFirst().orElseThrow();
        assertThat(field("基本信息（含审核类型、排污许可类别）")).startsWith(roster.get("企业名称") + "；")
                .contains("审核类型 " + roster.get("审核类型") + "（" + roster.get("强制审核原因") + "）")
                .contains("排污许可类别 " + roster.get("许可管理类别") + "（证号 " + roster.get("排污许可证编号") + "）");
        // formulas.md §1, §2: electricity only, 0.1229 kgce/kWh and the 2023 national grid factor 0.5306 tCO2/MWh
        BigDecimal kwh = rows("energy.csv").stream().filter(r -> r.get("企业编号").equals(ENTERPRISE))
                .map(r -> new BigDecimal(r.get("实物量")).multiply(BigDecimal.valueOf(10_000)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(field("能耗与碳排放")).startsWith("综合能源消费量 " + tenth(kwh.multiply(new BigDecimal("0.0001229")))
                + " tce（电力 ").contains("CO2 排放 " + tenth(kwh.multiply(new BigDecimal("0.0005306"))) + " tCO2");
        assertThat(field("现场诊断发现的问题")).isEqualTo(rows("issues.csv").stream()
                .filter(r -> List.of(r.get("涉及企业").split("、")).contains(ENTERPRISE))
                .map(r -> r.get("问题编号") + " " + r.get("问题描述")).collect(Collectors.joining("；")));
        String hazards = field("有毒有害物料与限制/淘汰类工艺设备");
        rows("materials.csv").stream().filter(r -> r.get("企业编号").equals(ENTERPRISE) && r.get("有毒有害").equals("是"))
                .forEach(r -> assertThat(hazards).contains(r.get("材料") + " " + r.get("年消耗量") + " " + r.get("单位") + "/a"));
        rows("equipment.csv").stream().filter(r -> r.get("企业编号").equals(ENTERPRISE)).forEach(r -> {
            String item = r.get("产业政策类别") + "类" + r.get("对象") + " " + r.get("名称");
            if (List.of("限制", "淘汰").contains(r.get("产业政策类别"))) {
                assertThat(hazards).contains(item);
            } else {
                assertThat(hazards).doesNotContain(item);
            }
        });
        String applicable = field("适用的行业共性方案与企业方案");
        for (Map<String, String> option : rows("options.csv")) {
            String who = option.get("实施企业");
            boolean applies = who.equals("全体") || List.of(who.split("、")).contains(ENTERPRISE);
            assertThat(applicable.contains(option.get("方案编号") + " " + option.get("方案名称"))).as(option.get("方案编号"))
                    .isEqualTo(applies);
        }
    }

    @Test
    void gapToSecondLevelRecomputed() {
        // B1 单位产品每次清洗取水量, ≤, Ⅱ级基准值 24 L/m² in indicators/electroplating.yaml
        String b1 = rows("indicator_values.csv").stream()
                .filter(r -> r.get("企业编号").equals(ENTERPRISE) && r.get("指标").equals("B1")).findFirst().orElseThrow()
                .get("数值");
        assertThat(field("未达Ⅱ级的指标及差距")).contains("单位产品每次清洗取水量 " + b1 + " L/m²，Ⅱ级基准值 24 L/m²，差距 "
                + new BigDecimal(b1).subtract(new BigDecimal(24)).toPlainString() + " L/m²");
    }

    /** audit-enterprises::[] prints one titled section per enterprise of the roster, each with its own sheet. */
    @Test
    void onePerEnterprise() {
        List<Map<String, String>> roster = rows("roster.csv");
        Elements sections = html.select("div.sect2:has(> h3[id^=enterprise-])");
        assertThat(sections).hasSize(roster.size());
        for (int i = 0; i < roster.size(); i++) {
            Element section = sections.get(i);
            String id = roster.get(i).get("企业编号");
            String name = roster.get(i).get("企业名称");
            assertThat(section.selectFirst("h3").id()).isEqualTo("enterprise-" + id);
            assertThat(section.selectFirst("h3").text()).isEqualTo(id + " " + name);
            Element table = section.selectFirst("table.tableblock");
            assertThat(table.selectFirst("caption").text()).isEqualTo("工作表3-2 企业清洁生产诊断表（一企一策）");
            List<List<String>> cells = RenderedTables.cells(table);
            assertThat(cells).hasSize(12);
            assertThat(cells.get(1).get(1)).startsWith(name + "；");
            assertThat(cells.get(11)).containsExactly("工艺流程及产排污节点图", id.equals(ENTERPRISE) ? "见附图" : "未提供");
        }
        assertThat(tables.log()).noneMatch(record -> record.getMessage().contains("audit-enterprises"));
    }

    /** Without a roster the sheet shows the notice and warns. */
    @Test
    void missingRosterNoticed(@TempDir Path empty) throws IOException {
        Path bare = copy(RenderedTables.EXAMPLE, empty.resolve("example"));
        Files.delete(bare.resolve("data/roster.csv"));
        try (RenderedTables without = new RenderedTables(bare)) {
            Document missing = without.html("= 诊断表\n:doctype: book\n\n== 诊断\n\nworksheet::3-2[]\n");
            assertThat(RenderedTables.cells(RenderedTables.worksheet(missing, "3-2")))
                    .containsExactly(List.of("栏目", "内容"), List.of("【待补充】缺少数据：企业名录（roster）"));
            assertThat(without.log()).anyMatch(record -> record.getSeverity() == Severity.WARN
                    && record.getMessage().contains("缺少数据：企业名录（roster）（worksheet::3-2[]）"));
        }
    }

    /** The content of a field of the chapter's sheet (enterprise E18). */
    private static String field(String name) {
        return RenderedTables.row(RenderedTables.worksheet(html, "3-2"), name).get(1);
    }

    private static List<Map<String, String>> rows(String file) {
        return RawCsv.readUpTo(project.resolve("data").resolve(file), RawCsv.EXAMPLE_BASELINE);
    }

    private static String tenth(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The example's data files and project facts, without build output. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.startsWith("target")) {
                    write(to.resolve(relative), Files.readAllBytes(file));
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1×1 PNG: the sheet only asks whether the diagram exists. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
}
