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
    void theWorkedExampleHasEveryRequiredItemOfEveryEnterprise() {
        // 720 rows: 30 enterprises × 24 items; 不适用 always with a reason, 未提供 only for optional items
        ChecklistCompleteness completeness = new ChecklistCompleteness(ProjectView.load(RenderedTables.EXAMPLE),
                Checklist.bundled());
        assertThat(completeness.gaps()).isEmpty();
        assertThat(completeness.unknownItems()).isEmpty();
    }
}
