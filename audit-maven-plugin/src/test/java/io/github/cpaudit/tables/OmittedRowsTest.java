package io.github.cpaudit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row the calculations refuse is named under every table that reads its data table, and the
 * table's totals row says it is incomplete; a project without such rows shows neither.
 */
class OmittedRowsTest {

    private static final String SOURCE = "= 工作表\n:doctype: book\n\n== 诊断审核\n\n"
            + "worksheet::2-4[]\n\nworksheet::2-8[]\n\naudit-table::carbon[]\n\nworksheet::2-5[]\n";

    @TempDir
    static Path temp;
    private static RenderedTables tables;
    private static Document withRefused;
    private static Document clean;
    private static int refusedRow;

    @BeforeAll
    static void render() throws IOException {
        Path project = ProjectCopy.of(RenderedTables.EXAMPLE, temp.resolve("refused"));
        Path energy = project.resolve("data/energy.csv");
        // coke in tonnes of standard coal: a unit of the wrong kind, refused by the conversion
        Files.writeString(energy, "E03,2025,焦炭,10,吨标煤,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        refusedRow = Files.readAllLines(energy, StandardCharsets.UTF_8).size(); // the header is row 1
        tables = new RenderedTables(project);
        withRefused = tables.html(SOURCE);
        clean = tables.html(SOURCE, RenderedTables.EXAMPLE);
    }

    @AfterAll
    static void close() {
        tables.close();
    }

    @Test
    void theTablesThatSumEnergyNameTheRefusedRowAndMarkTheirTotals() {
        String note = "【待补充】能源消耗 data/energy.csv 第" + refusedRow + "行（E03 焦炭）未计入：";
        for (Element table : List.of(RenderedTables.worksheet(withRefused, "2-4"),
                RenderedTables.worksheet(withRefused, "2-8"), carbonTable(withRefused))) {
            assertThat(RenderedTables.openItemsUnder(table)).as(caption(table)).singleElement()
                    .satisfies(text -> assertThat(text).startsWith(note).contains("焦炭", "单位不符"));
            assertThat(lastRow(table).get(0)).as(caption(table)).isEqualTo("合计（不完整，缺 1 行）");
        }
    }

    @Test
    void theTotalsLeaveTheRefusedRowOutAndKeepTheirValue() {
        // the refused coke is in no figure: each total is the clean project's, cell for cell
        for (String number : List.of("2-4", "2-8")) {
            List<String> marked = lastRow(RenderedTables.worksheet(withRefused, number));
            List<String> complete = lastRow(RenderedTables.worksheet(clean, number));
            assertThat(marked.subList(1, marked.size())).isEqualTo(complete.subList(1, complete.size()));
        }
        assertThat(lastRow(carbonTable(withRefused)).subList(1, 3)).isEqualTo(lastRow(carbonTable(clean)).subList(1, 3));
    }

    @Test
    void aTableThatDoesNotReadTheTableShowsNoNote() {
        Element water = RenderedTables.worksheet(withRefused, "2-5");
        assertThat(RenderedTables.openItemsUnder(water)).isEmpty();
        assertThat(lastRow(water).get(0)).isEqualTo("合计");
    }

    @Test
    void aProjectWithoutRefusedRowsShowsNoNote() {
        for (Element table : List.of(RenderedTables.worksheet(clean, "2-4"), RenderedTables.worksheet(clean, "2-8"),
                carbonTable(clean))) {
            assertThat(RenderedTables.openItemsUnder(table)).as(caption(table)).isEmpty();
            assertThat(lastRow(table).get(0)).isEqualTo("合计");
        }
        assertThat(clean.select(".audit-open")).isEmpty();
    }

    private static Element carbonTable(Document html) {
        return html.select("table.tableblock").stream()
                .filter(table -> caption(table).contains("企业能源消耗与二氧化碳排放")).findFirst().orElseThrow();
    }

    private static String caption(Element table) {
        Element caption = table.selectFirst("caption");
        return caption == null ? "" : caption.text();
    }

    private static List<String> lastRow(Element table) {
        List<List<String>> rows = RenderedTables.cells(table);
        return rows.get(rows.size() - 1);
    }
}
