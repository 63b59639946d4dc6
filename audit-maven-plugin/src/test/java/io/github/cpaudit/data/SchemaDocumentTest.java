package io.github.cpaudit.data;

import io.github.cpaudit.problem.Problem;
import io.github.cpaudit.model.Source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writers' schema document in the repository matches the schema the checks use. After a
 * change to tables.yaml, run this test once with {@code -Dschema.doc.update=true} to rewrite it.
 */
class SchemaDocumentTest {

    private static final Path DOCUMENT = Path.of("../report-skeleton/data-schema.md");

    @Test
    void committedDocumentMatchesTheSchema() throws IOException {
        String rendered = SchemaDocument.render(Schema.bundled());
        if (Boolean.getBoolean("schema.doc.update")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertThat(DOCUMENT).as("run SchemaDocumentTest with -Dschema.doc.update=true after editing tables.yaml")
                .hasContent(rendered);
    }

    @Test
    void everyExampleRowPassesItsOwnChecks() {
        DataProblems problems = new DataProblems();
        TableValidator validator = new TableValidator(IndustryCodes.bundled(), problems);
        for (TableSpec table : Schema.bundled().tables()) {
            List<String> headers = table.columns().stream().map(ColumnSpec::header).toList();
            Map<String, String> cells = new HashMap<>();
            table.columns().forEach(c -> cells.put(c.header(), c.example() == null ? "" : c.example()));
            RawTable raw = new RawTable("data/" + table.key() + ".csv", null, headers,
                    List.of(new RawTable.Row(new Source("data/" + table.key() + ".csv", null, 2), cells)));
            TypedTable typed = validator.validate(table, raw);
            assertThat(typed.rows().get(0).values()).as(table.key()).isNotEmpty();
        }
        assertThat(problems.list()).extracting(Problem::format).isEmpty();
    }

    @Test
    void documentsEveryTableAndColumnWithAnExample() {
        String rendered = SchemaDocument.render(Schema.bundled());
        for (TableSpec table : Schema.bundled().tables()) {
            assertThat(rendered).contains("## " + table.name() + "（`" + table.key() + "`）");
            for (ColumnSpec column : table.columns()) {
                assertThat(rendered).contains("| `" + column.key() + "` |");
            }
        }
        assertThat(rendered).contains("| 规模（亦可写：企业规模） | `size` | 单选 |  | 必填 | 大型、中型、小型、微型 | 小型 |");
    }
}
