package io.github.cpaudit.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cpaudit.catalog.Checklist;
import io.github.cpaudit.engine.ProjectView;
import io.github.cpaudit.testing.RenderedTables;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Appendix B completeness against the bundled checklist and the worked example. */
class ChecklistCompletenessTest {

    @Test
    void everyConditionTheChecklistNamesIsReadFromTheData() {
        assertThat(Checklist.bundled().items()).extracting(Checklist.Item::condition).filteredOn(Objects::nonNull)
                .containsExactly("强制审核企业", "重点排放单位", "已实施方案")
                .allSatisfy(condition -> assertThat(ItemCondition.named(condition)).isPresent());
    }

    @Test
    void aConditionalItemIsRequiredOnlyOfTheEnterprisesItsConditionHoldsFor() {
        ProjectView view = ProjectView.load(RenderedTables.EXAMPLE);
        Checklist.Item mandatoryOnly = Checklist.bundled().find("B1.3").orElseThrow();
        Checklist.Item always = Checklist.bundled().find("B1.1").orElseThrow();
        var options = view.project().data().options();
        // E01 is a mandatory audit (强制), E02 a voluntary one (自愿)
        assertThat(ChecklistCompleteness.requiredOf(mandatoryOnly, enterprise(view, "E01"), options)).isTrue();
        assertThat(ChecklistCompleteness.requiredOf(mandatoryOnly, enterprise(view, "E02"), options)).isFalse();
        assertThat(ChecklistCompleteness.requiredOf(always, enterprise(view, "E02"), options)).isTrue();
        Checklist.bundled().items().stream().filter(item -> !item.isRequired()).forEach(optional ->
                assertThat(ChecklistCompleteness.requiredOf(optional, enterprise(view, "E01"), options)).isFalse());
    }

    private static io.github.cpaudit.model.Enterprise enterprise(ProjectView view, String id) {
        return view.enterprises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theWorkedExampleHasEveryRequiredItemOfEveryEnterprise() {
        // 720 rows: 30 enterprises × 24 items; 不适用 always with a reason, 未提供 only for optional items
        ChecklistCompleteness completeness = new ChecklistCompleteness(ProjectView.load(RenderedTables.EXAMPLE),
                Checklist.bundled());
        assertThat(completeness.gaps()).isEmpty();
        assertThat(completeness.unknownItems()).isEmpty();
    }
}
