package io.github.cpaudit.intake;

import io.github.cpaudit.checklist.ChecklistStatuses;
import io.github.cpaudit.data.Schema;
import io.github.cpaudit.data.TableSpec;
import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.testing.ProjectCopy;
import io.github.cpaudit.testing.RenderedTables;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip of issue 15: the example's enterprise tables emptied, forms written by
 * {@code audit:forms}, each filled by a person's habits ({@link FormFiller}) with the example's rows,
 * collected by {@code audit:collect}: every computed worksheet of the report then prints what it
 * prints from the example's own CSVs.
 */
class CollectRoundTripTest {

    @TempDir
    static Path temp;

    @Test
    void collectedFormsGiveTheReportTheExamplesNumbers() throws IOException {
        Path project = ProjectCopy.of(RenderedTables.EXAMPLE, temp.resolve("project"));
        List<String> emptied = new ArrayList<>();
        for (TableSpec table : Schema.bundled().tables()) {
            boolean collected = FormLayout.enterpriseTables(Schema.bundled()).contains(table) && !table.key().equals("roster")
                    || table.key().equals(ChecklistStatuses.TABLE);
            Path csv = project.resolve("data/" + table.key() + ".csv");
            if (collected && Files.exists(csv)) {
                // the header as the project wrote it, no rows: what a project holds before collecting
                String header = Files.readString(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
                Files.writeString(csv, header + "\n", StandardCharsets.UTF_8);
                emptied.add(table.key());
            }
        }
        assertThat(emptied).hasSize(11);

        List<Path> forms = new CollectionForms(line -> { }).write(
                new CollectionForms.Request(project, temp.resolve("forms"), 20, false));
        assertThat(forms).hasSize(30);
        FormFiller filler = new FormFiller(RenderedTables.EXAMPLE.resolve("data"), emptied);
        Path returned = temp.resolve("returned");
        for (Path form : forms) {
            String id = enterpriseOf(form);
            int n = Integer.parseInt(id.substring(1));
            filler.fill(form, id, n, returned.resolve(id + "（已填，" + n % 3 + "）.xlsx"));
        }

        FormCollection.Result result = new FormCollection().collect(
                new FormCollection.Request(project, returned, true, false));

        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        assertThat(result.written()).hasSize(emptied.size());
        try (RenderedTables tables = new RenderedTables(RenderedTables.EXAMPLE)) {
            String source = RenderedTables.everyComputedWorksheet();
            Document expected = tables.html(source);
            List<String> expectedLog = tables.log().stream().map(r -> r.getMessage()).toList();
            Document actual = tables.html(source, project);
            List<String> expectedTables = expected.select("table.tableblock").stream().map(RenderedTables::text).toList();
            assertThat(expectedTables).hasSizeGreaterThan(25);
            assertThat(actual.select("table.tableblock").stream().map(RenderedTables::text).toList())
                    .containsExactlyElementsOf(expectedTables);
            // the same open items and warnings, the files named the same (data/…)
            assertThat(tables.log().stream().map(r -> r.getMessage()).toList()).isEqualTo(expectedLog);
        }
    }

    private static String enterpriseOf(Path form) throws IOException {
        try (InputStream in = Files.newInputStream(form); Workbook workbook = WorkbookFactory.create(in)) {
            return workbook.getSheet(FormLayout.META_SHEET).getRow(0).getCell(1).getStringCellValue();
        }
    }

}
