package io.github.cpaudit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.data.Schema;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The Appendix B checklist as data reads as spec/checklist.md lists it. */
class ChecklistTest {

    private final Checklist checklist = Checklist.bundled();

    @Test
    void listsTheItemsOfAppendixB() {
        assertThat(checklist.items()).extracting(Checklist.Item::id).containsExactly("B1.1", "B1.2", "B1.3", "B2.1",
                "B2.2", "B2.3", "B3.1", "B3.2", "B3.3", "B4.1", "B4.2", "B4.3", "B5.1", "B5.2", "B6.1", "B6.2", "B6.3",
                "B7.1", "B8.1", "B8.2", "B9.1", "B9.2", "B9.3", "B10.1");
        assertThat(checklist.items()).allSatisfy(item -> {
            assertThat(item.category()).isNotBlank();
            assertThat(item.item()).isNotBlank();
            assertThat(item.kind()).isIn("data", "document");
            assertThat(item.required()).isIn("必需", "可选", "条件必需");
            assertThat(item.condition() != null).as(item.id()).isEqualTo(item.required().equals("条件必需"));
        });
    }

    @Test
    void conditionsAndOptionalItemsAsTheSpecSays() {
        assertThat(checklist.find("B1.3").orElseThrow().requirement()).isEqualTo("条件必需（强制审核企业）");
        assertThat(checklist.find("B7.1").orElseThrow().requirement()).isEqualTo("条件必需（重点排放单位）");
        assertThat(checklist.find("B9.3").orElseThrow().requirement()).isEqualTo("条件必需（已实施方案）");
        assertThat(checklist.items().stream().filter(item -> !item.isRequired()).map(Checklist.Item::id))
                .containsExactly("B4.3", "B5.2", "B8.1");
    }

    /** The proofs 评估/验收 asks for (audit-table::evidence[]): none of them optional. */
    @Test
    void marksTheEvidenceForAcceptance() {
        assertThat(checklist.evidence()).extracting(Checklist.Item::id).containsExactly("B2.2", "B3.1", "B4.2", "B5.1",
                "B6.1", "B6.3", "B7.1", "B9.1", "B9.2", "B9.3", "B10.1");
        assertThat(checklist.evidence()).allMatch(Checklist.Item::isRequired);
    }

    /** Every table an item feeds is a table of the schema, except the carbon table the spec plans. */
    @Test
    void feedsTablesOfTheSchema() {
        Schema schema = Schema.bundled();
        assertThat(checklist.items().stream().filter(item -> item.kind().equals("data")).map(Checklist.Item::table))
                .doesNotContainNull();
        List<String> unknown = checklist.items().stream().map(Checklist.Item::table).filter(Objects::nonNull)
                .filter(table -> schema.table(table).isEmpty()).toList();
        assertThat(unknown).containsExactly("carbon");
    }
}
